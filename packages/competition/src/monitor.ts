import { setTimeout as sleep } from 'node:timers/promises';
import { ConfigError } from '@druk/audit';
import { type Database, transaction } from './db.ts';
import type { Round, Site } from './store.ts';

export interface MonitorOptions {
  /** Time between the starts of two probe sweeps over every site. */
  intervalMs: number;
  /** Stop after this many sweeps … */
  maxSweeps?: number;
  /** … or after this long, whichever comes first. At least one of the two is required. */
  durationMs?: number;
  /** A site that has not answered in this time counts as down. */
  timeoutMs?: number;
  /** Sites probed at once. */
  concurrency?: number;
  signal?: AbortSignal;
  onSweep?: (sweep: number, probes: ProbeResult[]) => void;
}

export interface ProbeResult {
  siteId: number;
  at: number;
  ok: boolean;
  statusCode: number;
  responseMs: number;
  error: string;
}

/** Redirects a probe follows, as browsers do, before it counts the site down. */
const MAX_REDIRECTS = 20;

/**
 * One HTTP GET: up means a 2xx or 3xx final answer within the timeout. Redirects are followed one by one, so
 * a failure after a redirect names the address where it happened.
 */
export async function probe(site: Site, timeoutMs: number): Promise<ProbeResult> {
  const at = Date.now();
  const started = performance.now();
  const signal = AbortSignal.timeout(timeoutMs);
  let url = site.url;
  const where = () => (url === site.url ? '' : ` at ${url}`);
  try {
    for (let redirects = 0; ; redirects++) {
      const response = await fetch(url, { redirect: 'manual', signal });
      // The body is not needed; cancelling it frees the connection at once.
      await response.body?.cancel();
      const location = response.headers.get('location');
      if (response.status >= 300 && response.status < 400 && location && redirects < MAX_REDIRECTS) {
        url = new URL(location, url).href;
        continue;
      }
      const ok = response.status < 400;
      return {
        siteId: site.id,
        at,
        ok,
        statusCode: response.status,
        responseMs: performance.now() - started,
        error: ok ? '' : `HTTP ${response.status}${where()}`,
      };
    }
  } catch (error) {
    const cause = (error as Error & { cause?: { code?: string; message?: string } }).cause;
    const reason =
      (error as Error).name === 'TimeoutError'
        ? `no answer within ${timeoutMs} ms`
        : (cause?.code ?? cause?.message ?? (error as Error).message);
    return {
      siteId: site.id,
      at,
      ok: false,
      statusCode: 0,
      responseMs: performance.now() - started,
      error: `${reason}${where()}`,
    };
  }
}

async function mapLimited<T, R>(items: T[], limit: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const workers = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) {
      const index = next;
      next += 1;
      results[index] = await work(items[index]!);
    }
  });
  await Promise.all(workers);
  return results;
}

/**
 * Probes every site of an open round on a schedule, bounded in sweeps and time, writing each sweep in one
 * transaction. The run's schedule is recorded so later analysis can tell a gap (the monitor was not running)
 * from an outage (the site did not answer).
 */
