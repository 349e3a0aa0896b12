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

/** Makes the CA and a localhost certificate in a fresh temporary folder. */
export function createTestCa(): TestCa {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'casegraph-ca-'));
  const ec = ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256', '-nodes'];
  openssl(dir, [
    'req',
    '-x509',
    ...ec,
    '-keyout',
    'ca.key',
    '-out',
    'ca.pem',
    '-days',
    '2',
    '-subj',
    '/O=casegraph tests/CN=casegraph test CA',
    '-addext',
    'basicConstraints=critical,CA:TRUE',
    '-addext',
    'keyUsage=critical,keyCertSign,cRLSign',
  ]);
  openssl(dir, ['req', ...ec, '-keyout', 'leaf.key', '-out', 'leaf.csr', '-subj', '/CN=localhost']);
  fs.writeFileSync(
    path.join(dir, 'leaf.ext'),
    'subjectAltName=DNS:localhost,IP:127.0.0.1\nbasicConstraints=CA:FALSE\nextendedKeyUsage=serverAuth\n',
  );
  openssl(dir, [
    'x509',
    '-req',
    '-in',
    'leaf.csr',
    '-CA',
    'ca.pem',
    '-CAkey',
    'ca.key',
    '-CAcreateserial',
    '-out',
    'leaf.pem',
    '-days',
    '2',
    '-extfile',
    'leaf.ext',
  ]);
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
