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

export interface MixedScriptLine {
  /** A sample line with Latin words before it and in its middle. */
  line: string;
  /** The Dzongkha of `line`, in the stretches between the Latin words. */
  dzongkha: string[];
}

/**
 * Every line of the samples as agency pages mix names and acronyms into Dzongkha: a Latin word
 * first (the whole line is then Latin for a shaper that guesses from the first letter) and a Latin
 * parenthesis after the tsheg nearest the middle.
 */
export function mixedScriptLines(): MixedScriptLine[] {
  return dzongkhaSamples()
    .flatMap((sample) => sample.text.split(/\n+/).filter(Boolean))
    .map((line) => {
      const middle = line.indexOf('་', line.length / 2) + 1 || line.length;
      const dzongkha = [line.slice(0, middle), line.slice(middle)].filter(Boolean);
      return { line: `Dzongpen ${dzongkha.join(' (GovTech, e-Citizen) ')}`, dzongkha };
    });
}
