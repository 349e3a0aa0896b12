import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import readline from 'node:readline';
import { AppError } from '../common/errors.js';
import { logger } from '../common/logger.js';
import { projectRoot } from '../common/paths.js';

const log = logger('neo4j');
const READY_PREFIX = 'CASEGRAPH_NEO4J_READY port=';
const START_TIMEOUT_MS = 180_000;
const STOP_TIMEOUT_MS = 30_000;

export interface EmbeddedNeo4jOptions {
  /** Directory that holds the store, logs and the generated password. */
  readonly home: string;
  /** 0 picks a free loopback port. */
  readonly port?: number;
  readonly heap: string;
  readonly pageCache: string;
}

export interface EmbeddedNeo4j {
  readonly uri: string;
  readonly user: string;
  readonly password: string;
  readonly pid: number;
  /** Called when the engine exits without being asked to: casegraph reports it and stops. */
  onUnexpectedExit(listener: (code: number | null, signal: string | null) => void): void;
  stop(): Promise<void>;
}

function launcherDir(): string {
  return path.join(projectRoot(), 'graph', 'neo4j-launcher');
}

function newestMtime(paths: string[]): number {
  return Math.max(...paths.map((p) => (fs.existsSync(p) ? fs.statSync(p).mtimeMs : 0)));
}

/** Builds the launcher with Maven when its classes are missing or older than its sources. */
export function ensureLauncherBuilt(): void {
  const dir = launcherDir();
  const marker = path.join(dir, 'target', 'lib', '.complete');
  const sources = [path.join(dir, 'pom.xml'), path.join(dir, 'src/main/java/casegraph/EmbeddedNeo4j.java')];
  if (fs.existsSync(marker) && fs.statSync(marker).mtimeMs >= newestMtime(sources)) return;
  log.info('building the embedded Neo4j launcher with Maven (first start downloads Neo4j)');
  const mvn = spawnSync('mvn', ['-B', '-q', 'package', '-DskipTests'], { cwd: dir, encoding: 'utf8' });
  if (mvn.error || mvn.status !== 0) {
    const why = mvn.error
      ? mvn.error.message
      : (mvn.stdout + mvn.stderr).trim().split('\n').slice(-15).join('\n');
    throw new AppError(
      'SERVICE_UNAVAILABLE',
      `building the Neo4j launcher failed (needs Java 17 and Maven): ${why}`,
    );
  }
  fs.writeFileSync(marker, new Date().toISOString());
}

/** The password of this store, generated on first start and kept owner-readable only. */
function storePassword(home: string): string {
  const file = path.join(home, '.casegraph-password');
  if (fs.existsSync(file)) return fs.readFileSync(file, 'utf8').trim();
  const password = crypto.randomBytes(24).toString('base64url');
  fs.writeFileSync(file, password + '\n', { mode: 0o600 });
  return password;
}

function waitForReady(child: ChildProcess, stderrTail: string[]): Promise<number> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(
        new AppError(
          'SERVICE_UNAVAILABLE',
          `embedded Neo4j did not start within ${START_TIMEOUT_MS / 1000}s`,
        ),
      );
    }, START_TIMEOUT_MS);
    const lines = readline.createInterface({ input: child.stdout! });
    lines.on('line', (line) => {
      if (line.startsWith(READY_PREFIX)) {
        clearTimeout(timer);
        resolve(Number(line.slice(READY_PREFIX.length)));
      } else {
        log.debug({ line }, 'neo4j stdout');
      }
    });
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      reject(
        new AppError(
          'SERVICE_UNAVAILABLE',
          `embedded Neo4j exited during start (code ${code}, signal ${signal}): ${stderrTail.join('\n')}`,
        ),
      );
    });
  });
}

/** Starts the real Neo4j Community engine in a child JVM with Bolt on 127.0.0.1. */
export async function startEmbeddedNeo4j(options: EmbeddedNeo4jOptions): Promise<EmbeddedNeo4j> {
  ensureLauncherBuilt();
  fs.mkdirSync(options.home, { recursive: true, mode: 0o700 });
  const password = storePassword(options.home);
  const dir = launcherDir();
  const started = Date.now();
  const child = spawn(
    'java',
    [
      `-Xms${options.heap}`,
      `-Xmx${options.heap}`,
      '-XX:+UseG1GC',
      '-XX:+ExitOnOutOfMemoryError',
      '-cp',
      `${path.join(dir, 'target', 'classes')}${path.delimiter}${path.join(dir, 'target', 'lib', '*')}`,
      'casegraph.EmbeddedNeo4j',
    ],
    {
      stdio: ['pipe', 'pipe', 'pipe'],
      env: {
        PATH: process.env.PATH,
        JAVA_HOME: process.env.JAVA_HOME,
        CASEGRAPH_NEO4J_HOME: options.home,
        CASEGRAPH_NEO4J_PORT: String(options.port ?? 0),
        CASEGRAPH_NEO4J_PASSWORD: password,
        CASEGRAPH_NEO4J_PAGECACHE: options.pageCache,
      },
    },
  );
  const stderrTail: string[] = [];
  readline.createInterface({ input: child.stderr! }).on('line', (line) => {
    stderrTail.push(line);
    if (stderrTail.length > 20) stderrTail.shift();
    log.debug({ line }, 'neo4j stderr');
  });
  const port = await waitForReady(child, stderrTail);
  log.info({ port, ms: Date.now() - started, pid: child.pid }, 'embedded Neo4j ready');

  let stopping = false;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return {
    uri: `bolt://127.0.0.1:${port}`,
    user: 'neo4j',
    password,
    pid: child.pid!,
    onUnexpectedExit(listener) {
      child.once('exit', (code, signal) => {
        if (stopping) return;
        log.error({ code, signal, stderr: stderrTail.slice(-5) }, 'embedded Neo4j exited unexpectedly');
        listener(code, signal);
      });
    },
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      stopping = true;
      // Closing stdin asks the launcher to shut the engine down cleanly (store lock released).
      child.stdin!.end();
      const timer = setTimeout(() => child.kill('SIGKILL'), STOP_TIMEOUT_MS);
      await exited;
      clearTimeout(timer);
      log.info('embedded Neo4j stopped');
    },
  };
}
