/**
 * A local RFC 3161 time-stamping authority for tests: a test CA and a TSA certificate (extended key
 * usage critical,timeStamping) made with OpenSSL, and a loopback HTTP handler that answers each
 * application/timestamp-query with `openssl ts -reply`.
 */
import { execFileSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { makeCa, signByCa } from './test-ca.js';

export interface LocalTsa {
  readonly url: string;
  readonly port: number;
  readonly dir: string;
  readonly caFile: string;
  readonly tsaCertFile: string;
  /** Requests answered so far. */
  readonly answered: () => number;
  close(): Promise<void>;
}

const openssl = (dir: string, args: string[]) => execFileSync('openssl', args, { cwd: dir, stdio: 'pipe' });

function makeCertificates(dir: string): void {
  makeCa(dir, '/CN=casegraph test CA', 30);
  signByCa(
    dir,
    'tsa',
    '/CN=casegraph test TSA',
    'basicConstraints=CA:FALSE\nkeyUsage=critical,digitalSignature\nextendedKeyUsage=critical,timeStamping\n',
    30,
  );
  fs.writeFileSync(
    path.join(dir, 'tsa.cnf'),
    [
      '[ tsa ]',
      'default_tsa = tsa_config',
      '',
      '[ tsa_config ]',
      `dir = ${dir}`,
      'serial = $dir/tsa-serial',
      'crypto_device = builtin',
      'signer_cert = $dir/tsa.pem',
      'signer_key = $dir/tsa.key',
      'signer_digest = sha256',
      'certs = $dir/ca.pem',
      'default_policy = 1.3.6.1.4.1.99999.1',
      'digests = sha256, sha384, sha512',
      'accuracy = secs:1',
      'ordering = no',
      'tsa_name = yes',
      'ess_cert_id_chain = no',
      'ess_cert_id_alg = sha256',
      '',
    ].join('\n'),
  );
  fs.writeFileSync(path.join(dir, 'tsa-serial'), '01\n');
}

function answer(dir: string, query: Buffer): Buffer {
  const name = crypto.randomBytes(6).toString('hex');
  const queryFile = path.join(dir, `${name}.tsq`);
  const replyFile = path.join(dir, `${name}.tsr`);
  fs.writeFileSync(queryFile, query);
  openssl(dir, ['ts', '-reply', '-config', 'tsa.cnf', '-queryfile', queryFile, '-out', replyFile]);
  return fs.readFileSync(replyFile);
}

/** Starts the authority on 127.0.0.1 at a port of its own. */
export async function startLocalTsa(): Promise<LocalTsa> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'casegraph-tsa-'));
  makeCertificates(dir);
  let answered = 0;
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      if (req.method !== 'POST' || req.headers['content-type'] !== 'application/timestamp-query') {
        res.writeHead(415).end();
        return;
      }
      try {
        const reply = answer(dir, Buffer.concat(chunks));
        answered++;
        res.writeHead(200, { 'content-type': 'application/timestamp-reply' }).end(reply);
      } catch {
        res.writeHead(500).end();
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}/tsa`,
    port,
    dir,
    caFile: path.join(dir, 'ca.pem'),
    tsaCertFile: path.join(dir, 'tsa.pem'),
    answered: () => answered,
    async close() {
      await new Promise((resolve) => server.close(resolve));
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
