// Copied sites in a round: a site whose pages are largely another's (with small edits) is paired with it,
// with the evidence; sites that share only a template's default pages, or a couple of pages, are not.
import { afterAll, describe, expect, it } from 'vitest';
import { type CliIO, textSketch } from '@druk/audit';
import { runCompetitionCommand } from '../src/cli.ts';
import { findDuplicateSites, MIN_MATCHED_PAGES } from '../src/duplicates.ts';
import { crawlFromResult, listSites, saveCrawl, startRound } from '../src/store.ts';
import { competitionWithSites, fakeSiteResult, tempDir } from './fixtures.ts';

const temp = tempDir();
afterAll(() => temp.remove());

const TOPICS = [
  'trade licences',
  'land records',
  'school admissions',
  'road permits',
  'water supply',
  'census data',
  'forest permits',
  'tourism guides',
  'health camps',
  'farm subsidies',
  'youth sports',
  'civil registration',
];

const VOCABULARY = (
  'citizens apply office counter weekdays online form fee receipt identity card section head appeal record ' +
  'village gewog dzongkhag ministry permit licence land road water school forest health farm youth census ' +
  'survey notice tender vacancy budget report plan meeting officer clerk register approve reject review days'
).split(' ');

/** About 60 words of main text, different for each seed (a small linear congruential generator picks them). */
function pageText(seed: string): string {
  let state = [...seed].reduce((hash, char) => (hash * 31 + char.charCodeAt(0)) >>> 0, 7);
  return Array.from({ length: 60 }, () => {
    state = (state * 1_103_515_245 + 12_345) >>> 0;
    return VOCABULARY[state % VOCABULARY.length];
  }).join(' ');
}
/** The template's default policy pages: the same on every site that keeps them. */
const POLICY = ['privacy', 'accessibility', 'terms'].map(
  (policy) => `This ${policy} statement is the default text of the government website template. It explains how the
  site handles ${policy} questions, who to contact, how long answers take, which laws apply, how complaints are
  recorded, and how the statement is reviewed each year by the agency's web team with the national authority.`,
);

function site(url: string, texts: string[]) {
  const result = fakeSiteResult(url, { score: 70 });
  result.pages = texts.map((text, index) => ({
    ...result.pages[0]!,
    url: new URL(`/page-${index}/`, url).href,
    textSketch: textSketch(text),
  }));
  return result;
}

describe('duplicate sites', () => {
  const { db, competition } = competitionWithSites(`${temp.dir}/duplicates.db`, ['a', 'b', 'c', 'd']);
  const round = startRound(db, competition.id);
  const ids = new Map(listSites(db, competition.id).map((entry) => [entry.url, entry.id]));
  const save = (url: string, texts: string[]) =>
    saveCrawl(db, round.id, ids.get(url)!, crawlFromResult(url, site(url, texts)));

  const original = TOPICS.slice(0, 8).map((topic) => `The Dzongkhag of A: ${pageText(`A ${topic}`)}`);
  save('http://a.test/', [...original, ...POLICY]);
  // B copied A's pages: its own name in three, a line added to the others.
  save('http://b.test/', [
    ...original.map((text, index) =>
      index < 3 ? text.replace('The Dzongkhag of A', 'The Thromde of B') : `${text} Updated by the Thromde of B.`,
    ),
    ...POLICY,
  ]);
  // C wrote its own pages and kept the template's policy pages.
  save('http://c.test/', [...TOPICS.slice(4).map((topic) => pageText(`C ${topic}`)), ...POLICY]);
  // D copied two of A's pages only.
  save('http://d.test/', [...original.slice(0, 2), ...TOPICS.slice(8).map((topic) => pageText(`D ${topic}`))]);

  it('pairs the copied site with its source, with the evidence, and no other pair', () => {
    const pairs = findDuplicateSites(db, competition, round);
    expect(pairs.map((pair) => [pair.a.url, pair.b.url])).toEqual([['http://a.test/', 'http://b.test/']]);
    const [pair] = pairs;
    expect(pair!.a).toMatchObject({ sketchedPages: 11, matchedPages: 11 });
    expect(pair!.b).toMatchObject({ sketchedPages: 11, matchedPages: 11 });
    expect(pair!.share).toBe(1);
    expect(pair!.examples.length).toBeGreaterThan(0);
    expect(pair!.examples[0]!.similarity).toBeGreaterThanOrEqual(0.7);
  });

  it('does not pair sites that share only default pages or fewer than the minimum of pages', () => {
    // C shares the 3 policy pages with A and B: 3 of 11 pages, under half.
    // D shares 2 pages with A: under the minimum, whatever the share.
    expect(MIN_MATCHED_PAGES).toBe(3);
    const pairs = findDuplicateSites(db, competition, round, 0.25);
    const named = pairs.map((pair) => `${pair.a.url} ${pair.b.url}`);
    expect(named).toContain('http://a.test/ http://c.test/');
    expect(named.filter((pair) => pair.includes('d.test'))).toEqual([]);
    expect(findDuplicateSites(db, competition, round).map((pair) => pair.b.url)).not.toContain('http://c.test/');
  });

  it('lists the pairs on the command line and refuses a share outside (0, 1]', async () => {
    db.close();
    let out = '';
    let err = '';
    const io: CliIO = { stdout: (text) => (out += text), stderr: (text) => (err += text), isTTY: false, cwd: temp.dir };
    const auditor = async () => {
      throw new Error('no audit in this test');
    };
    expect(await runCompetitionCommand(['duplicates', '--db', 'duplicates.db'], io, auditor)).toBe(0);
    expect(out).toContain('round 1: 1 pair(s) of sites with largely the same pages');
    expect(out).toMatch(
      /possible copy: Site A \(http:\/\/a\.test\/\) and Site B \(http:\/\/b\.test\/\): 11 of 11 pages/,
    );
    expect(await runCompetitionCommand(['duplicates', '--db', 'duplicates.db', '--min-share', '2'], io, auditor)).toBe(
      2,
    );
    expect(err).toContain('--min-share must be a number above 0 and at most 1');
  });
});
