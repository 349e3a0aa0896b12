/**
 * A certificate authority made for one test run with openssl, and a server certificate it signs
 * for `localhost` (and 127.0.0.1), so HTTPS fixtures are verified like any site: the capture
 * trusts the CA only through CASEGRAPH_EXTRA_CA_FILE, never by turning verification off.
 */
import { execFileSync } from 'node:child_process';
import { X509Certificate } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export interface TestCa {
  /** The CA certificate file (PEM), as CASEGRAPH_EXTRA_CA_FILE names it. */
  readonly caFile: string;
  readonly caPem: string;
  /** The server's key and its certificate followed by the CA's, as a server sends its chain. */
  readonly server: { readonly key: string; readonly cert: string };
  /** SHA-256 fingerprints (openssl's form) of the server certificate and of the CA. */
  readonly fingerprints: { readonly leaf: string; readonly ca: string };
  remove(): void;
}

const openssl = (dir: string, args: readonly string[]) =>
  execFileSync('openssl', args, { cwd: dir, stdio: ['ignore', 'ignore', 'pipe'] });

const EC_KEY = ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256', '-nodes'];

/** A self-signed P-256 CA in `dir` as ca.key and ca.pem. */
export function makeCa(dir: string, subject: string, days: number): void {
  openssl(dir, [
    'req',
    '-x509',
    ...EC_KEY,
    '-keyout',
    'ca.key',
    '-out',
    'ca.pem',
    '-days',
    String(days),
    '-subj',
    subject,
    '-addext',
    'basicConstraints=critical,CA:TRUE',
    '-addext',
    'keyUsage=critical,keyCertSign,cRLSign',
  ]);
}

/** A P-256 key `<name>.key` and its certificate `<name>.pem`, signed by the CA in `dir`. */
export function signByCa(dir: string, name: string, subject: string, extensions: string, days: number): void {
  openssl(dir, ['req', ...EC_KEY, '-keyout', `${name}.key`, '-out', `${name}.csr`, '-subj', subject]);
  fs.writeFileSync(path.join(dir, `${name}.ext`), extensions);
  openssl(dir, [
    'x509',
    '-req',
    '-in',
    `${name}.csr`,
    '-CA',
    'ca.pem',
    '-CAkey',
    'ca.key',
    '-CAcreateserial',
    '-out',
    `${name}.pem`,
    '-days',
    String(days),
    '-extfile',
    `${name}.ext`,
  ]);
}

/** Makes the CA and a localhost certificate in a fresh temporary folder. */
export function createTestCa(): TestCa {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'casegraph-ca-'));
  makeCa(dir, '/O=casegraph tests/CN=casegraph test CA', 2);
  signByCa(
    dir,
    'leaf',
    '/CN=localhost',
    'subjectAltName=DNS:localhost,IP:127.0.0.1\nbasicConstraints=CA:FALSE\nextendedKeyUsage=serverAuth\n',
    2,
  );
  const read = (name: string) => fs.readFileSync(path.join(dir, name), 'utf8');
  const caPem = read('ca.pem');
  const leafPem = read('leaf.pem');
  return {
    caFile: path.join(dir, 'ca.pem'),
    caPem,
    server: { key: read('leaf.key'), cert: `${leafPem}${caPem}` },
    fingerprints: {
      leaf: new X509Certificate(leafPem).fingerprint256,
      ca: new X509Certificate(caPem).fingerprint256,
    },
    remove: () => fs.rmSync(dir, { recursive: true, force: true }),
  };
}
