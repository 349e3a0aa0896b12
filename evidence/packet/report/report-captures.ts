/**
 * One section per capture: what was collected, how, by whom, under which authority, the
 * screenshot as rendered at capture, every exchange and every stored file with its SHA-256.
 */
import type { PacketCapture } from '../../../graph/repositories/packet-source.repository.js';
import { jsonField, jsonList } from '../packet-contents.js';
import type { ReportContext } from './report-context.js';
import type { ReportDoc } from './report-doc.js';
import { reportImage } from './report-image.js';
import { formatTime, groupHex } from './report-text.js';
import { NO_TRUSTED_TIME } from '../../timestamp/capture-timestamp.js';

/** What each collection method means, in the words of the department policy. */
const METHODS: Readonly<Record<string, string>> = {
  PUBLIC_API: "the platform's documented public interface, without signing in",
  PUBLIC_WEB: 'the public page rendered in Chromium, signed out, without interacting',
  API_WITH_KEY: "the platform's official interface with the department's own key",
  PRESERVATION_REQUEST: 'a preservation letter to the provider; no network request was made',
  WITNESS_CONSENT: "a consenting participant's own session, consent on file",
  AUTHENTICATED_SESSION: 'a signed-in session under a written supervisory authorization',
  UNDERCOVER_ACCOUNT: 'an undercover account under a written supervisory authorization',
};

const text = (v: unknown, none = 'not recorded') =>
  v === null || v === undefined || v === '' ? none : String(v);
const obj = (v: unknown): Record<string, unknown> =>
  typeof v === 'object' && v !== null ? (v as Record<string, unknown>) : {};

/** The gate's reasons, one per line: clause and finding. */
function reasonLines(decision: Record<string, unknown>): string {
  const reasons = jsonList(decision.reasonsJson).map(obj);
  if (reasons.length) return reasons.map((r) => `${text(r.clause)}: ${text(r.finding, '')}`).join('\n');
  const clauses = Array.isArray(decision.clauses) ? decision.clauses.join(', ') : '';
  return clauses || 'no rule objected';
}

function authorityRows(c: PacketCapture, ctx: ReportContext): [string, string][] {
  const decision = c.decision ?? {};
  const request = jsonField(decision.inputsJson);
  const predicate = obj(request.predicate);
  const rows: [string, string][] = [
    [
      'Gate decision',
      `${text(decision.decision)} at ${formatTime(decision.decidedAt, ctx.zone)} (decision ${text(decision.id)}, ${text(decision.stage)})`,
    ],
    ['Policy version', text(decision.policyVersion)],
    ['Rules and clauses', reasonLines(decision)],
    ['Predicate', `report ${text(predicate.reportNumber)}: ${text(predicate.facts)}`],
  ];
  if (predicate.bulkFacts) rows.push(['Bulk scope facts', text(predicate.bulkFacts)]);
  const auth =
    typeof decision.authorizationId === 'string'
      ? ctx.authorizations.get(decision.authorizationId)
      : undefined;
  if (auth) {
    rows.push([
      'Authorization',
      `${text(auth.id)}: ${text(auth.method)} on ${text(auth.platform)}${auth.personaHandle ? ` as ${String(auth.personaHandle)}` : ''}, approved by ${ctx.people.name(auth.approvedBy)} at ${formatTime(auth.decidedAt, ctx.zone)}, expires ${formatTime(auth.expiresAt, ctx.zone)}`,
    ]);
    rows.push(['Written permission', text(auth.writtenPermissionReference, 'none')]);
    rows.push(['Legal review', text(auth.legalReviewReference, 'none')]);
  } else {
    rows.push(['Authorization', 'none needed: the method needs no written supervisory authorization']);
  }
  if (request.consentReference) rows.push(['Consent on file', text(request.consentReference)]);
  return rows;
}

