import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../common/errors.js';
import { logger } from '../common/logger.js';
import { projectRoot } from '../common/paths.js';
import type { GraphClient } from './graph-client.js';

const log = logger('migrations');
const FILE_PATTERN = /^(\d{3})-([a-z0-9-]+)\.cypher$/;

export interface Migration {
  readonly version: number;
  readonly name: string;
  readonly checksum: string;
  readonly statements: readonly string[];
}

export function migrationsDir(): string {
  return path.join(projectRoot(), 'graph', 'migrations');
}

/** Reads `NNN-name.cypher` files; statements are separated by a `;` at the end of a line. */
export function readMigrations(dir = migrationsDir()): Migration[] {
  return fs
    .readdirSync(dir)
    .filter((f) => FILE_PATTERN.test(f))
    .sort()
    .map((file) => {
      const [, version, name] = FILE_PATTERN.exec(file)!;
      const text = fs.readFileSync(path.join(dir, file), 'utf8');
      const statements = text
        .split(/;\s*$/m)
        .map((s) =>
          s
            .split('\n')
            .filter((line) => !line.trim().startsWith('//'))
            .join('\n')
            .trim(),
        )
        .filter(Boolean);
      return {
        version: Number(version),
        name: name!,
        checksum: crypto.createHash('sha256').update(text).digest('hex'),
        statements,
      };
    });
}

/**
 * Applies the migrations not yet recorded in the graph, in order, and records each as a
 * `:Migration` node. An applied migration whose file changed afterwards stops start-up: schema
 * history is append-only, like the evidence.
 */
export async function migrate(graph: GraphClient, dir = migrationsDir()): Promise<number[]> {
  await graph.autoCommit(
    'CREATE CONSTRAINT migration_version IF NOT EXISTS FOR (m:Migration) REQUIRE m.version IS UNIQUE',
  );
  const applied = new Map(
    (
      await graph.read<{ version: number; checksum: string }>(
        'MATCH (m:Migration) RETURN m.version AS version, m.checksum AS checksum',
      )
    ).map((r) => [r.version, r.checksum]),
  );
  const done: number[] = [];
  for (const migration of readMigrations(dir)) {
    const recorded = applied.get(migration.version);
    if (recorded !== undefined) {
      if (recorded !== migration.checksum) {
        throw new AppError(
          'CONFIG_INVALID',
          `migration ${migration.version}-${migration.name} changed after it was applied; add a new migration instead`,
        );
      }
      continue;
    }
    for (const statement of migration.statements) await graph.autoCommit(statement);
    await graph.write(
      `MERGE (m:Migration {version: $version})
       ON CREATE SET m.name = $name, m.checksum = $checksum, m.appliedAt = datetime()`,
      { version: migration.version, name: migration.name, checksum: migration.checksum },
    );
    log.info({ version: migration.version, name: migration.name }, 'migration applied');
    done.push(migration.version);
  }
  return done;
}
