import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { projectRoot } from '../../common/paths.js';
import config from '../../codegen.js';

/**
 * The resolvers are typed by server/graphql/generated/graphql-types.ts; these tests make sure that
 * file is what the SDL generates today, so the schema and the code checked against it cannot drift.
 */
const root = projectRoot();
const cli = path.join(root, 'node_modules', '.bin', 'graphql-codegen');
const generatedFile = 'server/graphql/generated/graphql-types.ts';

function check(configFile: string) {
  const run = spawnSync(cli, ['--config', configFile, '--check'], { cwd: root, encoding: 'utf8' });
  return { status: run.status, output: `${run.stdout}${run.stderr}` };
}

describe('generated GraphQL types', () => {
  it('match the SDL (run `npm run codegen` after changing a .graphql file)', () => {
    const result = check('codegen.ts');
    expect(result.output).not.toContain('stale');
    expect(result.status).toBe(0);
  });

  it('are reported stale when the SDL no longer generates them', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'casegraph-codegen-'));
    try {
      // A copy of the committed types that lost one field stands for types generated before an SDL change.
      const staleFile = path.join(dir, 'graphql-types.ts');
      const committed = fs.readFileSync(path.join(root, generatedFile), 'utf8');
      const stale = committed.replace(/\n {2}readonly purposeClause: [^\n]*/, '');
      expect(stale).not.toBe(committed);
      fs.writeFileSync(staleFile, stale);
      const options = Object.values(config.generates)[0];
      const configFile = path.join(dir, 'codegen.json');
      fs.writeFileSync(
        configFile,
        JSON.stringify({ schema: config.schema, generates: { [staleFile]: options } }),
      );
      const result = check(configFile);
      expect(result.status).not.toBe(0);
      expect(result.output).toContain('stale');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
