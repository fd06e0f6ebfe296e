import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { openDatabase } from '../src/db.ts';
import { probe, runMonitor, uptimeReports } from '../src/monitor.ts';
import { createCompetition, listSites, registerSites, startRound } from '../src/store.ts';
import { tempDir } from './fixtures.ts';

const temp = tempDir();
/**
 * The probes' timeout: long enough that a loaded machine (2 cores shared by many test runs) still answers /up/
 * in time, and well short of when /slow/ answers.
 */
const PROBE_TIMEOUT_MS = 600;
const SLOW_ANSWER_MS = 3 * PROBE_TIMEOUT_MS;
let hits = 0;
/** A port nothing listens on, where /moved-to/ sends the probe. */
let refusedPortForRedirect = 0;
// /up answers, /flaky fails every other request with a 503, /slow answers after the probe has given up.
const server = createServer((request, response) => {
  if (request.url === '/flaky/') {
    hits += 1;
    response.statusCode = hits % 2 === 0 ? 503 : 200;
    response.end();
  } else if (request.url === '/slow/') setTimeout(() => response.end('late'), SLOW_ANSWER_MS);
  else if (request.url === '/moved/') {
    response.writeHead(301, { location: '/moved-to/' }).end();
  } else if (request.url === '/moved-to/') {
    response.writeHead(302, { location: `http://127.0.0.1:${refusedPortForRedirect}/gone/` }).end();
  } else if (request.url === '/moved-down/') {
    response.writeHead(301, { location: '/down/' }).end();
  } else if (request.url === '/down/') response.writeHead(503).end();
  else response.end('ok');
});

beforeAll(() => new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready)));
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((done) => server.close(done));
  temp.remove();
});

// Its time limit: six sweeps each wait out /slow/'s probe timeout.
it(
  'probes on a schedule, bounded in sweeps, and records uptime, response times and outages',
  async () => {
    const db = openDatabase(join(temp.dir, 'monitor.db'));
    const competition = createCompetition(db, 'Monitor');
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    // A port that was free a moment ago: nothing listens, the connection is refused.
    const closed = createServer();
    await new Promise<void>((ready) => closed.listen(0, '127.0.0.1', ready));
    const refusedPort = (closed.address() as AddressInfo).port;
    await new Promise((done) => closed.close(done));
    registerSites(db, competition.id, [
      { url: `${base}/up/`, name: 'Up' },
      { url: `${base}/flaky/`, name: 'Flaky' },
      { url: `${base}/slow/`, name: 'Slow' },
      { url: `http://127.0.0.1:${refusedPort}/`, name: 'Refused' },
    ]);
    const round = startRound(db, competition.id);
    const sites = listSites(db, competition.id);
    const seen: number[] = [];
    const started = Date.now();
    const sweeps = await runMonitor(db, round, sites, {
      intervalMs: 150,
      maxSweeps: 6,
      timeoutMs: PROBE_TIMEOUT_MS,
      onSweep: (sweep) => seen.push(sweep),
    });
    expect(sweeps).toBe(6);
    expect(seen).toEqual([1, 2, 3, 4, 5, 6]);
    // Five waits of at least the interval between six sweeps.
    expect(Date.now() - started).toBeGreaterThanOrEqual(5 * 150);

    const reports = uptimeReports(db, round.id);
    const byName = (name: string) => reports.get(sites.find((site) => site.name === name)!.id)!;
    expect(byName('Up')).toMatchObject({ probes: 6, up: 6, uptime: 1, outages: [], gaps: [] });
    expect(byName('Up').meanResponseMs).toBeGreaterThan(0);
    expect(byName('Flaky')).toMatchObject({ probes: 6, up: 3, uptime: 0.5 });
    expect(byName('Flaky').outages.map((outage) => [outage.probes, outage.reason])).toEqual([
      [1, 'HTTP 503'],
      [1, 'HTTP 503'],
      [1, 'HTTP 503'],
    ]);
    expect(byName('Slow')).toMatchObject({ up: 0, uptime: 0 });
    expect(byName('Slow').outages).toEqual([
      expect.objectContaining({ probes: 6, reason: `no answer within ${PROBE_TIMEOUT_MS} ms` }),
    ]);
    expect(byName('Refused').outages).toEqual([expect.objectContaining({ probes: 6, reason: 'ECONNREFUSED' })]);
    const run = db.prepare('SELECT interval_ms, finished_at FROM monitor_run').get() as {
      interval_ms: number;
      finished_at: number;
    };
    expect(run.interval_ms).toBe(150);
    expect(run.finished_at).toBeGreaterThan(started);
    db.close();
  },
  6 * PROBE_TIMEOUT_MS + 10_000,
);

it('stops at its time bound and tells monitoring gaps from outages', async () => {
  const db = openDatabase(join(temp.dir, 'gaps.db'));
  const competition = createCompetition(db, 'Gaps');
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  registerSites(db, competition.id, [{ url: `${base}/up/`, name: 'Up' }]);
  const round = startRound(db, competition.id);
  const sites = listSites(db, competition.id);
  const started = Date.now();
  const sweeps = await runMonitor(db, round, sites, { intervalMs: 100, durationMs: 350 });
  expect(Date.now() - started).toBeLessThan(1500);
  expect(sweeps).toBeGreaterThanOrEqual(2);
  expect(sweeps).toBeLessThanOrEqual(4);
  // The monitor was stopped for a while (the machine slept), then ran again.
  await new Promise((resume) => setTimeout(resume, 700));
  await runMonitor(db, round, sites, { intervalMs: 100, maxSweeps: 2 });
  const report = uptimeReports(db, round.id).get(sites[0]!.id)!;
  expect(report.uptime).toBe(1);
  expect(report.outages).toEqual([]);
  expect(report.gaps).toHaveLength(1);
  expect(report.gaps[0]!.to - report.gaps[0]!.from).toBeGreaterThanOrEqual(700);
  await expect(runMonitor(db, round, sites, { intervalMs: 50 })).rejects.toThrow('the monitor needs a bound');
  db.close();
});

it('names where a redirect went when the site fails there, not only the address registered', async () => {
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const closed = createServer();
  await new Promise<void>((ready) => closed.listen(0, '127.0.0.1', ready));
  refusedPortForRedirect = (closed.address() as AddressInfo).port;
  await new Promise((done) => closed.close(done));
  const site = { id: 1, url: `${base}/moved/`, name: 'Moved' } as Parameters<typeof probe>[0];
  const refused = await probe(site, 2000);
  expect(refused.ok).toBe(false);
  expect(refused.error).toContain(`http://127.0.0.1:${refusedPortForRedirect}/gone/`);
  expect(refused.error).toMatch(/ECONNREFUSED/);
  const down = await probe({ ...site, url: `${base}/moved-down/` }, 2000);
  expect(down).toMatchObject({ ok: false, statusCode: 503 });
  expect(down.error).toBe(`HTTP 503 at ${base}/down/`);
  const up = await probe({ ...site, url: `${base}/up/` }, 2000);
  expect(up).toMatchObject({ ok: true, error: '' });
});
