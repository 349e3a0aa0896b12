/**
 * casegraph's command line. `casegraph verify <packet.zip> [--key <sha256 fingerprint>]` checks an
 * evidence packet and prints a verdict a person can read; exit code 0 when valid, 1 when not.
 */
import { verifyPacket } from '../evidence/packet/packet-verifier.js';

const USAGE = 'usage: casegraph verify <packet.zip> [--key <sha256 fingerprint>]';

async function main(argv: string[]): Promise<number> {
  const [command, file, flag, fingerprint] = argv;
  if (command !== 'verify' || !file || (flag !== undefined && (flag !== '--key' || !fingerprint))) {
    process.stderr.write(`${USAGE}\n`);
    return 64;
  }
  const verdict = await verifyPacket(file, fingerprint);
  const lines = [
    `packet: ${file}`,
    `payload files: ${verdict.payloadFiles}`,
    `signed by key: ${verdict.keyFingerprint ? `sha256:${verdict.keyFingerprint}` : 'unknown'}`,
    verdict.valid
      ? 'verdict: VALID — every file matches its manifests, the signature and the custody chain hold'
      : 'verdict: NOT VALID',
    ...verdict.problems.map((p) => `  - ${p}`),
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
  return verdict.valid ? 0 : 1;
}

void main(process.argv.slice(2)).then((code) => process.exit(code));
