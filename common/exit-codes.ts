/** Named process exit codes, so an operator can tell why casegraph stopped. */
export const ExitCode = {
  Ok: 0,
  Failed: 1,
  ConfigInvalid: 78,
  DependencyMissing: 69,
  ServiceFailed: 70,
  Interrupted: 130,
} as const;

export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode];
