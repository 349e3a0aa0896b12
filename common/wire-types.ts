/**
 * What casegraph keeps of an HTTP exchange as it crossed the wire, beside the parsed view every
 * collector reads: the request head it wrote, the response bytes exactly as received, and the
 * server's TLS certificate chain when the exchange was HTTPS. Shared by the capture recorder
 * (capture/recording/), the WARC writer and the collector contract.
 */

/** One certificate of a server's chain, leaf first. */
export interface CertificateRecord {
  readonly pem: string;
  /** SHA-256 of the DER bytes, upper-case hex pairs joined by `:` (as openssl prints it). */
  readonly sha256Fingerprint: string;
  readonly subject: string;
  readonly issuer: string;
  readonly validFrom: string;
  readonly validTo: string;
  readonly serialNumber: string;
}

/** The TLS session an HTTPS exchange ran over, as the server presented it. */
export interface TlsRecord {
  /** e.g. `TLSv1.3`. */
  readonly protocol: string | null;
  /** OpenSSL's and IANA's names of the cipher suite. */
  readonly cipher: { readonly name: string; readonly standardName: string; readonly version: string };
  /** The chain as the server sent it, leaf first (a self-signed root repeats no further). */
  readonly chain: readonly CertificateRecord[];
  /** Whether the chain verified against the trusted roots; a capture never runs when it does not. */
  readonly authorized: boolean;
}

export interface WireRecord {
  /** Request line and headers exactly as casegraph wrote them, ending with the blank line. */
  readonly requestHead: Buffer;
  /** The request body casegraph sent (empty for GET). */
  readonly requestBody: Buffer;
  /**
   * The response exactly as received: status line, headers (order, case and repeats kept) and the
   * body with its transfer framing (chunks) as the server sent it.
   */
  readonly response: Buffer;
  /** The response headers as name, value, name, value… in the order received. */
  readonly rawHeaders: readonly string[];
  /** Null for plain HTTP. */
  readonly tls: TlsRecord | null;
}
