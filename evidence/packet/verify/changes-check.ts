/**
 * data/changes/changes.json: every change a packet lists must be proven by captures the packet
 * holds, so a reader can check both readings. A change naming a capture that is not in the packet
 * was either added to the file or had its capture taken out.
 */
import type { BagContents } from './bag-checks.js';
import type { Defects } from './defects.js';

export const CHANGES_FILE = 'data/changes/changes.json';

/** Checks the listed changes against the packet's captures; notes a packet made before the file. */
export function checkChanges(bag: BagContents, defects: Defects, notes: string[]): void {
  const text = bag.text(CHANGES_FILE);
  if (text === undefined) {
    notes.push(`${CHANGES_FILE} is absent (a packet made before casegraph listed changes in the bag)`);
    return;
  }
  let changes: unknown;
  try {
    changes = JSON.parse(text);
  } catch (error) {
    defects.add('malformed', `malformed: ${CHANGES_FILE} is not JSON (${(error as Error).message})`, {
      file: CHANGES_FILE,
    });
    return;
  }
  if (!Array.isArray(changes)) {
    defects.add('malformed', `malformed: ${CHANGES_FILE} is not a list of changes`, { file: CHANGES_FILE });
    return;
  }
  const held = new Set([...bag.files.keys()].flatMap((p) => /^data\/captures\/([^/]+)\//.exec(p)?.[1] ?? []));
  for (const [i, change] of changes.entries()) {
    const c = change as { id?: unknown; beforeCaptureId?: unknown; afterCaptureId?: unknown };
    for (const id of [c.beforeCaptureId, c.afterCaptureId]) {
      if (id === null || id === undefined) continue;
      if (typeof id !== 'string' || !held.has(id)) {
        defects.add(
          'missing',
          `missing: change ${String(c.id ?? i + 1)} in ${CHANGES_FILE} is proven by capture ${String(id)}, which is not in the packet`,
          { file: CHANGES_FILE },
        );
      }
    }
  }
}
