import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { writeLeaderboard } from '../src/leaderboard.ts';
import { runRound } from '../src/rounds.ts';
import { closeRound } from '../src/scoring.ts';
import { getCompetition, registerSites, saveManualScores, addEvaluator, startRound } from '../src/store.ts';
import { competitionWithSites, fakeAuditor, tempDir } from './fixtures.ts';

const temp = tempDir();
afterAll(() => temp.remove());

/** Every file under `dir`, by path relative to it, with its bytes. */
function filesUnder(dir: string): Map<string, Buffer> {
  return new Map(
    readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => {
        const file = join(entry.parentPath, entry.name);
        return [file.slice(dir.length + 1), readFileSync(file)];
      }),
  );
}

it("regenerates a closed round's leaderboard and packs byte for byte after later changes", async () => {
  const { db, competition } = competitionWithSites(join(temp.dir, 'closed.db'), ['a', 'b']);
  const auditor = fakeAuditor({
    'http://a.test/': { score: 70, failing: ['contrast'] },
    'http://b.test/': { score: 60 },
    'http://late.test/': { score: 90 },
  });
  const first = startRound(db, competition.id);
  await runRound(db, first, { auditor });
  const evaluator = addEvaluator(db, competition.id, 'Pema');
  saveManualScores(db, first, competition.rubric, {
    siteId: 1,
    evaluatorId: evaluator.id,
    scores: { [competition.rubric.manualCriteria[0]!.id]: 3 },
    source: 'scoring page',
  });
  closeRound(db, competition, first);
  writeLeaderboard(db, competition, join(temp.dir, 'at-close'), 1);

  // After the close: a site registered, a site renamed, the rubric edited, and a second round run.
  registerSites(db, competition.id, [
    { url: 'http://late.test/', name: 'Registered late' },
    { url: 'http://a.test/', name: 'Renamed A', agency: 'New agency' },
  ]);
  const rubric = { ...competition.rubric, manualShare: 0.9 };
  db.prepare('UPDATE competition SET rubric = ? WHERE id = ?').run(JSON.stringify(rubric), competition.id);
  const second = startRound(db, competition.id);
  await runRound(db, second, { auditor });
  writeLeaderboard(db, getCompetition(db), join(temp.dir, 'later'), 1);

  const atClose = filesUnder(join(temp.dir, 'at-close'));
  const later = filesUnder(join(temp.dir, 'later'));
  expect([...later.keys()].sort()).toEqual([...atClose.keys()].sort());
  for (const [file, bytes] of atClose) expect(later.get(file)?.equals(bytes), file).toBe(true);
  expect(atClose.get('leaderboard.csv')!.toString()).toContain('Site A');
  expect(atClose.get('leaderboard.csv')!.toString()).not.toContain('Registered late');
  db.close();
});
