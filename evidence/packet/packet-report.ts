/**
 * report.pdf, the part of a packet a judge reads: the case summary, the release, one section per
 * capture (screenshot, URLs, times, method, authority, operator, exchanges and files with their
 * hashes), the changes the captures prove, the custody timeline and a certification page under FRE 902(13)/(14) with a 28 U.S.C.
 * §1746 declaration. Every page carries the case number, its page number, the evidence digest and
 * the signing key's fingerprint.
 */
import { captureSection } from './report/report-captures.js';
import { changesSection } from './report/report-changes.js';
import { certificationPage } from './report/report-certification.js';
import type { ReportContext, ReportInput } from './report/report-context.js';
import { ReportDoc } from './report/report-doc.js';
import { caseSummary, checkingSection, custodyTimeline, releaseSection } from './report/report-record.js';
import { People } from './report/report-text.js';

export type { ReportInput } from './report/report-context.js';

/** The report as PDF bytes, fonts embedded. */
export async function renderReport(input: ReportInput): Promise<Buffer> {
  const { sources } = input;
  const people = new People(sources.people);
  const ctx: ReportContext = {
    input,
    zone: input.timeZone,
    people,
    authorizations: sources.authorizations,
    readVerified: input.readVerified,
  };
  const doc = new ReportDoc(
    {
      title: `Evidence report, case ${sources.caseInfo.number}`,
      subject: `Export ${input.exportId}`,
      author: `${input.organization} (${input.software})`,
    },
    {
      header: `${input.organization} · Evidence report · Case ${sources.caseInfo.number}`,
      headerRight: `Export ${input.exportId}`,
      footer: [
        `evidence digest sha256:${input.evidenceDigest}`,
        `signing key     sha256:${input.keyFingerprint}`,
      ],
    },
    (text) => people.scrub(text),
  );
  caseSummary(doc, ctx);
  releaseSection(doc, ctx);
  checkingSection(doc);
  for (const [i, capture] of sources.captures.entries()) {
    await captureSection(doc, capture, ctx, i + 1, sources.captures.length);
  }
  changesSection(doc, ctx);
  custodyTimeline(doc, ctx);
  certificationPage(doc, ctx);
  return doc.finish();
}
