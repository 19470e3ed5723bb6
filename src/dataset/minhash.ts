/**
 * MinHash over word 5-shingles, to find syndicated copies of one story (the same wire text under another
 * headline, a paragraph cut, a byline added) among many articles without comparing every pair.
 *
 * - `shingles`: the text folded (case, diacritics: `foldKey`), split into words, every run of 5 words hashed
 *   (FNV-1a, 32 bits); a text of fewer than 5 words is one shingle of all its words.
 * - `minhashSignature`: for each of `numHashes` hash functions h_i(x) = (a_i·x + b_i) mod p, p = 2^32 − 5, the
 *   least h_i over the shingles. a_i, b_i come from a fixed seed, so signatures are the same on every machine
 *   and in every release; a signature of n hashes is the first n values of a longer one.
 * - `bandKeys`: locality-sensitive hashing. The signature is cut into `bands` bands of `rows` values; two
 *   articles that share a band key are candidates, and `estimateJaccard` (the share of equal values) decides.
 *
 * Recommended threshold for "syndicated copy": estimated Jaccard ≥ 0.6 (`SYNDICATED_JACCARD`), with the default
 * 128 hashes in 32 bands of 4 rows. The chance that a pair of true similarity s shares at least one band is
 * 1 − (1 − s^4)^32, an S-curve whose steep part is at (1/32)^(1/4) ≈ 0.42:
 *
 *     s        0.2    0.3    0.4    0.5    0.6    0.7    0.8
 *     P(cand)  0.05   0.23   0.56   0.87   0.988  0.9998 1.0
 *
 * so at 0.6 the bands miss about 1 pair in 85 and at 0.7 about 1 in 5,000, while a pair at 0.2 meets 1 time in
 * 20 (and the estimate then rejects it). A copy under a new headline and byline with one paragraph of seven cut
 * has a true Jaccard of about 0.76 (the test's story); two reports of the same event by different writers share
 * almost no 5-word runs (the test's pair: 0.002). With 128 hashes the estimate's standard deviation is about 0.045 near 0.6, so 0.6 keeps clear of both.
 * Much lower (0.4) starts to join a rewrite that reuses the wire's sentences with the wire itself, and the bands
 * find only half of such pairs anyway; higher (0.75) splits copies that cut two paragraphs or add a long box.
 *
 * Pure functions; the coefficient table is a constant computed once.
 */
import { ParleyError } from '../errors.js';
import { foldKey } from '../text/fold.js';
import { fnv1a32 } from '../text/fnv1a.js';

/** Words per shingle. */
export const SHINGLE_WORDS = 5;
export const DEFAULT_HASHES = 128;
export const DEFAULT_BANDS = 32;
/** Estimated Jaccard similarity at or above which two articles are taken for copies of one story. */
export const SYNDICATED_JACCARD = 0.6;
/** The most hash functions a signature can have (the size of the coefficient table). */
export const MAX_HASHES = 1024;

/** The largest prime below 2^32. Every h_i value is below it, so EMPTY can never be a real minimum. */
const P = 4294967291;
/** A signature slot of a text with no words. */
const EMPTY = 0xffffffff;
/** Seed of the coefficient table. Changing it (or the table's generator) invalidates every stored signature. */
const SEED = 0x5041524c; // "PARL"

const WORD = /[\p{L}\p{N}]+/gu;

/** a_i (1 ≤ a_i < P) and b_i (0 ≤ b_i < P), split into 16-bit halves of a_i for exact arithmetic in doubles. */
interface Coefficients {
  readonly aHigh: readonly number[];
  readonly aLow: readonly number[];
  readonly b: readonly number[];
}

const COEFFICIENTS: Coefficients = (() => {
  const next = splitmix32(SEED);
  const aHigh: number[] = [];
  const aLow: number[] = [];
  const b: number[] = [];
  for (let i = 0; i < MAX_HASHES; i++) {
    const a = 1 + (next() % (P - 1));
    aHigh.push(Math.floor(a / 65536));
    aLow.push(a % 65536);
    b.push(next() % P);
  }
  return Object.freeze({ aHigh: Object.freeze(aHigh), aLow: Object.freeze(aLow), b: Object.freeze(b) });
})();

/** A 32-bit generator (SplitMix32): deterministic, well mixed, enough for hash coefficients. */
function splitmix32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x9e3779b9) >>> 0;
    let z = state;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    return (z ^ (z >>> 16)) >>> 0;
  };
}

