/**
 * The text of a preservation letter under 18 U.S.C. §2703(f): to the provider, naming the
 * records to preserve (account ids, URLs, the date range), the case, the requesting officer and
 * the supervisor, the 90-day period and its one 90-day extension on renewed request. One text,
 * written out plainly and drawn into a PDF with the same words, so the two cannot differ.
 */
import { ReportDoc } from '../../evidence/packet/report/report-doc.js';
import type { Provider } from './providers.js';

/** §2703(f)(2): records are kept 90 days, extended once by 90 days on a renewed request. */
export const PRESERVATION_DAYS = 90;

export interface Officer {
  readonly name: string;
  readonly rank: string | null;
  readonly badge: string | null;
}

export interface LetterFacts {
  readonly department: string;
  readonly provider: Provider;
  readonly caseNumber: string;
  readonly reportNumber: string;
  readonly dated: string;
  readonly accountIds: readonly string[];
  readonly urls: readonly string[];
  readonly from: string | null;
  readonly to: string | null;
  readonly officer: Officer;
  readonly supervisor: Officer;
  readonly officerContact: string;
  /** For an extension: the first letter's date and the provider's reference for it. */
  readonly extends?: { readonly sentAt: string; readonly providerReference: string | null } | undefined;
}

const who = (o: Officer) => [o.rank, o.name, o.badge ? `(badge ${o.badge})` : null].filter(Boolean).join(' ');
const day = (iso: string) => iso.slice(0, 10);

/** The letter's paragraphs, in order; the plain text and the PDF are both made of these. */
export function letterParagraphs(f: LetterFacts): {
  title: string;
  fields: [string, string][];
  body: string[];
} {
  const range =
    f.from || f.to
      ? `from ${f.from ? day(f.from) : 'the account’s creation'} to ${f.to ? day(f.to) : 'the date of this letter'}`
      : 'for the life of the account to the date of this letter';
  const ids = [...f.accountIds.map((a) => `account: ${a}`), ...f.urls.map((u) => `URL: ${u}`)];
  const title = f.extends
    ? 'Request to extend preservation under 18 U.S.C. § 2703(f)(2)'
    : 'Request for preservation of records under 18 U.S.C. § 2703(f)';
  const body = [
    f.extends
      ? `On ${day(f.extends.sentAt)} ${f.department} asked ${f.provider.name} to preserve the records below${f.extends.providerReference ? ` (your reference ${f.extends.providerReference})` : ''}. Under 18 U.S.C. § 2703(f)(2) we ask that you keep them preserved for a further ${PRESERVATION_DAYS} days.`
      : `${f.department} asks ${f.provider.name} to take all necessary steps to preserve the records and other evidence in its possession named below, pending the issuance of legal process, as 18 U.S.C. § 2703(f) requires of a provider on the request of a governmental entity.`,
    `Records to preserve, ${range}: ${ids.join('; ')}.`,
    'This covers the stored contents of the accounts (posts, messages, media, profile information), subscriber information, and connection and transactional records, including IP addresses and the dates and times of access, as they exist now.',
    `Keep the records for ${PRESERVATION_DAYS} days from the date you receive this letter. Under § 2703(f)(2) that period is extended for another ${PRESERVATION_DAYS} days on a renewed request; we will send one if legal process is not served within the first period.`,
    'This letter asks you to preserve records only: do not disclose them to us without legal process. We ask that you do not notify the account holders of this request, since notice could lead to the destruction of evidence.',
    `Please acknowledge this request and give us your reference for it. Questions go to ${who(f.officer)}, ${f.officerContact}.`,
  ];
  return {
    title,
    fields: [
      ['To', `${f.provider.name}`],
      ['Served as the provider asks', f.provider.serve.trim()],
      ['Provider’s guidelines', f.provider.guidelines],
      ['From', f.department],
      ['Date', day(f.dated)],
      ['Case number', f.caseNumber],
      ['Report number', f.reportNumber],
      ['Requesting officer', who(f.officer)],
      ['Approving supervisor', who(f.supervisor)],
    ],
    body,
  };
}

/** The letter as plain text. */
export function letterText(f: LetterFacts): string {
  const { title, fields, body } = letterParagraphs(f);
  const lines = [title, '', ...fields.map(([k, v]) => `${k}: ${v}`), '', ...body.flatMap((p) => [p, ''])];
  lines.push(`${who(f.officer)}`, `Approved: ${who(f.supervisor)}`);
  return `${lines.join('\n')}\n`;
}

/** The letter as a PDF with the same words. */
export async function letterPdf(f: LetterFacts): Promise<Buffer> {
  const { title, fields, body } = letterParagraphs(f);
  const doc = new ReportDoc(
    { title, subject: `Case ${f.caseNumber}`, author: f.department },
    { header: f.department, headerRight: `Case ${f.caseNumber}`, footer: [] },
    (text) => text,
  );
  doc.title(title);
  doc.fields(fields);
  for (const p of body) doc.para(p);
  doc.para(`${who(f.officer)}\nApproved: ${who(f.supervisor)}`);
  return doc.finish();
}
