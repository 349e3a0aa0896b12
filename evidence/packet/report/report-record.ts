/**
 * The report's record pages: the case summary (with how to check the packet and what binds this
 * paper to it), the release record, and the custody timeline with every event's details.
 */
import { REPORT_PATH } from '../evidence-digest.js';
import { jsonList, recipientOf } from '../packet-contents.js';
import type { ReportContext } from './report-context.js';
import type { FieldRow, ReportDoc } from './report-doc.js';
import { formatTime, groupHex, plainDetails } from './report-text.js';

const PURPOSES: Readonly<Record<string, string>> = {
  MISSING_PERSON: 'locating a missing person',
  WANTED_PERSON: 'locating a wanted person',
  GANG_ACTIVITY: 'investigating gang activity',
  ONLINE_CRIME: 'investigating a crime committed online',
  CRIME_FOOTAGE: 'finding footage of a crime',
};

/** Page 1: the case, the captures in this packet, and how to check it. */
export function caseSummary(r: ReportDoc, ctx: ReportContext): void {
  const { sources, exportId } = ctx.input;
  const c = sources.caseInfo;
  r.title(`Evidence report — case ${c.number}`);
  r.para(
    `${ctx.input.organization}. Generated ${formatTime(ctx.input.generatedAt.toISOString(), ctx.zone)} by ${ctx.input.software}.`,
  );
  r.heading('Case summary');
  r.fields([
    ['Case number', c.number],
    ['Title', c.title],
    ['Purpose', `${c.purpose}: ${PURPOSES[c.purpose] ?? 'as recorded'} (SO1301 III.A.2.a)`],
    ['Status', c.status],
    ['Export', exportId, 'mono'],
    ['Released to', recipientOf(sources.release).name],
    ['Captures in this packet', String(sources.captures.length)],
    [
      'Custody events',
      `${sources.custody.length}, the last at ${formatTime(sources.custody.at(-1)?.at, ctx.zone)}`,
    ],
    ['Signing key', `sha256:${groupHex(ctx.input.keyFingerprint)}`, 'mono'],
    ['Evidence digest', `sha256:${groupHex(ctx.input.evidenceDigest)}`, 'mono'],
  ]);
  r.table(
    [
      { title: '#', width: 22 },
      { title: 'Target', width: 170 },
      { title: 'Method', width: 92 },
      { title: 'Captured (start)', width: 120 },
      { title: 'Operator', width: r.width - 404 },
    ],
    sources.captures.map((k, i) => {
      const p = k.properties;
      return [
        String(i + 1),
        `${String(p.platform)} ${String(p.targetKind)} ${String(p.targetValue)}`,
        String(p.method),
        formatTime(p.startedAt, ctx.zone),
        ctx.people.short(p.operatorId),
      ];
    }),
  );
}

/** How to check the packet, and what ties this paper to it. */
export function checkingSection(r: ReportDoc): void {
  r.heading('Checking this packet', 120);
  r.para(
    'The packet is a BagIt 1.0 bag in a zip. Anyone can check it with standard tools: unzip it, then run sha256sum -c manifest-sha256.txt and sha512sum -c manifest-sha512.txt in the bag folder, or any BagIt validator; casegraph verify also checks every WARC record, the custody chain and its signed checkpoints, and that the signing key is one the checking department trusts.',
  );
  r.para(
    `This report is itself a file of the packet (${REPORT_PATH}), so it cannot print the digest of the manifests that list it. It prints instead the evidence digest: the SHA-256 of every line of manifest-sha256.txt except the report's own, computed before this report was drawn. To tie this paper to a packet, run grep -v '  ${REPORT_PATH}$' manifest-sha256.txt | sha256sum and compare with the evidence digest above (bag-info.txt repeats it), and compare the signing key above with the fingerprint in signature/key-fingerprint.txt and with the department's published key. The signed tag manifest covers bag-info.txt and both manifests.`,
  );
}

/** The release: who asked, who receives it, why, under which gate decision. */
export function releaseSection(r: ReportDoc, ctx: ReportContext): void {
  const { release } = ctx.input.sources;
  const d = release.decision;
  const recipient = recipientOf(release);
  const reasons = jsonList(d.reasonsJson).map((x) => {
    const reason = (x ?? {}) as Record<string, unknown>;
    return `${String(reason.clause ?? '')}: ${String(reason.finding ?? '')}`;
  });
  const rows: FieldRow[] = [
    ['Export', ctx.input.exportId, 'mono'],
    ['Requested', formatTime(release.createdAt, ctx.zone)],
    ['Requested and exported by', ctx.people.name(release.requestedBy)],
    [
      'Recipient',
      `${recipient.userId ? ctx.people.name(recipient.userId) : recipient.name}; ${recipient.lawEnforcement ? 'law enforcement' : 'not law enforcement'}`,
    ],
    ['Reason stated', release.reason],
    [
      'Gate decision',
      `${String(d.decision)} at ${formatTime(d.decidedAt, ctx.zone)} (decision ${String(d.id)}, stage ${String(d.stage)})`,
    ],
    ['Policy version', release.policyVersion],
    ['Rules and clauses', reasons.join('\n') || 'no rule objected'],
    ['Record in the bag', 'data/authority/export.json, and bag-info.txt (Internal-Sender-Description)'],
  ];
  r.heading('Release of this evidence', r.fieldsHeight(rows));
  r.fields(rows);
}

/** Every custody event of the case, oldest first, with its details in words. */
export function custodyTimeline(r: ReportDoc, ctx: ReportContext): void {
  const events = ctx.input.sources.custody;
  r.newPage();
  r.title('Custody timeline');
  r.para(
    `The case's custody log holds ${events.length} event(s), each chained to the one before by its SHA-256. The full events, with their hashes, are in data/custody/custody.jsonl; the signed checkpoints are in data/custody/checkpoints.json. The export itself is recorded as an EXPORTED event after this packet was written, so it is not listed here.`,
  );
  r.table(
    [
      { title: '#', width: 24 },
      { title: 'When', width: 118 },
      { title: 'Event, by', width: 122 },
      { title: 'Details', width: r.width - 264 },
    ],
    events.map((e) => [
      String(e.seq),
      formatTime(e.at, ctx.zone),
      `${e.type}, ${ctx.people.name(e.actorId)}`,
      `${plainDetails(e.details, ctx.people)}; ${e.artifactHashes.length} file hash(es); event hash ${e.hash.slice(0, 16)}…`,
    ]),
  );
  const head = events.at(-1);
  const pinned = ctx.input.sources.checkpoints.at(-1);
  if (head) r.fields([['Head of the chain', `event ${head.seq}, hash ${groupHex(head.hash)}`, 'mono']]);
  if (pinned) {
    r.note(
      `Last signed checkpoint: event ${pinned.seq} at ${formatTime(pinned.at, ctx.zone)}, signed with key sha256:${pinned.keyFingerprint}.`,
    );
  }
}
