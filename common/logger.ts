import { pino, type Logger } from 'pino';

/** The closed set of log contexts: every log line says which part of casegraph wrote it. */
export type LogContext =
  | 'config'
  | 'neo4j'
  | 'redis'
  | 'chromium'
  | 'http'
  | 'graphql'
  | 'audit'
  | 'auth'
  | 'gate'
  | 'jobs'
  | 'collector'
  | 'fetch'
  | 'evidence'
  | 'custody'
  | 'export'
  | 'migrations'
  | 'demo'
  | 'shutdown';

const root: Logger = pino({
  level: 'info',
  base: { app: 'casegraph' },
  redact: {
    paths: ['password', '*.password', 'token', '*.token', 'authorization', '*.authorization', 'cookie'],
    censor: '[redacted]',
  },
  timestamp: pino.stdTimeFunctions.isoTime,
});

/** A logger bound to one context. */
export function logger(context: LogContext): Logger {
  return root.child({ context });
}

/** Set once by the entry point from the parsed configuration. */
export function setLogLevel(level: string): void {
  root.level = level;
}
