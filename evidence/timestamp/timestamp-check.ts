/**
 * Checks an RFC 3161 token (a stored TimeStampResp) over a file: the message imprint is the file's
 * SHA-256, the CMS signature over the TSTInfo verifies with the signer's
 * certificate, and that certificate is the one configured as the department's time-stamping
 * authority. Answers in words; never throws.
 */
import crypto from 'node:crypto';
import { readTimestampResponse, SHA256_OID } from './timestamp-request.js';

export interface TimestampVerdict {
  readonly valid: boolean;
  readonly problems: string[];
  /** The time the authority vouches for (genTime), ISO-8601, when the token could be read. */
  readonly time: string | null;
  readonly serial: string | null;
}

/** The DER of the first certificate in a PEM text. */
export function firstCertificateDer(pem: string): Buffer {
  return new crypto.X509Certificate(pem).raw;
}

/** Checks `tsr` against the bytes it must cover and the TSA certificate it must be signed by. */
export async function checkTimestamp(
  tsr: Buffer,
  data: Buffer,
  tsaCertificatePem: string,
): Promise<TimestampVerdict> {
  const sha256Hex = crypto.createHash('sha256').update(data).digest('hex');
  const problems: string[] = [];
  let read: ReturnType<typeof readTimestampResponse>;
  try {
    read = readTimestampResponse(tsr);
  } catch (error) {
    return {
      valid: false,
      problems: [`the token cannot be read: ${(error as Error).message}`],
      time: null,
      serial: null,
    };
  }
  const { tstInfo, signedData } = read;
  const imprint = tstInfo.messageImprint;
  const covered = Buffer.from(imprint.hashedMessage.valueBlock.valueHexView).toString('hex');
  if (imprint.hashAlgorithm.algorithmId !== SHA256_OID)
    problems.push('the token is not over a SHA-256 digest');
  else if (covered !== sha256Hex) problems.push(`the token is over SHA-256 ${covered}, not ${sha256Hex}`);
  const time = tstInfo.genTime.toISOString();
  const serial = Buffer.from(tstInfo.serialNumber.valueBlock.valueHexView).toString('hex');
  // pkijs checks the imprint again inside its verification; one finding says it better than two.
  if (problems.length > 0) return { valid: false, problems, time, serial };
  try {
    const result = await signedData.verify({
      signer: 0,
      data: new Uint8Array(data).buffer,
      checkChain: false,
      extendedMode: true,
    });
    const signer = result.signerCertificate
      ? Buffer.from(result.signerCertificate.toSchema().toBER(false))
      : null;
    if (!result.signatureVerified) problems.push('the token\u2019s signature does not verify');
    else if (!signer || !signer.equals(firstCertificateDer(tsaCertificatePem))) {
      problems.push(
        'the token is signed by a certificate other than the configured time-stamping authority\u2019s',
      );
    }
  } catch (error) {
    const message = (error as { message?: string }).message ?? String(error);
    problems.push(`the token\u2019s signature does not verify: ${message}`);
  }
  return { valid: problems.length === 0, problems, time, serial };
}
