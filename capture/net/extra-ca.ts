/**
 * The extra roots an HTTPS capture trusts beside Node's own (CASEGRAPH_EXTRA_CA_FILE), read once
 * per file. A file that holds no certificate stops the capture with words saying so, rather than
 * leaving verification to roots the operator did not mean.
 */
import fs from 'node:fs';
import { X509Certificate } from 'node:crypto';
import { AppError } from '../../common/errors.js';

const PEM = /-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g;
const read = new Map<string, readonly string[]>();

/** The certificates of the file as PEM strings; none when no file is configured. */
export function extraCaOf(file: string | undefined): readonly string[] {
  if (!file) return [];
  const known = read.get(file);
  if (known) return known;
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (error) {
    throw new AppError(
      'CONFIG_INVALID',
      `CASEGRAPH_EXTRA_CA_FILE ${file} cannot be read: ${(error as Error).message}`,
    );
  }
  const certs = text.match(PEM) ?? [];
  if (certs.length === 0)
    throw new AppError('CONFIG_INVALID', `CASEGRAPH_EXTRA_CA_FILE ${file} holds no PEM certificate`);
  for (const pem of certs) new X509Certificate(pem);
  read.set(file, certs);
  return certs;
}
