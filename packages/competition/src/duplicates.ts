// Sites that copy one another, found by comparing the sketches of their pages' main text within a round.
// The third national website competition eliminated sites for "duplicacy"; whether a pair is a copy is the
// judges' decision, so this only names the pairs and gives the evidence: how many pages of each site have a
// near-identical page on the other, with examples. Shared page furniture (a common template's header,
// footer and default policy pages) does not make a pair: the sketches cover the main text, and a pair is
// named only when a large share of the pages match.
import type { Database } from './db.ts';
import { listSites, loadCrawls, type Competition, type Round } from './store.ts';
import { NEAR_DUPLICATE_SIMILARITY, sketchHashes, sketchSimilarity } from '@druk/audit';

/** Share of a site's sketched pages with a near-identical page on the other site that names the pair. */
export const DEFAULT_MIN_SHARE = 0.5;
/** Fewer matching pages than this never name a pair, however small the sites. */
export const MIN_MATCHED_PAGES = 3;
const MAX_EXAMPLES = 5;

export interface DuplicateSide {
  url: string;
  name: string;
  /** Pages of this site with a sketch (enough text to compare). */
  sketchedPages: number;
  /** Of those, pages with a near-identical page on the other site. */
  matchedPages: number;
}

export interface DuplicatePair {
  a: DuplicateSide;
  b: DuplicateSide;
  /** The larger of the two sides' matched shares (0–1). */
  share: number;
  /** The most similar page pairs, most similar first. */
  examples: { a: string; b: string; similarity: number }[];
}

interface SketchedPage {
  siteId: number;
  url: string;
  hashes: number[];
}

/** Near-identical page pairs on different sites, each once (i < j in `pages`). */
function nearIdenticalPages(pages: SketchedPage[]): { i: number; j: number; similarity: number }[] {
  // Pages that share no hash cannot be similar: an index of hashes limits the comparisons to candidates.
  const pagesByHash = new Map<number, number[]>();
  pages.forEach((page, index) => {
    for (const hash of page.hashes) {
      const holders = pagesByHash.get(hash);
      if (holders) holders.push(index);
      else pagesByHash.set(hash, [index]);
    }
  });
  const found: { i: number; j: number; similarity: number }[] = [];
  pages.forEach((page, i) => {
    const shared = new Map<number, number>();
    for (const hash of page.hashes) {
      for (const j of pagesByHash.get(hash)!) {
        if (j > i && pages[j]!.siteId !== page.siteId) shared.set(j, (shared.get(j) ?? 0) + 1);
      }
    }
    for (const [j, count] of shared) {
      // The estimate counts hashes both sketches hold, so fewer shared hashes than it needs rule a pair out.
      if (count < NEAR_DUPLICATE_SIMILARITY * Math.min(page.hashes.length, pages[j]!.hashes.length)) continue;
      const similarity = sketchSimilarity(page.hashes, pages[j]!.hashes);
      if (similarity >= NEAR_DUPLICATE_SIMILARITY) found.push({ i, j, similarity });
    }
  });
  return found;
}

/** Pairs of the competition's sites whose pages in `round` are largely the same text, largest share first. */
export function findDuplicateSites(
  db: Database,
  competition: Competition,
  round: Round,
  minShare = DEFAULT_MIN_SHARE,
): DuplicatePair[] {
  const sites = new Map(listSites(db, competition.id).map((site) => [site.id, site]));
  const pages: SketchedPage[] = [...loadCrawls(db, round.id)].flatMap(([siteId, crawl]) =>
    crawl.pages
      .filter((page) => page.textSketch)
      .map((page) => ({ siteId, url: page.url, hashes: sketchHashes(page.textSketch) })),
  );
  const sketched = new Map<number, number>();
  for (const page of pages) sketched.set(page.siteId, (sketched.get(page.siteId) ?? 0) + 1);

  // Per pair of sites (lower id first): the matching pages of each side and the page pairs.
  const bySitePair = new Map<
    string,
    { lowId: number; highId: number; low: Set<string>; high: Set<string>; examples: DuplicatePair['examples'] }
  >();
  for (const { i, j, similarity } of nearIdenticalPages(pages)) {
    const [low, high] = pages[i]!.siteId < pages[j]!.siteId ? [pages[i]!, pages[j]!] : [pages[j]!, pages[i]!];
    const key = `${low.siteId} ${high.siteId}`;
    const pair = bySitePair.get(key) ?? {
      lowId: low.siteId,
      highId: high.siteId,
      low: new Set(),
      high: new Set(),
      examples: [],
    };
    pair.low.add(low.url);
    pair.high.add(high.url);
    pair.examples.push({ a: low.url, b: high.url, similarity: Math.round(similarity * 100) / 100 });
    bySitePair.set(key, pair);
  }

  const side = (siteId: number, matched: Set<string>): DuplicateSide => ({
    url: sites.get(siteId)!.url,
    name: sites.get(siteId)!.name,
    sketchedPages: sketched.get(siteId)!,
    matchedPages: matched.size,
  });
  const pairs: DuplicatePair[] = [];
  for (const pair of bySitePair.values()) {
    const a = side(pair.lowId, pair.low);
    const b = side(pair.highId, pair.high);
    const share = Math.max(a.matchedPages / a.sketchedPages, b.matchedPages / b.sketchedPages);
    if (share < minShare || Math.max(a.matchedPages, b.matchedPages) < MIN_MATCHED_PAGES) continue;
    const examples = pair.examples.sort((x, y) => y.similarity - x.similarity).slice(0, MAX_EXAMPLES);
    pairs.push({ a, b, share: Math.round(share * 100) / 100, examples });
  }
  return pairs.sort((x, y) => y.share - x.share);
}

/** One line per pair for the terminal: both sites, the matched shares and the closest page pair. */
export function describeDuplicatePair(pair: DuplicatePair): string {
  const example = pair.examples[0];
  return (
    `possible copy: ${pair.a.name} (${pair.a.url}) and ${pair.b.name} (${pair.b.url}): ` +
    `${pair.a.matchedPages} of ${pair.a.sketchedPages} pages and ${pair.b.matchedPages} of ${pair.b.sketchedPages} pages ` +
    `have a near-identical page on the other site` +
    (example ? `; e.g. ${example.a} and ${example.b} (similarity ${example.similarity})` : '')
  );
}
