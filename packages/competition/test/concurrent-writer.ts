// A separate process writing to a competition database, for the concurrency test:
//   node concurrent-writer.ts <db> monitor <sweeps>
//   node concurrent-writer.ts <db> evaluator <name> <rounds>
//   node concurrent-writer.ts <db> crawl <repeats>
import { openDatabase } from '../src/db.ts';
import { runMonitor } from '../src/monitor.ts';
import { addEvaluator, getCompetition, listSites, openRound, saveCrawl, saveManualScores } from '../src/store.ts';
import { crawlFromResult } from '../src/store.ts';
import { fakeSiteResult } from './fixtures.ts';

const [file, role, ...rest] = process.argv.slice(2);
const db = openDatabase(file!);
const competition = getCompetition(db);
const round = openRound(db, competition.id);
const sites = listSites(db, competition.id);

if (role === 'monitor') {
  await runMonitor(db, round, sites, { intervalMs: 5, maxSweeps: Number(rest[0]), timeoutMs: 5000 });
} else if (role === 'evaluator') {
  const evaluator = addEvaluator(db, competition.id, rest[0]!);
  for (let pass = 0; pass < Number(rest[1]); pass += 1) {
    for (const site of sites) {
      // Each pass overwrites the last; the final pass's scores are the ones that must survive.
      saveManualScores(db, round, competition.rubric, {
        siteId: site.id,
        evaluatorId: evaluator.id,
        scores: { aesthetics: pass % 11, 'content-usefulness': 10 - (pass % 11) },
        comment: `pass ${pass}`,
        source: 'scoring page',
      });
    }
  }
} else if (role === 'crawl') {
  for (let pass = 0; pass < Number(rest[0]); pass += 1) {
    for (const site of sites) {
      const failing = Array.from({ length: 20 }, (_, index) => `rule-${pass}-${index}`);
      saveCrawl(
        db,
        round.id,
        site.id,
        crawlFromResult(site.url, fakeSiteResult(site.url, { score: 50 + pass, failing })),
      );
    }
  }
}
db.close();
