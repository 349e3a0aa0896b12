/** Named process exit codes, so an operator can tell why casegraph stopped. */
export const ExitCode = {
  Ok: 0,
  Failed: 1,
  /** `casegraph verify`: the packet was read and checked, and it is valid. */
  PacketValid: 0,
  /** `casegraph verify`: the packet was read and at least one check failed. */
  PacketNotValid: 1,
  /** `casegraph verify`: the input is not a readable packet (not a zip, truncated, refused as a bomb). */
  PacketUnusable: 2,
  /** Wrong command-line arguments (sysexits EX_USAGE). */
  Usage: 64,
  ConfigInvalid: 78,
  DependencyMissing: 69,
  ServiceFailed: 70,
  Interrupted: 130,
} as const;

export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode];