function collectionRows(c: PacketCapture, ctx: ReportContext): [string, string][] {
  const p = c.properties;
  const request = jsonField(c.decision?.inputsJson);
  const device = obj(request.device);
  const persona = obj(request.persona);
  const method = text(p.method);
  return [
    ['Target', `${text(p.platform)} ${text(p.targetKind)} ${text(p.targetValue)}`],
    ['Requested URL', text(p.requestedUrl)],
    ['Final URL', `${text(p.finalUrl)} (HTTP ${text(p.httpStatus)} from ${text(p.serverIp)})`],
    ['TLS certificate', 'not recorded: this version of casegraph does not keep certificate fingerprints'],
    ['Started', formatTime(p.startedAt, ctx.zone)],
    ['Ended', formatTime(p.endedAt, ctx.zone)],
    // Captures made before trusted time existed carry no statement: they had casegraph's clock only.
    ['Trusted time', typeof p.trustedTime === 'string' ? p.trustedTime : NO_TRUSTED_TIME],
    ['Method', `${method}: ${METHODS[method] ?? 'as the capture record states'}`],
    ['Operator', ctx.people.name(p.operatorId)],
    [
      'Device',
      `${text(device.kind)} device ${text(device.id ?? p.deviceId)}${device.permissionReference ? `, written permission ${String(device.permissionReference)}` : ''}`,
    ],
    [
      'Persona',
      persona.handle ? `${String(persona.handle)} (${text(persona.displayName)})` : 'none, signed out',
    ],
    ['Tool', `${text(p.toolVersion)}; user agent ${text(p.userAgent)}`],
    [
      'Completeness',
      `${p.complete === false ? 'incomplete' : 'complete'}; ${text(p.pagesFetched, '0')} page(s) fetched; ${text(p.itemsRead, '0')} item(s) read, ${text(p.itemsUnread, '0')} not read`,
    ],
  ];
}

async function screenshot(r: ReportDoc, c: PacketCapture, ctx: ReportContext): Promise<void> {
  const shot = c.artifacts.find((a) => a.kind === 'SCREENSHOT');
  if (!shot) {
    r.note(`No screenshot: ${text(c.properties.method)} reads the platform without rendering a page.`);
    return;
  }
  const where = `data/captures/${c.id}/${shot.name}`;
  const image = reportImage(await ctx.readVerified(shot.sha256, where));
  if (typeof image === 'string') {
    r.note(`The screenshot is not printed (${image}); it is in the bag as ${where}.`);
    return;
  }
  const shown = image.cropped ? `the top ${image.height * image.scale} pixels` : 'the whole page';
  const scaled = image.scale > 1 ? `, reduced 1:${image.scale}` : '';
  r.image(
    'Screenshot, as rendered during the capture',
    image.png,
    image,
    430,
    `Shown: ${shown} of the ${image.original.width} × ${image.original.height} pixel screenshot${scaled}. Full size in the bag: ${where}, SHA-256 ${groupHex(shot.sha256)}.`,
  );
}

async function exchanges(r: ReportDoc, c: PacketCapture, ctx: ReportContext): Promise<void> {
  const meta = c.artifacts.find((a) => a.kind === 'METADATA');
  if (!meta) return;
  const metadata = jsonField(
    (await ctx.readVerified(meta.sha256, `data/captures/${c.id}/metadata.json`)).toString('utf8'),
  );
  const list = Array.isArray(metadata.exchanges) ? metadata.exchanges.map(obj) : [];
  r.subheading(`Exchanges recorded (${list.length})`);
  r.table(
    [
      { title: '#', width: 22 },
      { title: 'Request and answer', width: 190 },
      { title: 'Kept as', width: 112 },
      { title: 'SHA-256 of the body', width: r.width - 324, mono: true },
    ],
    list.map((e, i) => {
      const body = obj(e.body);
      return [
        String(i + 1),
        `${text(e.url)} → HTTP ${text(e.status)} from ${text(e.serverIp)} at ${formatTime(e.startedAt, ctx.zone)}`,
        `${text(body.name)} (${text(body.size)} bytes)`,
        groupHex(text(body.sha256)),
      ];
    }),
  );
}

function files(r: ReportDoc, c: PacketCapture): void {
  r.subheading('Files kept, with their SHA-256 recorded at collection');
  r.table(
    [
      { title: 'File (in data/captures/<capture>/)', width: 190 },
      { title: 'Kind and size', width: 110 },
      { title: 'SHA-256', width: r.width - 300, mono: true },
    ],
    [...c.artifacts]
      .sort((a, b) => (a.name < b.name ? -1 : 1))
      .map((a) => [
        a.name,
        `${a.kind}, ${a.mediaType ?? 'unknown type'}, ${a.size} bytes`,
        groupHex(a.sha256),
      ]),
  );
}

/** The section of capture `index` (1-based) of `total`. */
export async function captureSection(
  r: ReportDoc,
  c: PacketCapture,
  ctx: ReportContext,
  index: number,
  total: number,
): Promise<void> {
  r.newPage();
  r.title(`Capture ${index} of ${total}`);
  r.fields([['Capture', c.id, 'mono'], ...collectionRows(c, ctx)]);
  await screenshot(r, c, ctx);
  const authority = authorityRows(c, ctx);
  r.subheading('Authority', r.fieldsHeight(authority));
  r.fields(authority);
  await exchanges(r, c, ctx);
  files(r, c);
}
