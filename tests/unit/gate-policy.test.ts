import crypto from 'node:crypto';
import fs from 'node:fs';
import type { AppError } from '../../common/errors.js';
import path from 'node:path';
import { startGate } from '../../server/gate/gate-kit.js';
import { defaultPolicyPath, loadPolicyFile, parsePolicy } from '../../server/gate/policy-loader.js';
import { collectionConditionSchema } from '../../server/gate/policy-schema.js';
import { tempDir } from '../support/services.js';

const shipped = fs.readFileSync(defaultPolicyPath(), 'utf8');

/** The shipped policy with one line replaced; returns the text and the 1-based line number. */
function withLine(find: string, replace: string): { text: string; line: number } {
  const lines = shipped.split('\n');
  const index = lines.findIndex((l) => l.includes(find));
  expect(index).toBeGreaterThanOrEqual(0);
  lines[index] = lines[index]!.replace(find, replace);
  return { text: lines.join('\n'), line: index + 1 };
}

function errorOf(text: string): AppError {
  try {
    parsePolicy(Buffer.from(text), 'test-policy.yaml');
  } catch (error) {
    return error as AppError;
  }
  throw new Error('the policy was accepted');
}

describe('department policy file', () => {
  it('loads, and its version is the SHA-256 of the file bytes', () => {
    const policy = loadPolicyFile();
    expect(policy.version).toBe(
      crypto.createHash('sha256').update(fs.readFileSync(defaultPolicyPath())).digest('hex'),
    );
    expect(parsePolicy(Buffer.from(`${shipped}\n# amended\n`), 'x').version).not.toBe(policy.version);
  });

  it('gives every rule a clause, text and remedy, and uses every condition kind', () => {
    const { document } = loadPolicyFile();
    for (const rule of [...document.collectionRules, ...document.exportRules]) {
      expect(rule.clause.length).toBeGreaterThan(3);
      expect(rule.text.length).toBeGreaterThan(10);
      expect(rule.remedy.length).toBeGreaterThan(10);
    }
    const kinds = collectionConditionSchema.options.map((o) => o.shape.kind.value).sort();
    expect(document.collectionRules.map((r) => r.condition.kind).sort()).toEqual(kinds);
  });

  it('refuses a YAML syntax error naming its line', () => {
    const { text, line } = withLine('onFail: NEEDS_AUTHORIZATION', 'onFail: [NEEDS_AUTHORIZATION');
    const error = errorOf(text);
    expect(error.code).toBe('CONFIG_INVALID');
    expect(error.message).toMatch(/^policy test-policy\.yaml line \d+: /);
    expect(error.details.line).toBeGreaterThanOrEqual(line);
  });

  it('refuses an unknown condition kind naming its line', () => {
    const { text, line } = withLine('kind: personal-device', 'kind: personal-gadget');
    const error = errorOf(text);
    expect(error.details.line).toBe(line);
    expect(error.message).toContain(`line ${line}: collectionRules.`);
  });

  it('refuses a wrong value naming its line', () => {
    const { text, line } = withLine('onFail: DENY', 'onFail: MAYBE');
    expect(errorOf(text).details.line).toBe(line);
    const unknownMethod = withLine(
      '[PUBLIC_API, PUBLIC_WEB, API_WITH_KEY, PRESERVATION_REQUEST, WITNESS_CONSENT]',
      '[PUBLIC_API, SCRAPE]',
    );
    expect(errorOf(unknownMethod.text).details.line).toBe(unknownMethod.line);
  });

  it('takes the steps of passive methods only as an allowlist, never as a list of forbidden steps', () => {
    const denylist = withLine('allowedSteps: [', 'interactionSteps: [');
    const error = errorOf(denylist.text);
    // The old key is refused: the condition lacks its allowlist (or holds an unknown key).
    expect(error.details.line).toBeLessThanOrEqual(denylist.line);
    expect(error.details.line).toBeGreaterThan(denylist.line - 5);
    expect(error.message).toMatch(/allowedSteps|interactionSteps/);
    const lowerCase = withLine('allowedSteps: [VIEW', 'allowedSteps: [view');
    expect(errorOf(lowerCase.text).details.line).toBe(lowerCase.line);
  });

  it('refuses a bad regular expression naming its line', () => {
    const { text, line } = withLine("reportNumberPattern: '^", "reportNumberPattern: '(^");
    const error = errorOf(text);
    expect(error.details.line).toBe(line);
    expect(error.message).toContain('not a valid regular expression');
  });

  it('refuses a rule id used twice naming the second', () => {
    const { text, line } = withLine('- id: case-open', '- id: purpose-matches-case');
    const error = errorOf(text);
    expect(error.message).toContain('purpose-matches-case is used twice');
    expect(error.details.line).toBe(line);
  });

  it('refuses a missing field, pointing at the rule that lacks it', () => {
    const { text, line } = withLine('    remedy: Use a department-issued device', '    # remedy removed');
    const error = errorOf(text);
    expect(error.message).toContain('remedy');
    expect(error.details.line).toBeLessThan(line);
    expect(error.details.line).toBeGreaterThan(line - 6);
  });

  it('is re-read when amended while running, and a malformed amendment fails closed', () => {
    const dir = tempDir('policy');
    const file = path.join(dir, 'policy.yaml');
    fs.writeFileSync(file, shipped);
    const gate = startGate(dir, file);
    const first = gate.current().policy.version;
    fs.writeFileSync(file, shipped.replace('decisionTtlSeconds: 900', 'decisionTtlSeconds: 600'));
    expect(gate.current().policy.version).not.toBe(first);
    expect(gate.current().policy.document.decisionTtlSeconds).toBe(600);
    fs.writeFileSync(file, shipped.replace('decisionTtlSeconds: 900', 'decisionTtlSeconds: [900'));
    expect(() => gate.current()).toThrow(/line \d+/);
    expect(() => gate.current()).toThrow(/line \d+/);
  });
});