/** The distinct 32-bit hashes of the text's word 5-shingles (folded case and diacritics); empty for no words. */
export function shingles(text: string): Uint32Array {
  const words = foldKey(text).match(WORD) ?? [];
  if (words.length === 0) return new Uint32Array(0);
  const out = new Set<number>();
  if (words.length < SHINGLE_WORDS) out.add(fnv1a32(words.join(' ')));
  for (let i = 0; i + SHINGLE_WORDS <= words.length; i++) {
    out.add(fnv1a32(words.slice(i, i + SHINGLE_WORDS).join(' ')));
  }
  return Uint32Array.from(out);
}

/**
 * The MinHash signature of `text`: `numHashes` values, each the least (a_i·x + b_i) mod p over its shingles x.
 * A text with no words gets 0xffffffff in every slot, which no real minimum can be; it matches nothing.
 */
export function minhashSignature(text: string, numHashes = DEFAULT_HASHES): Uint32Array {
  if (!Number.isInteger(numHashes) || numHashes < 1 || numHashes > MAX_HASHES) {
    throw new RangeError(`numHashes must be an integer from 1 to ${MAX_HASHES}, not ${numHashes}`);
  }
  const sig = new Uint32Array(numHashes).fill(EMPTY);
  const xs = shingles(text);
  const { aHigh, aLow, b } = COEFFICIENTS;
  for (let i = 0; i < numHashes; i++) {
    const hi = aHigh[i] as number;
    const lo = aLow[i] as number;
    const bi = b[i] as number;
    let min = EMPTY;
    for (const x of xs) {
      // a·x mod p with every intermediate below 2^53: (hi·x mod p)·2^16 + lo·x < 2^49.
      const h = ((((hi * x) % P) * 65536 + lo * x) % P + bi) % P;
      if (h < min) min = h;
    }
    sig[i] = min;
  }
  return sig;
}

/**
 * LSH band keys: the signature cut into `bands` bands of `signature.length / bands` rows, each band one key
 * "<band>:<its values in hex>". Two signatures share a key only when a whole band is equal. A text with no words
 * has no keys, so it is never a candidate.
 */
export function bandKeys(signature: Uint32Array, bands = DEFAULT_BANDS): string[] {
  if (!Number.isInteger(bands) || bands < 1 || signature.length % bands !== 0) {
    throw new RangeError(`a signature of ${signature.length} values cannot be cut into ${bands} equal bands`);
  }
  if (isEmpty(signature)) return [];
  const rows = signature.length / bands;
  const keys: string[] = [];
  for (let band = 0; band < bands; band++) {
    keys.push(`${band}:${signatureToHex(signature.subarray(band * rows, (band + 1) * rows))}`);
  }
  return keys;
}

/** The share of slots where the two signatures agree: an estimate of the Jaccard similarity of the shingles. */
export function estimateJaccard(a: Uint32Array, b: Uint32Array): number {
  if (a.length !== b.length || a.length === 0) {
    throw new RangeError(`cannot compare signatures of ${a.length} and ${b.length} values`);
  }
  let same = 0;
  for (let i = 0; i < a.length; i++) if (a[i] === b[i] && a[i] !== EMPTY) same += 1;
  return same / a.length;
}

/** 8 lower-case hex digits per value, in order. */
export function signatureToHex(signature: Uint32Array): string {
  let out = '';
  for (const v of signature) out += v.toString(16).padStart(8, '0');
  return out;
}

/** The inverse of `signatureToHex`; a ParleyError for text that is not one (a damaged store). */
export function signatureFromHex(hex: string): Uint32Array {
  if (hex.length === 0 || hex.length % 8 !== 0 || !/^[0-9a-f]+$/i.test(hex)) {
    throw new ParleyError('dataset.bad-signature', `not a MinHash signature: ${JSON.stringify(hex.slice(0, 40))}`, {
      hint: 'A signature is 8 hex digits per value; recompute it from the article text.',
    });
  }
  const sig = new Uint32Array(hex.length / 8);
  for (let i = 0; i < sig.length; i++) sig[i] = Number.parseInt(hex.slice(i * 8, i * 8 + 8), 16);
  return sig;
}

function isEmpty(signature: Uint32Array): boolean {
  return signature.every((v) => v === EMPTY);
}
