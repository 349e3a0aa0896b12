/**
 * The report's "Changes between captures": every change the packet's captures prove (an edited or
 * deleted post, a new post, a changed profile), in words, with the two readings and the captures
 * they come from, so a reader can find both in data/captures/ and see what differs.
 */
import { diffLine, type PacketChange } from '../packet-changes.js';
import type { ReportContext } from './report-context.js';
import type { FieldRow, ReportDoc } from './report-doc.js';
import { formatTime } from './report-text.js';

/** The text a reading shows: a post's text, or an account's handle, name and bio. */
function readingText(reading: Record<string, unknown> | null): string {
  if (!reading) return 'no reading (the post was not in the later capture)';
  if (typeof reading.text === 'string') return reading.text;
  const parts = [reading.handle, reading.displayName, reading.bio].filter((v) => typeof v === 'string');
  return parts.join(' · ') || 'no text';
}

function changeRows(c: PacketChange, ctx: ReportContext): FieldRow[] {
  const rows: FieldRow[] = [['Recorded', formatTime(c.at, ctx.zone)]];
  if (c.fields.length > 0) rows.push(['What changed', c.fields.join(', ')]);
  if (c.kind !== 'NEW_POST') rows.push(['Reading before', readingText(c.before)]);
  if (c.kind !== 'DELETED_POST') rows.push(['Reading after', readingText(c.after)]);
  if (c.diff.length > 0) rows.push(['Words', diffLine(c.diff)]);
  if (c.beforeCaptureId) rows.push(['Capture before', c.beforeCaptureId, 'mono']);
  if (c.afterCaptureId) rows.push(['Capture after', c.afterCaptureId, 'mono']);
  return rows;
}

export function changesSection(r: ReportDoc, ctx: ReportContext): void {
  const changes = ctx.input.sources.changes;
  r.newPage();
  r.title('Changes between captures');
  if (changes.length === 0) {
    r.para(
      'The captures in this packet show no change: no post edited, deleted or newly seen, and no profile changed, between any two of them.',
    );
    return;
  }
  r.para(
    `The captures in this packet show ${changes.length} change(s), each found by comparing the case's readings and proven by captures in this packet alone. The same records, with both readings in full, are in data/changes/changes.json. In "Words", removed words are in [- -] and added words in {+ +}.`,
  );
  for (const [i, c] of changes.entries()) {
    const rows = changeRows(c, ctx);
    r.subheading(`${i + 1}. ${c.summary}`, r.fieldsHeight(rows));
    r.fields(rows);
  }
}
