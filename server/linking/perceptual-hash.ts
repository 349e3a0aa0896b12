/**
 * 64-bit perceptual hashes (16 hex digits) of avatars: Hamming distance, and the bands used for
 * locality-sensitive blocking.
 */

const BAND_BITS = 16;

/** Bits that differ between two 64-bit hashes written as 16 hex digits; undefined if malformed. */
export function hammingHex(a: string, b: string): number | undefined {
  if (!/^[0-9a-f]{16}$/i.test(a) || !/^[0-9a-f]{16}$/i.test(b)) return undefined;
  let x = BigInt(`0x${a}`) ^ BigInt(`0x${b}`);
  let bits = 0;
  while (x) {
    x &= x - 1n;
    bits++;
  }
  return bits;
}

/**
 * The hash cut into four 16-bit bands. Two hashes at distance ≤ 3 agree on at least one band
 * (pigeonhole), so near-duplicate avatars always share a blocking key; farther pairs often do too.
 */
export function phashBands(hash: string): string[] {
  if (!/^[0-9a-f]{16}$/i.test(hash)) return [];
  const h = hash.toLowerCase();
  const bands: string[] = [];
  for (let i = 0; i < 64 / BAND_BITS; i++) bands.push(`${i}:${h.slice(i * 4, i * 4 + 4)}`);
  return bands;
}
