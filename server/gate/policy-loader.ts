/**
 * Reads the department policy file. A malformed file stops start-up with the file name, the line
 * at fault and what is wrong there, so whoever amended it can fix it without reading code.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { LineCounter, parseDocument, isNode, type Document } from 'yaml';
import { AppError } from '../../common/errors.js';
import { projectRoot } from '../../common/paths.js';
import { policySchema, type Policy } from './policy-schema.js';

/** The department policy shipped with casegraph. */
export function defaultPolicyPath(): string {
  return path.join(projectRoot(), 'policy', 'department-policy.yaml');
}

/** Loads and validates a policy file; throws AppError('CONFIG_INVALID') naming the line at fault. */
export function loadPolicyFile(file = defaultPolicyPath()): Policy {
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(file);
  } catch (error) {
    throw new AppError('CONFIG_INVALID', `policy ${file}: cannot read (${(error as Error).message})`);
  }
  return parsePolicy(bytes, file);
}

/** Validates policy bytes; `source` names the file in error messages. */
export function parsePolicy(bytes: Buffer, source: string): Policy {
  const lineCounter = new LineCounter();
  const doc = parseDocument(bytes.toString('utf8'), { lineCounter, prettyErrors: false, uniqueKeys: true });
  const yamlError = doc.errors[0];
  if (yamlError) {
    const line = lineCounter.linePos(yamlError.pos[0]).line;
    throw policyError(source, line, yamlError.message.split('\n')[0] ?? 'YAML syntax error');
  }
  const parsed = policySchema.safeParse(doc.toJS());
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const where = issue.path.map(String).join('.');
    const line = lineOf(doc, lineCounter, issue.path as (string | number)[]);
    throw policyError(source, line, `${where || '(top level)'}: ${issue.message}`);
  }
  const ids = [...parsed.data.collectionRules, ...parsed.data.exportRules].map((r) => r.id);
  const duplicate = ids.find((id, i) => ids.indexOf(id) !== i);
  if (duplicate) {
    const at = ids.indexOf(duplicate, ids.indexOf(duplicate) + 1);
    const list = at < parsed.data.collectionRules.length ? 'collectionRules' : 'exportRules';
    const index = list === 'collectionRules' ? at : at - parsed.data.collectionRules.length;
    throw policyError(
      source,
      lineOf(doc, lineCounter, [list, index, 'id']),
      `rule id ${duplicate} is used twice`,
    );
  }
  return Object.freeze({
    document: parsed.data,
    version: crypto.createHash('sha256').update(bytes).digest('hex'),
    source,
  });
}

/** The line of the deepest node that exists along `at`: a missing key points at its parent. */
export function lineOf(doc: Document, counter: LineCounter, at: (string | number)[]): number {
  for (let depth = at.length; depth >= 0; depth--) {
    const node = depth === 0 ? doc.contents : doc.getIn(at.slice(0, depth), true);
    if (isNode(node) && node.range) return counter.linePos(node.range[0]).line;
  }
  return 1;
}

export function policyError(source: string, line: number, message: string): AppError {
  return new AppError('CONFIG_INVALID', `policy ${source} line ${line}: ${message}`, { source, line });
}