export async function runMonitor(db: Database, round: Round, sites: Site[], options: MonitorOptions): Promise<number> {
  if (round.status !== 'open')
    throw new ConfigError(`round ${round.number} is closed; uptime is measured in open rounds`);
  if (!(options.intervalMs > 0)) throw new ConfigError('the probe interval must be a positive number of milliseconds');
  if (options.maxSweeps === undefined && options.durationMs === undefined) {
    throw new ConfigError('the monitor needs a bound: a number of sweeps, a duration, or both');
  }
  const timeoutMs = options.timeoutMs ?? Math.min(10_000, options.intervalMs);
  const started = Date.now();
  const deadline = options.durationMs === undefined ? Infinity : started + options.durationMs;
  const maxSweeps = options.maxSweeps ?? Infinity;
  const runId = Number(
    db
      .prepare('INSERT INTO monitor_run (round_id, interval_ms, timeout_ms, started_at) VALUES (?, ?, ?, ?)')
      .run(round.id, options.intervalMs, timeoutMs, started).lastInsertRowid,
  );
  const insert = db.prepare(
    'INSERT INTO probe (round_id, site_id, monitor_run_id, at, ok, status_code, response_ms, error) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
  );
  let sweeps = 0;
  try {
    while (sweeps < maxSweeps && Date.now() < deadline && !options.signal?.aborted) {
      const sweepStart = Date.now();
      const results = await mapLimited(sites, options.concurrency ?? 8, (site) => probe(site, timeoutMs));
      transaction(db, () => {
        for (const result of results) {
          insert.run(
            round.id,
            result.siteId,
            runId,
            result.at,
            result.ok ? 1 : 0,
            result.statusCode,
            result.responseMs,
            result.error,
          );
        }
      });
      sweeps += 1;
      options.onSweep?.(sweeps, results);
      // The next sweep is due one interval after this one began; when that is past the deadline, the run ends
      // here. Sleeping up to the deadline instead let a timer that fired a millisecond early (Node's timers
      // and Date.now() round differently) start one sweep more than the duration holds.
      const nextSweep = sweepStart + options.intervalMs;
      if (nextSweep >= deadline) break;
      const wait = nextSweep - Date.now();
      if (sweeps < maxSweeps && wait > 0) {
        await sleep(wait, undefined, { signal: options.signal }).catch(() => undefined);
      }
    }
  } finally {
    db.prepare('UPDATE monitor_run SET finished_at = ? WHERE id = ?').run(Date.now(), runId);
  }
  return sweeps;
}

export interface Outage {
  from: number;
  to: number;
  probes: number;
  /** The first failure's reason, e.g. "HTTP 503" or "ECONNREFUSED". */
  reason: string;
}

export interface Gap {
  from: number;
  to: number;
}

export interface UptimeReport {
  siteId: number;
  probes: number;
  up: number;
  /** Share of probes answered (0-1), or null with no probes. */
  uptime: number | null;
  meanResponseMs: number | null;
  outages: Outage[];
  /** Stretches where the monitor did not probe although its schedule said it should have. */
  gaps: Gap[];
}

/** Uptime, outages and monitoring gaps of every site probed in a round. */
export function uptimeReports(db: Database, roundId: number): Map<number, UptimeReport> {
  const rows = db
    .prepare(
      `SELECT probe.site_id, probe.at, probe.ok, probe.response_ms, probe.error,
         2 * monitor_run.interval_ms + monitor_run.timeout_ms AS allowed_ms
       FROM probe LEFT JOIN monitor_run ON monitor_run.id = probe.monitor_run_id
       WHERE probe.round_id = ? ORDER BY probe.site_id, probe.at`,
    )
    .all(roundId) as {
    site_id: number;
    at: number;
    ok: number;
    response_ms: number;
    error: string;
    allowed_ms: number | null;
  }[];
  const reports = new Map<number, UptimeReport>();
  let previous: (typeof rows)[number] | undefined;
  let responseTotal = 0;
  for (const row of rows) {
    let report = reports.get(row.site_id);
    if (!report) {
      report = { siteId: row.site_id, probes: 0, up: 0, uptime: null, meanResponseMs: null, outages: [], gaps: [] };
      reports.set(row.site_id, report);
      previous = undefined;
      responseTotal = 0;
    }
    report.probes += 1;
    if (row.ok) {
      report.up += 1;
      responseTotal += row.response_ms;
      report.meanResponseMs = responseTotal / report.up;
    } else {
      const last = report.outages.at(-1);
      if (previous && !previous.ok && last) {
        last.to = row.at;
        last.probes += 1;
      } else report.outages.push({ from: row.at, to: row.at, probes: 1, reason: row.error });
    }
    // A sweep may overrun its interval by up to the probe timeout; a whole interval more than that without a
    // probe means the monitor was stopped or the machine slept. (Probes from before schema 2 have no run.)
    const allowed = row.allowed_ms ?? previous?.allowed_ms;
    if (previous && allowed && row.at - previous.at > allowed) report.gaps.push({ from: previous.at, to: row.at });
    report.uptime = report.up / report.probes;
    previous = row;
  }
  return reports;
}
