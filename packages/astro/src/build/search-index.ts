import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { segmentForIndex } from '../client/segment.ts';

/** What went into the index, for the build log and tests. */
export interface SearchIndexReport {
  pages: Record<string, number>;
}

/** Segments the text (not the markup) of an HTML page, so every Dzongkha syllable is a word. */
export function segmentHtmlText(html: string): string {
  return html.replace(/>([^<]+)</g, (_match, text: string) => `>${segmentForIndex(text)}<`);
}

/**
 * Builds the Pagefind index of a built site into <dist>/pagefind. English pages are indexed as
 * they are. Dzongkha pages are indexed from a copy whose text is syllable-segmented; pages under
 * /dz/ that show English fallback text (data-druk-fallback) stay out of the Dzongkha index so a
 * Dzongkha search only returns Dzongkha pages. Only regions marked data-pagefind-body count.
 */
export async function buildSearchIndex(dist: string, pages: readonly string[]): Promise<SearchIndexReport> {
  const { index } = await pagefind.createIndex({});
  if (!index) throw new Error('Pagefind could not start its indexer.');
  const report: SearchIndexReport = { pages: {} };
  try {
    for (const page of pages) {
      const html = readFileSync(join(dist, page), 'utf8');
      if (!html.includes('data-pagefind-body') || html.includes('data-druk-fallback')) continue;
      const url = `/${page.replace(/index\.html$/, '')}`;
      const isDzongkha = /<html[^>]*\blang="dz"/.test(html);
      const response = await index.addHTMLFile({ url, content: isDzongkha ? segmentHtmlText(html) : html });
      if (response.errors.length) throw new Error(`Pagefind could not index ${url}: ${response.errors.join('; ')}`);
      const lang = isDzongkha ? 'dz' : 'en';
      report.pages[lang] = (report.pages[lang] ?? 0) + 1;
    }
    const written = await index.writeFiles({ outputPath: join(dist, 'pagefind') });
    if (written.errors.length) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
  } finally {
    await pagefind.close();
  }
  return report;
}
