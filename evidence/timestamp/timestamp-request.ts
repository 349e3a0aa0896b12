/**
 * RFC 3161 time-stamp requests and the answers to them, in DER, with pkijs: a TimeStampReq over a
 * SHA-256 digest with a fresh nonce and certReq set (so the token carries the TSA's certificate),
 * and the reading of a TimeStampResp down to its TSTInfo.
 */
import crypto from 'node:crypto';
import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';

export const SHA256_OID = '2.16.840.1.101.3.4.2.1';
const TST_INFO_OID = '1.2.840.113549.1.9.16.1.4';

const arrayBuffer = (bytes: Buffer): ArrayBuffer =>
  bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;

/** A TimeStampReq for a SHA-256 digest (hex), and the nonce it carries. */
export function timestampRequest(sha256Hex: string): { der: Buffer; nonce: Buffer } {
  const nonce = crypto.randomBytes(8);
  nonce[0] = nonce[0]! & 0x7f; // a positive INTEGER
  const request = new pkijs.TimeStampReq({
    version: 1,
    messageImprint: new pkijs.MessageImprint({
      hashAlgorithm: new pkijs.AlgorithmIdentifier({ algorithmId: SHA256_OID }),
      hashedMessage: new asn1js.OctetString({ valueHex: arrayBuffer(Buffer.from(sha256Hex, 'hex')) }),
    }),
    nonce: new asn1js.Integer({ valueHex: arrayBuffer(nonce) }),
    certReq: true,
  });
  return { der: Buffer.from(request.toSchema().toBER(false)), nonce };
}

/** What a TimeStampResp holds, read but not yet checked. */
export interface ReadResponse {
  readonly response: pkijs.TimeStampResp;
  readonly signedData: pkijs.SignedData;
  readonly tstInfo: pkijs.TSTInfo;
}

/** Parses a TimeStampResp; an Error in words when it is not a granted token. */
export function readTimestampResponse(der: Buffer): ReadResponse {
  const asn1 = asn1js.fromBER(arrayBuffer(der));
  if (asn1.offset === -1) throw new Error('the answer is not DER');
  const response = new pkijs.TimeStampResp({ schema: asn1.result });
  const status = response.status.status;
  // 0 granted, 1 granted with modifications; anything else carries no token.
  if (status !== 0 && status !== 1) {
    const text = response.status.statusStrings?.map((s) => s.valueBlock.value).join('; ');
    throw new Error(`the authority refused the request (status ${status}${text ? `: ${text}` : ''})`);
  }
  if (!response.timeStampToken) throw new Error('the answer carries no token');
  const signedData = new pkijs.SignedData({ schema: response.timeStampToken.content });
  const content = signedData.encapContentInfo;
  if (content.eContentType !== TST_INFO_OID || !content.eContent) {
    throw new Error('the token does not hold a TSTInfo');
  }
  const inner = asn1js.fromBER(content.eContent.getValue());
  const tstInfo = new pkijs.TSTInfo({ schema: inner.result });
  return { response, signedData, tstInfo };
}
