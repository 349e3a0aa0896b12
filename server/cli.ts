/**
 * casegraph's command line: `casegraph verify` checks an evidence packet against the keys this
 * installation trusts and prints a verdict a person can read, or JSON with `--json`. It never
 * creates a key or a data directory, so it runs as well on a prosecutor's machine.
 */
import fs from 'node:fs';
import { parseArgs } from 'node:util';
import { runFsck } from './fsck/fsck-command.js';
import { loadConfig } from '../common/config.js';
import { isAppError } from '../common/errors.js';
import { ExitCode } from '../common/exit-codes.js';
import { verifyPacket, type PacketVerdict } from '../evidence/packet/packet-verifier.js';
import { trustedKeysOf, type TrustedKey } from '../evidence/packet/trusted-keys.js';

const USAGE = `usage: casegraph verify [--json] [--key <sha256 fingerprint>] <packet.zip>

Checks an evidence packet: its BagIt manifests and tag manifests in every algorithm, every WARC
record's digests, every capture's files against the custody log and metadata.json, the custody
chain and its signed checkpoints, and the signature, which must be by a key this installation
trusts: its own evidence key (CASEGRAPH_SIGNING_KEY_FILE, or <data dir>/keys/evidence-ed25519.pem)
or one of the departments' keys in CASEGRAPH_TRUSTED_KEYS (a PEM file or a directory of them).

  --json        print the verdict as JSON
  --key <fp>    also trust the key with this SHA-256 fingerprint, for this check only
  -h, --help    print this help

exit status: 0 valid, 1 not valid, 2 not a usable packet, 64 wrong arguments, 78 bad configuration
`;

type Parsed = { help: true } | { help: false; file: string; json: boolean; key?: string };

function parse(argv: string[]): Parsed | string {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { json: { type: 'boolean' }, key: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    });
  } catch (error) {
    return (error as Error).message;
  }
  const { values, positionals } = parsed;
  if (values.help) return { help: true };
  const [command, file, ...rest] = positionals;
  if (command !== 'verify') return command ? `unknown command ${command}` : 'no command given';
  if (!file) return 'no packet given';
  if (rest.length) return `unexpected arguments: ${rest.join(' ')}`;
  return { help: false, file, json: Boolean(values.json), key: values.key };
}

/** The verdict as a person reads it. */
function describe(file: string, verdict: PacketVerdict): string {
  const c = verdict.checked;
  const signer = verdict.keyFingerprint
    ? `${verdict.signer ?? 'an unknown key'} (sha256:${verdict.keyFingerprint})`
    : 'no usable key';
  const summary = verdict.valid
    ? 'verdict: VALID — every file matches its manifests, records and custody events; the signature is by a trusted key'
    : verdict.usable
      ? `verdict: NOT VALID — ${verdict.defects.length} defect(s):`
      : 'verdict: NOT VALID — the input is not a usable packet:';
  return [
    `packet: ${file}`,
    `payload files: ${verdict.payloadFiles}`,
    `signed by: ${signer}`,
    `checked: payload manifests (${c.payloadManifests.join(', ') || 'none'}), tag manifests (${c.tagManifests.join(', ') || 'none'}), ${c.warcRecords} WARC records, ${c.custodyEvents} custody events, ${c.checkpoints} signed checkpoints, ${c.captures} captures against their CAPTURED events, WARC records and metadata.json, ${c.waczs} WACZ file(s) (hashes, digest, signature), ${c.timestamps} valid RFC 3161 timestamp token(s)`,
    ...verdict.notes.map((n) => `note: ${n}`),
    summary,
    ...verdict.problems.map((p) => `  - ${p}`),
  ].join('\n');
}

/** The keys and the time-stamping authority's certificate this installation trusts. */
function trustedKeys(): { keys: TrustedKey[]; tsaCertificatePem: string | undefined } {
  const config = loadConfig();
  const tsaCertificatePem = config.tsa ? fs.readFileSync(config.tsa.certificateFile, 'utf8') : undefined;
  return { keys: trustedKeysOf(config), tsaCertificatePem };
}

async function main(argv: string[]): Promise<number> {
  if (argv[0] === 'fsck') return runFsck(argv.slice(1));
  const args = parse(argv);
  if (typeof args === 'string') {
    process.stderr.write(`casegraph: ${args}\n\n${USAGE}`);
    return ExitCode.Usage;
  }
  if (args.help) {
    process.stdout.write(USAGE);
    return ExitCode.Ok;
  }
  let trusted: ReturnType<typeof trustedKeys>;
  try {
    trusted = trustedKeys();
  } catch (error) {
    if (!isAppError(error)) throw error;
    process.stderr.write(`casegraph: ${error.message}\n`);
    return ExitCode.ConfigInvalid;
  }
  const verdict = await verifyPacket(args.file, {
    trust: { keys: trusted.keys, fingerprint: args.key },
    tsaCertificatePem: trusted.tsaCertificatePem,
  });
  const out = args.json
    ? JSON.stringify({ packet: args.file, ...verdict }, null, 2)
    : describe(args.file, verdict);
  process.stdout.write(`${out}\n`);
  if (verdict.valid) return ExitCode.PacketValid;
  return verdict.usable ? ExitCode.PacketNotValid : ExitCode.PacketUnusable;
}

// The exit code is set, not forced, so a verdict piped to another program is written out in full.
void main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
