/**
 * Dzongkha has no spaces between words: syllables end in a tsheg (་, U+0F0B) and clauses in a
 * shad (།, U+0F0D/U+0F0E). Pagefind splits words on whitespace only, so without help a syllable
 * inside a run ("ཞབས་ཏོག" in "མི་སེར་ཞབས་ཏོག་") cannot be found. Indexed text and queries both
 * go through this function, which puts a space after every tsheg and shad; visible text is never
 * changed. Used at build (Node) and in the search page (browser).
 */
export function segmentDzongkha(text: string): string {
  return text
    .replace(/([\u0F0B\u0F0C\u0F0D\u0F0E\u0F11\u0F14])/g, '$1 ')
    .replace(/[ \t]{2,}/g, ' ')
    .trim();
}

/** Whether a string has any Tibetan-script letter. */
export function hasTibetan(text: string): boolean {
  return /[\u0F40-\u0FBC]/.test(text);
}
