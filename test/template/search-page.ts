import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { builtPages, mainText } from './built-site.ts';

export interface Found {
  urls: string[];
  /** Each listed result's link text and excerpt, as the reader sees them. */
  results: { url: string; title: string; excerpt: string }[];
  status: string;
}

/** Runs a search by opening the search page at `url` (with its ?q=) in `page`, and reads the results. */
export async function searchIn(page: Page, url: string): Promise<Found> {
  await page.goto(url);
  const status = page.locator('#search-status');
  await expect.poll(() => status.textContent(), { timeout: 20_000 }).toMatch(/\S/);
  await expect.poll(() => status.textContent(), { timeout: 20_000 }).not.toMatch(/…$/);
  expect(await page.locator('#search-nojs').count(), 'the no-JavaScript note is gone').toBe(0);
  const results = await page.locator('#search-results li').evaluateAll((items) =>
    items.map((item) => ({
      url: item.querySelector('a')?.getAttribute('href') ?? '',
      title: item.querySelector('a')?.textContent ?? '',
      excerpt: item.querySelector('p')?.textContent ?? '',
    })),
  );
  return { urls: results.map(({ url }) => url), results, status: (await status.textContent()) ?? '' };
}

/**
 * Every Dzongkha page the search index holds (fallback pages in English excluded), with the text of
 * its <main>, the indexed region, where Pagefind leaves out forms.
 */
export function indexedDzongkhaPages(dist: string): { path: string; text: string }[] {
  return builtPages(dist)
    .filter(({ path, html }) => path.startsWith('/dz/') && html.includes('data-pagefind-body'))
    .filter(({ html }) => !html.includes('data-druk-fallback'))
    .map(({ path, html }) => ({ path, text: mainText(html.replace(/<form[\s\S]*?<\/form>/g, ' ')) }));
}

/** Syllables as the page runs them together, whatever spaces or tshegs separate them. */
export const syllables = (text: string) => text.split(/[\s\u0F0B\u0F0D\u0F0E]+/).filter(Boolean);

/** Runs of four or more syllables joined by tshegs, with no space in them. */
export const tshegRuns = (text: string) => text.match(/(?:[\u0F40-\u0FBC]+\u0F0B){3,}[\u0F40-\u0FBC]+/g) ?? [];
