// Near-duplicate text: a sketch of a page's words taken three at a time (shingles), kept as the 64
// smallest of their 32-bit hashes. Two sketches estimate the Jaccard similarity of the pages' shingle sets:
// a copied page, even with a few words changed or a sentence added, is close to 1; unrelated pages are
// close to 0. A short text keeps all its shingles, so the estimate is then exact. The competition uses it
// to find sites that copy one another.
import { createHash } from 'node:crypto';

/** Below this many words a page says too little to tell a copy from a coincidence: no sketch. */
export const MIN_SKETCH_WORDS = 40;
/** Pages this similar or more are the same text with small edits. */
export const NEAR_DUPLICATE_SIMILARITY = 0.7;
const SHINGLE_WORDS = 3;
const SKETCH_SIZE = 64;

/**
 * Words of any script: runs of letters, marks and digits. Tibetan has no spaces between words; its
 * syllables, separated by the tsheg (U+0F0B, punctuation), are its tokens.
 */
function words(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{M}\p{N}]+/gu) ?? [];
}

/**
 * The sketch as hexadecimal text (8 digits per hash, ascending), or undefined for a text of fewer than
 * MIN_SKETCH_WORDS words.
 */
export function textSketch(text: string): string | undefined {
  const tokens = words(text);
  if (tokens.length < MIN_SKETCH_WORDS) return undefined;
  const hashes = new Set<number>();
  for (let start = 0; start + SHINGLE_WORDS <= tokens.length; start += 1) {
    const digest = createHash('md5')
      .update(tokens.slice(start, start + SHINGLE_WORDS).join(' '))
      .digest();
    hashes.add(digest.readUInt32BE(0));
  }
  return [...hashes]
    .sort((a, b) => a - b)
    .slice(0, SKETCH_SIZE)
    .map((hash) => hash.toString(16).padStart(8, '0'))
    .join('');
}

/** The hashes of a sketch, ascending. */
export function sketchHashes(sketch: string): number[] {
  return Array.from({ length: sketch.length / 8 }, (_, index) => parseInt(sketch.slice(index * 8, index * 8 + 8), 16));
}

/**
 * Estimated Jaccard similarity (0–1) of the texts two sketches were made from: of the smallest hashes of
 * their union (as many as the smaller sketch holds), the share that both sketches have.
 */
export function sketchSimilarity(a: readonly number[], b: readonly number[]): number {
  const size = Math.min(a.length, b.length);
  let i = 0;
  let j = 0;
  let both = 0;
  for (let taken = 0; taken < size; taken += 1) {
    if (a[i] === b[j]) {
      both += 1;
      i += 1;
      j += 1;
    } else if (j >= b.length || (i < a.length && a[i]! < b[j]!)) {
      i += 1;
    } else {
      j += 1;
    }
  }
  return size === 0 ? 0 : both / size;
}
