import { AppError } from '../../common/errors.js';
import type { NodeKind, NodeRef } from '../../graph/repositories/analysis.repository.js';

const KINDS: readonly NodeKind[] = ['account', 'post', 'media', 'hashtag', 'url', 'person', 'group'];

/** Parses `kind:key` (`account:mastodon:kp1`, `person:p-1`); BAD_USER_INPUT when malformed. */
export function parseNodeRef(ref: string): NodeRef {
  const at = ref.indexOf(':');
  const kind = ref.slice(0, at) as NodeKind;
  const key = ref.slice(at + 1);
  if (at < 1 || !KINDS.includes(kind) || !key) {
    throw new AppError('BAD_USER_INPUT', `"${ref}" is not a node reference (kind:key, kind one of ${KINDS})`);
  }
  if ((kind === 'account' || kind === 'post') && key.indexOf(':') < 1) {
    throw new AppError('BAD_USER_INPUT', `"${ref}" needs platform:platformId`);
  }
  return { kind, key };
}
