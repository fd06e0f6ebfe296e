import { hasTibetan, segmentDzongkha, withoutAddedSpaces } from './segment.ts';

interface PagefindResult {
  data(): Promise<{ url: string; excerpt: string; meta: { title?: string } }>;
}
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  search(query: string): Promise<{ results: PagefindResult[] }>;
}

const MAX_RESULTS = 20;

function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (_match, name: string) => String(values[name] ?? ''));
}

/**
 * Runs the query in ?q= against the Pagefind index of the page's language and lists the results.
 * Dzongkha queries are segmented into syllables as the index was (see segment.ts) and searched as
 * a phrase: its syllables next to each other, in order. Unquoted, Pagefind would also return pages
 * with only some of the syllables, or words that merely begin with one.
 */
export async function startSearch(): Promise<void> {
  const input = document.querySelector<HTMLInputElement>('#search-query');
  const status = document.querySelector<HTMLElement>('#search-status');
  const list = document.querySelector<HTMLOListElement>('#search-results');
  if (!input || !status || !list) return;
  // Shown until now for readers without JavaScript; search works from here on.
  document.querySelector('#search-nojs')?.remove();
  const messages = JSON.parse(status.dataset.messages ?? '{}') as Record<'results' | 'none' | 'loading', string>;
  const query = new URLSearchParams(location.search).get('q')?.trim() ?? '';
  input.value = query;
  if (!query) return;
  status.textContent = messages.loading;
  // A path built at run time, so the bundler leaves the index script to be fetched on demand.
  const bundle = '/pagefind/pagefind.js';
  const pagefind = (await import(/* @vite-ignore */ bundle)) as Pagefind;
  await pagefind.options({ excerptLength: 24 });
  const search = await pagefind.search(hasTibetan(query) ? `"${segmentDzongkha(query.replaceAll('"', ''))}"` : query);
  const found = await Promise.all(search.results.slice(0, MAX_RESULTS).map((result) => result.data()));
  list.replaceChildren(
    ...found.map((result) => {
      const item = document.createElement('li');
      const link = document.createElement('a');
      link.href = result.url;
      link.textContent = withoutAddedSpaces(result.meta.title ?? result.url);
      const excerpt = document.createElement('p');
      // Pagefind escapes the page text and adds only <mark> around the matched words.
      excerpt.innerHTML = withoutAddedSpaces(result.excerpt);
      item.append(link, excerpt);
      return item;
    }),
  );
  // The page's ten digits, 0 to 9 (Tibetan on Dzongkha pages), so this script needs no locale code.
  const digits = [...(status.dataset.digits ?? '0123456789')];
  const count = String(search.results.length).replace(/\d/g, (digit) => digits[Number(digit)] ?? digit);
  status.textContent = fill(found.length ? messages.results : messages.none, { count, query });
}
