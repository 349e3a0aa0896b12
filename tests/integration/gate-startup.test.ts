import fs from 'node:fs';
import path from 'node:path';
import type { AppError } from '../../common/errors.js';
import { defaultPolicyPath } from '../../server/gate/policy-loader.js';
import { gateKeyPath } from '../../server/gate/gate-keys.js';
import { startRuntime } from '../../server/runtime.js';
import { tempDir, testConfig } from '../support/services.js';

describe('gate at start-up', () => {
  it('a malformed policy file stops start-up naming the file and line, before any service starts', async () => {
    const dir = tempDir('policy');
    const file = path.join(dir, 'department-policy.yaml');
    const lines = fs.readFileSync(defaultPolicyPath(), 'utf8').split('\n');
    const at = lines.findIndex((l) => l.includes('decisionTtlSeconds:'));
    lines[at] = 'decisionTtlSeconds: soon';
    fs.writeFileSync(file, lines.join('\n'));
    const config = testConfig({ CASEGRAPH_POLICY_FILE: file });
    let thrown: AppError | undefined;
    await startRuntime(config).catch((e: AppError) => (thrown = e));
    expect(thrown?.code).toBe('CONFIG_INVALID');
    expect(thrown?.message).toBe(
      `policy ${file} line ${at + 1}: decisionTtlSeconds: Invalid input: expected number, received string`,
    );
    expect(fs.existsSync(path.join(config.dataDir, 'neo4j'))).toBe(false);
    expect(fs.existsSync(gateKeyPath(config.dataDir))).toBe(false);
  });

  it('a good start holds the gate: the shipped policy and a 0600 signing key', async () => {
    const config = testConfig();
    const runtime = await startRuntime(config);
    try {
      expect(runtime.gate.policyFile).toBe(defaultPolicyPath());
      expect(runtime.gate.current().policy.document.collectionRules.length).toBeGreaterThanOrEqual(14);
      expect(fs.statSync(gateKeyPath(config.dataDir)).mode & 0o777).toBe(0o600);
    } finally {
      await runtime.stop();
    }
  });
});
