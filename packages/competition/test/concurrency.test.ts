import { spawn } from 'node:child_process';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { openDatabase } from '../src/db.ts';
import { createCompetition, registerSites, startRound } from '../src/store.ts';
import { tempDir } from './fixtures.ts';

const WRITER = fileURLToPath(new URL('./concurrent-writer.ts', import.meta.url));
const temp = tempDir();
const server = createServer((_request, response) => response.end('ok'));

beforeAll(() => new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready)));
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((done) => server.close(done));
  temp.remove();
});

function writer(args: string[]): Promise<{ code: number | null; stderr: string }> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [WRITER, ...args], { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk));
    child.on('close', (code) => done({ code, stderr }));
  });
}

it('loses nothing when a monitor, evaluators and a crawl import write at once from separate processes', async () => {
  const file = join(temp.dir, 'busy.db');
  const setup = openDatabase(file);
  const competition = createCompetition(setup, 'Concurrent');
  const { port } = server.address() as AddressInfo;
  registerSites(
    setup,
    competition.id,
    Array.from({ length: 6 }, (_, index) => ({
      url: `http://127.0.0.1:${port}/site-${index}/`,
      name: `Site ${index}`,
    })),
  );
  const round = startRound(setup, competition.id);
  setup.close();

  const sweeps = 40;
  const passes = 15;
  const results = await Promise.all([
    writer([file, 'monitor', String(sweeps)]),
    writer([file, 'monitor', String(sweeps)]),
    writer([file, 'evaluator', 'Pema', String(passes)]),
    writer([file, 'evaluator', 'Karma', String(passes)]),
    writer([file, 'evaluator', 'Sonam', String(passes)]),
    writer([file, 'crawl', '5']),
  ]);
  for (const result of results) expect(result, result.stderr).toMatchObject({ code: 0 });

  const db = openDatabase(file);
  try {
    expect(db.prepare('PRAGMA integrity_check').get()).toEqual({ integrity_check: 'ok' });
    // Every probe of both monitors: 2 runs x 40 sweeps x 6 sites, all up.
    expect(db.prepare('SELECT count(*) AS n, sum(ok) AS up FROM probe WHERE round_id = ?').get(round.id)).toEqual({
      n: 2 * sweeps * 6,
      up: 2 * sweeps * 6,
    });
    // Every evaluator's last pass, for every site and both criteria.
    const last = (passes - 1) % 11;
    const scores = db
      .prepare('SELECT criterion, score, comment, count(*) AS n FROM manual_score GROUP BY criterion, score, comment')
      .all();
    expect(scores).toEqual([
      { criterion: 'aesthetics', score: last, comment: `pass ${passes - 1}`, n: 18 },
      { criterion: 'content-usefulness', score: 10 - last, comment: `pass ${passes - 1}`, n: 18 },
    ]);
    // One crawl per site (the last import), complete with its findings.
    expect(db.prepare('SELECT count(*) AS n FROM crawl').get()).toEqual({ n: 6 });
    expect(db.prepare('SELECT count(*) AS n FROM finding').get()).toEqual({ n: 6 * 20 });
    expect(db.prepare("SELECT count(*) AS n FROM finding WHERE finding_key NOT LIKE 'rule-4-%'").get()).toEqual({
      n: 0,
    });
  } finally {
    db.close();
  }
}, 60_000);
