/**
 * What a detective reads about how an account or post changed: its versions in one case, each
 * with the captures that read it and a word-level difference from the one before, and the case's
 * changes feed, each change in one sentence naming what changed and the captures that prove it.
 */
import { diffWords } from 'diff';
import { AppError } from '../../common/errors.js';
import type { ChangeKind } from '../../graph/changes/change-detection.js';
import type {
  ChangeRow,
  HistoryCaptureRow,
  HistoryRepository,
  ReadingRow,
  VersionRow,
} from '../../graph/changes/history.repository.js';
import { provenWithin, type PacketChange } from '../../evidence/packet/packet-changes.js';
import { parseNodeRef } from '../analysis/node-ref.js';

export type WordDiffPart = { text: string; added: boolean; removed: boolean };

/** Word-level difference of two texts; empty when they are equal or either is missing. */
export function wordDiff(before: unknown, after: unknown): WordDiffPart[] {
  if (typeof before !== 'string' || typeof after !== 'string' || before === after) return [];
  return diffWords(before, after).map((part) => ({
    text: part.value,
    added: part.added,
    removed: part.removed,
  }));
}

/** The text a difference is drawn over: a post's text, or an account's profile text. */
const diffed = (fields: ReadingRow | null) => (fields ? (fields.text ?? fields.bio) : null);

/** A reading as the API shows it: lists are never null. */
const reading = (fields: ReadingRow) => ({ ...fields, media: fields.media ?? [] });

/** A capture named as people name it: when, and what it collected. */
export function captureName(k: HistoryCaptureRow | null): string {
  if (!k) return 'an unknown capture';
  const when = k.startedAt ? k.startedAt.replace('T', ' ').slice(0, 16) + ' UTC' : 'an unknown time';
  return `the capture of ${k.targetValue ?? 'the target'} on ${when}`;
}

/** One sentence for a change. */
export function changeSummary(c: ChangeRow): string {
  const who = c.accountLabel ? `@${c.accountLabel.replace(/^@/, '')}` : 'an account';
  const what = c.subjectLabel ? `“${c.subjectLabel}”` : 'a post';
  switch (c.kind) {
    case 'NEW_POST':
      return `New post by ${who}, ${what}, first seen in ${captureName(c.afterCapture)}.`;
    case 'EDITED_POST':
      return c.basis === 'EDIT_HISTORY'
        ? `Post by ${who} was edited (${c.fields.join(', ')}), as the platform's edit history read in ${captureName(c.afterCapture)} shows.`
        : `Post by ${who} was edited (${c.fields.join(', ')}) between ${captureName(c.beforeCapture)} and ${captureName(c.afterCapture)}.`;
    case 'DELETED_POST':
      return c.basis === 'NOT_FOUND'
        ? `Post by ${who}, ${what}, not seen since ${captureName(c.beforeCapture)}: deleted, the platform answered ${c.notFoundAnswer ?? c.httpStatus ?? 'not found'} for it in ${captureName(c.afterCapture)}.`
        : `Post by ${who}, ${what}, not seen since ${captureName(c.beforeCapture)}: missing from ${captureName(c.afterCapture)}.`;
    case 'PROFILE_CHANGED':
      return `Profile of ${who} changed (${c.fields.join(', ')}) between ${captureName(c.beforeCapture)} and ${captureName(c.afterCapture)}.`;
  }
}

/** A change as the API shows it. */
function changeView(c: ChangeRow) {
  return {
    ...c,
    before: c.before && reading(c.before),
    after: c.after && reading(c.after),
    diff: wordDiff(diffed(c.before), diffed(c.after)),
    summary: changeSummary(c),
  };
}

export const MAX_CHANGES_PAGE = 200;

/** Changes read per page while gathering a packet's. */
const PACKET_CHANGES_PAGE = 1000;

export class HistoryService {
  constructor(private readonly history: HistoryRepository) {}

  /** The versions and changes of an account or post of the case; NOT_FOUND outside it. */
  async nodeHistory(caseId: string, ref: string) {
    const node = parseNodeRef(ref);
    if (node.kind !== 'account' && node.kind !== 'post') {
      throw new AppError('BAD_USER_INPUT', 'Only accounts and posts have a history of readings.', {
        field: 'ref',
      });
    }
    const label = node.kind === 'post' ? 'Post' : 'Account';
    const versions = await this.history.versions(caseId, label, node.key);
    if (!versions) throw new AppError('NOT_FOUND', `${ref} is not in this case`);
    const changes = await this.history.changes(caseId, {
      kinds: null,
      account: null,
      subject: ref,
      captureIds: null,
      after: null,
      limit: MAX_CHANGES_PAGE,
    });
    const last = versions.at(-1);
    return {
      ref,
      label: last ? (last.fields.handle ?? last.fields.text) : null,
      versions: versions.map((v, i) => versionView(v, versions[i - 1])),
      changes: changes.map(changeView),
    };
  }

  /** A page of the case's changes, newest first, one row more than asked to tell if more follow. */
  async changes(
    caseId: string,
    filter: { kinds: readonly ChangeKind[] | null; account: string | null },
    after: { at: string; id: string } | null,
    limit: number,
  ) {
    let account: string | null = null;
    if (filter.account !== null) {
      const node = parseNodeRef(filter.account);
      if (node.kind !== 'account') {
        throw new AppError('BAD_USER_INPUT', 'account: an account reference (account:<platform>:<id>)', {
          field: 'account',
        });
      }
      account = node.key;
    }
    const rows = await this.history.changes(caseId, {
      kinds: filter.kinds,
      account,
      subject: null,
      captureIds: null,
      after,
      limit: limit + 1,
    });
    return rows.map(changeView);
  }

  /** The changes an evidence packet of these captures carries, oldest first (packet-changes.ts). */
  async packetChanges(caseId: string, captureIds: readonly string[]): Promise<PacketChange[]> {
    const inPacket = new Set(captureIds);
    const found: PacketChange[] = [];
    let after: { at: string; id: string } | null = null;
    for (;;) {
      const page = await this.history.changes(caseId, {
        kinds: null,
        account: null,
        subject: null,
        captureIds,
        after,
        limit: PACKET_CHANGES_PAGE,
      });
      for (const c of page) {
        const proofs = {
          beforeCaptureId: c.beforeCapture?.id ?? null,
          afterCaptureId: c.afterCapture?.id ?? null,
        };
        if (!provenWithin(proofs, inPacket)) continue;
        const view = changeView(c);
        found.push({
          id: c.id,
          kind: c.kind,
          basis: c.basis,
          httpStatus: c.httpStatus,
          notFoundAnswer: c.notFoundAnswer,
          responseSha256: c.responseSha256,
          at: c.at,
          summary: view.summary,
          subject: c.subject,
          fields: c.fields,
          ...proofs,
          before: view.before,
          after: view.after,
          diff: view.diff,
        });
      }
      const last = page.at(-1);
      if (!last || page.length < PACKET_CHANGES_PAGE) return found.reverse();
      after = { at: last.at, id: last.id };
    }
  }
}

function versionView(v: VersionRow, previous: VersionRow | undefined) {
  return {
    hash: v.hash,
    reading: reading(v.fields),
    fromEditHistory: v.versionAt !== null,
    versionAt: v.versionAt,
    firstSeenAt: v.firstSeenAt,
    captures: v.captures,
    diff: previous ? wordDiff(diffed(previous.fields), diffed(v.fields)) : [],
  };
}
