/**
 * The TLS facts of an HTTPS exchange, read off the socket it ran over: the certificate chain the
 * server presented (PEM and SHA-256 fingerprint of each), the protocol version and the cipher.
 */
import { X509Certificate } from 'node:crypto';
import type { DetailedPeerCertificate, TLSSocket } from 'node:tls';
import type { CertificateRecord, TlsRecord } from '../../common/wire-types.js';

function certificateRecord(der: Buffer): CertificateRecord {
  const cert = new X509Certificate(der);
  return {
    pem: cert.toString(),
    sha256Fingerprint: cert.fingerprint256,
    subject: cert.subject.replace(/\n/g, ', '),
    issuer: cert.issuer.replace(/\n/g, ', '),
    validFrom: new Date(cert.validFrom).toISOString(),
    validTo: new Date(cert.validTo).toISOString(),
    serialNumber: cert.serialNumber,
  };
}

/** The chain leaf first; Node links a self-signed root to itself, which ends the walk. */
function chainOf(leaf: DetailedPeerCertificate): CertificateRecord[] {
  const chain: CertificateRecord[] = [];
  const seen = new Set<string>();
  for (let cert: DetailedPeerCertificate | undefined = leaf; cert?.raw; cert = cert.issuerCertificate) {
    if (seen.has(cert.fingerprint256)) break;
    seen.add(cert.fingerprint256);
    chain.push(certificateRecord(cert.raw));
    if (chain.length >= 16) break;
  }
  return chain;
}

/** What the socket says of its TLS session; call once the handshake is done. */
export function tlsRecordOf(socket: TLSSocket): TlsRecord {
  const cipher = socket.getCipher();
  return {
    protocol: socket.getProtocol(),
    cipher: { name: cipher.name, standardName: cipher.standardName, version: cipher.version },
    chain: chainOf(socket.getPeerCertificate(true)),
    authorized: socket.authorized,
  };
}
