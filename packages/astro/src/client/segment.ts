/**
 * Dzongkha has no spaces between words: syllables end in a tsheg (་, U+0F0B) and clauses in a
 * shad (།, U+0F0D/U+0F0E). Pagefind splits words on whitespace only, so without help a syllable
 * inside a run ("ཞབས་ཏོག" in "མི་སེར་ཞབས་ཏོག་") cannot be found. Indexed text and queries both
 * get a space after every tsheg and shad; visible text is never changed.
 */
const SYLLABLE_END = '[\\u0F0B\\u0F0C\\u0F0D\\u0F0E\\u0F11\\u0F14]';

/** A query as syllable-separated words (used in the search page). */
export function segmentDzongkha(text: string): string {
  return text
    .replace(new RegExp(`(${SYLLABLE_END})`, 'g'), '$1 ')
    .replace(/[ \t]{2,}/g, ' ')
    .trim();
}

/**
 * The space the index adds after a syllable or clause that runs on into the next: a word joiner
 * (U+2060) marks it, so the search page can take exactly these spaces out of titles and excerpts
 * and show the page's own text. A space the page itself has after a tsheg or shad stays unmarked.
 * Pagefind keeps a word joiner in the text it stores; a zero-width space it drops, and other
 * spaces it turns into plain ones.
 */
const ADDED_SPACE = '\u2060 ';

/**
 * Text of a page as the index stores it: a marked space after every tsheg and shad not already
 * followed by a space. At the end of the text the space is plain: the next element may go on with
 * the next syllable (a link inside a sentence) or be another block, which results keep apart.
 */
export function segmentForIndex(text: string): string {
  return text.replace(new RegExp(`(${SYLLABLE_END})(?!\\s)`, 'g'), (mark: string, _end: string, at: number) =>
    at + mark.length === text.length ? `${mark} ` : `${mark}${ADDED_SPACE}`,
  );
}

/**
 * A title or an excerpt from the index (its `<mark>`s included) with the added spaces taken out;
 * Pagefind trims the space at the end of a title and leaves its mark.
 */
export function withoutAddedSpaces(text: string): string {
  return text.replace(new RegExp(`(${SYLLABLE_END})\u2060((?:</mark>)?) ?`, 'g'), '$1$2');
}

/** Whether a string has any Tibetan-script letter. */
export function hasTibetan(text: string): boolean {
  return /[\u0F40-\u0FBC]/.test(text);
}
