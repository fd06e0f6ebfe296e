import { readFileSync } from 'node:fs';

export interface DzongkhaSample {
  id: string;
  /** The first line of the file: the article or section title. */
  title: string;
  text: string;
}

const FILES = ['01-dzwiki-paro-rinpung-dzong', '02-dzwiki-zhemgang-dzongkhag', '04-dzwiki-songs-glu-gzhas'];

/** Real Dzongkha (Dzongkha Wikipedia excerpts, CC BY-SA 4.0; see SOURCES.md) for font and typography tests. */
export function dzongkhaSamples(): DzongkhaSample[] {
  return FILES.map((id) => {
    const text = readFileSync(new URL(`./${id}.txt`, import.meta.url), 'utf8').trim();
    return { id, title: text.split('\n')[0] ?? id, text };
  });
}
