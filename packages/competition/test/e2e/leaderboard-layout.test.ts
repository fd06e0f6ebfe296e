// The leaderboard on an office screen: at 1280 px in Chromium, no column of the results table is cut off. The
// table fits, or it scrolls inside a region that is named and can be reached and scrolled with the keyboard.
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { launchChromium } from '../../../chromium/src/index.js';
import { writeLeaderboard } from '../../src/leaderboard.ts';
import { runRound } from '../../src/rounds.ts';
import { closeRound } from '../../src/scoring.ts';
import { getCompetition, registerSites, startRound } from '../../src/store.ts';
import { competitionWithSites, fakeAuditor, tempDir } from '../fixtures.ts';

const temp = tempDir();
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  temp.remove();
});

it('shows every column of the results table at 1280 px, in English and Dzongkha', async () => {
  const { db, competition } = competitionWithSites(join(temp.dir, 'layout.db'), ['a', 'b', 'c']);
  registerSites(db, competition.id, [
    { url: 'http://long.test/', name: 'Department of Information Technology and Telecom, Ministry of Industry' },
    { url: 'http://down.test/', name: 'Dzongkhag Administration' },
  ]);
  const auditor = fakeAuditor({
    'http://a.test/': { score: 91.5 },
    'http://b.test/': { score: 68.25 },
    'http://c.test/': { score: 44 },
    'http://long.test/': { score: 77.75 },
    'http://down.test/': { score: 0, down: true },
  });
  for (let round = 0; round < 2; round++) {
    const open = startRound(db, competition.id);
    await runRound(db, open, { auditor, retryDelaysMs: [] });
    closeRound(db, getCompetition(db), open);
  }
  const out = join(temp.dir, 'board');
  writeLeaderboard(db, getCompetition(db), out);
  db.close();

  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  for (const lang of ['en', 'dz']) {
    await page.goto(pathToFileURL(join(out, `leaderboard.${lang}.html`)).href);
    const layout = await page.evaluate(() => {
      const table = document.querySelector<HTMLTableElement>('table[data-sortable]')!;
      const wrap = table.parentElement!;
      const visible = wrap.getBoundingClientRect();
      const clipped = [...table.tHead!.rows[0]!.cells]
        .filter((cell) => {
          const box = cell.getBoundingClientRect();
          return box.right > Math.min(visible.right, window.innerWidth) + 0.5;
        })
        .map((cell) => cell.textContent!.trim());
      const labelledBy = wrap.getAttribute('aria-labelledby');
      return {
        clipped,
        scrolls: wrap.scrollWidth > wrap.clientWidth,
        pageScrolls: document.documentElement.scrollWidth > window.innerWidth,
        role: wrap.getAttribute('role'),
        name: labelledBy ? document.getElementById(labelledBy)?.textContent : wrap.getAttribute('aria-label'),
        tabIndex: wrap.tabIndex,
      };
    });
    expect(layout.pageScrolls, lang).toBe(false);
    // The table sits in a region named by its caption that takes the keyboard's focus, so a narrower window
    // (or a larger text size) still reaches the last column by scrolling it.
    expect(layout.role, lang).toBe('region');
    expect(layout.name, lang).toMatch(/round 2|༢/);
    expect(layout.tabIndex, lang).toBe(0);
    // At 1280 px the whole table fits: nothing to scroll to, no column cut off.
    expect(layout.scrolls, lang).toBe(false);
    expect(layout.clipped, lang).toEqual([]);
  }
  await page.close();
});
