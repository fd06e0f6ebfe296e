import { randomBytes } from 'node:crypto';
import {
  ConfigError,
  hasDotsOnlyHost,
  type CategoryId,
  type FindingStatus,
  type PageKind,
  type Severity,
  type SiteResult,
} from '@druk/audit';
import { type Database, transaction } from './db.ts';
import { DEFAULT_RUBRIC, type Rubric, rubricSchema } from './rubric.ts';

// Typed access to the competition tables. Every write that touches more than one row runs in one
// transaction, so a crash or a concurrent writer never leaves half a crawl or half a score sheet.

export interface Competition {
  id: number;
  name: string;
  rubric: Rubric;
  createdAt: number;
}

export interface Site {
  id: number;
  url: string;
  name: string;
  agency: string;
  contactEmail: string;
}

export interface Round {
  id: number;
  competitionId: number;
  number: number;
  status: 'open' | 'closed';
  startedAt: number;
  closedAt: number | null;
}

export interface Evaluator {
  id: number;
  name: string;
  token: string;
  /** Their link no longer opens the page (until a new one is issued). */
  revoked: boolean;
}

/** A crawl as kept in the store: the parts of an audit result that scoring, comparison and reports use. */
export interface StoredCrawl {
  siteUrl: string;
  status: 'ok' | 'unreachable';
  error: string;
  startedAt: number;
  finishedAt: number;
  overall: number | null;
  pages: {
    url: string;
    kind: PageKind;
    statusCode: number | null;
    title: string;
    error: string;
    /** Sketch of the main text; '' for pages with little text and crawls stored before schema 3. */
    textSketch: string;
  }[];
  findings: {
    key: string;
    ruleId: string;
    category: CategoryId;
    severity: Severity;
    status: FindingStatus;
    message: string;
    pages: string[];
  }[];
  categoryScores: Partial<Record<CategoryId, number>>;
}

type Row = Record<string, unknown>;

/** Rows from `db.prepare(sql).all()`, typed by the caller (the SQL names the columns). */
function all<T>(db: Database, sql: string, ...params: (string | number | null)[]): T[] {
  return db.prepare(sql).all(...params) as T[];
}

function one<T>(db: Database, sql: string, ...params: (string | number | null)[]): T | undefined {
  return db.prepare(sql).get(...params) as T | undefined;
}

export function createCompetition(db: Database, name: string, rubric: Rubric = DEFAULT_RUBRIC): Competition {
  if (!name.trim()) throw new ConfigError('a competition needs a name');
  if (one(db, 'SELECT id FROM competition WHERE name = ?', name)) {
    throw new ConfigError(`a competition named "${name}" already exists in this database`);
  }
  const createdAt = Date.now();
  const { lastInsertRowid } = db
    .prepare('INSERT INTO competition (name, rubric, created_at) VALUES (?, ?, ?)')
    .run(name, JSON.stringify(rubric), createdAt);
  return { id: Number(lastInsertRowid), name, rubric, createdAt };
}

/** The competition named, or the only one in the database when no name is given. */
export function getCompetition(db: Database, name?: string): Competition {
  const rows = all<{ id: number; name: string; rubric: string; created_at: number }>(
    db,
    'SELECT * FROM competition ORDER BY id',
  );
  const matching = name ? rows.filter((row) => row.name === name) : rows;
  if (matching.length === 0) {
    throw new ConfigError(
      name ? `no competition named "${name}" in this database` : 'this database has no competition yet; run init',
    );
  }
  if (matching.length > 1) {
    throw new ConfigError(`this database holds several competitions; name one (${rows.map((r) => r.name).join(', ')})`);
  }
  const row = matching[0]!;
  return { id: row.id, name: row.name, rubric: rubricSchema.parse(JSON.parse(row.rubric)), createdAt: row.created_at };
}

export interface SiteRegistration {
  url: string;
  name: string;
  agency?: string;
  contactEmail?: string;
}

/** The URL as stored: parsed, with a trailing slash on a bare origin, so one site is never registered twice. */
export function normaliseSiteUrl(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new ConfigError(`"${url}" is not a URL (it needs http:// or https://)`);
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    throw new ConfigError(`"${url}" is not an http(s) URL`);
  }
  if (hasDotsOnlyHost(parsed.href)) throw new ConfigError(`"${url}" names no host (its host is only dots)`);
  parsed.hash = '';
  return parsed.href;
}

/** Registers sites, updating the name, agency and contact of a URL registered before. */
export function registerSites(
  db: Database,
  competitionId: number,
  sites: SiteRegistration[],
): { added: number; updated: number } {
  const counts = { added: 0, updated: 0 };
  transaction(db, () => {
    for (const site of sites) {
      const url = normaliseSiteUrl(site.url);
      const existing = one<{ id: number }>(
        db,
        'SELECT id FROM site WHERE competition_id = ? AND url = ?',
        competitionId,
        url,
      );
      if (existing) {
        db.prepare('UPDATE site SET name = ?, agency = ?, contact_email = ? WHERE id = ?').run(
          site.name,
          site.agency ?? '',
          site.contactEmail ?? '',
          existing.id,
        );
        counts.updated += 1;
      } else {
        db.prepare(
          'INSERT INTO site (competition_id, url, name, agency, contact_email, registered_at) VALUES (?, ?, ?, ?, ?, ?)',
        ).run(competitionId, url, site.name, site.agency ?? '', site.contactEmail ?? '', Date.now());
        counts.added += 1;
      }
    }
  });
  return counts;
}

export function listSites(db: Database, competitionId: number): Site[] {
  return all<Row>(db, 'SELECT * FROM site WHERE competition_id = ? ORDER BY id', competitionId).map((row) => ({
    id: row.id as number,
    url: row.url as string,
    name: row.name as string,
    agency: row.agency as string,
    contactEmail: row.contact_email as string,
  }));
}

function newToken(): string {
  return randomBytes(18).toString('base64url');
}

/** Adds an evaluator with a fresh secret token (their key to the scoring page). */
export function addEvaluator(db: Database, competitionId: number, name: string): Evaluator {
  if (!name.trim()) throw new ConfigError('an evaluator needs a name');
  if (one(db, 'SELECT id FROM evaluator WHERE competition_id = ? AND name = ?', competitionId, name)) {
    throw new ConfigError(`an evaluator named "${name}" already exists`);
  }
  const token = newToken();
  const { lastInsertRowid } = db
    .prepare('INSERT INTO evaluator (competition_id, name, token) VALUES (?, ?, ?)')
    .run(competitionId, name, token);
  return { id: Number(lastInsertRowid), name, token, revoked: false };
}

const EVALUATOR_COLUMNS = 'id, name, token, revoked_at IS NOT NULL AS revoked';

function toEvaluator<T extends { revoked: unknown }>(row: T): T & { revoked: boolean } {
  return { ...row, revoked: Boolean(row.revoked) };
}

export function listEvaluators(db: Database, competitionId: number): Evaluator[] {
  return all<Evaluator>(
    db,
    `SELECT ${EVALUATOR_COLUMNS} FROM evaluator WHERE competition_id = ? ORDER BY id`,
    competitionId,
  ).map(toEvaluator);
}

function evaluatorNamed(db: Database, competitionId: number, name: string): Evaluator {
  const evaluator = listEvaluators(db, competitionId).find((candidate) => candidate.name === name);
  if (!evaluator) throw new ConfigError(`there is no evaluator named "${name}"`);
  return evaluator;
}

/** The evaluator whose link has this token; a revoked link has none. */
export function evaluatorByToken(db: Database, token: string): (Evaluator & { competitionId: number }) | undefined {
  const row = one<Evaluator & { competitionId: number }>(
    db,
    `SELECT ${EVALUATOR_COLUMNS}, competition_id AS competitionId FROM evaluator WHERE token = ? AND revoked_at IS NULL`,
    token,
  );
  return row && toEvaluator(row);
}

/** Stops an evaluator's link from opening the page; their scores stay. */
export function revokeEvaluatorLink(db: Database, competitionId: number, name: string): Evaluator {
  const evaluator = evaluatorNamed(db, competitionId, name);
  db.prepare('UPDATE evaluator SET revoked_at = ? WHERE id = ?').run(Date.now(), evaluator.id);
  return { ...evaluator, revoked: true };
}

/** Gives an evaluator a new link (a new token); the old one stops working. */
export function reissueEvaluatorLink(db: Database, competitionId: number, name: string): Evaluator {
  const evaluator = evaluatorNamed(db, competitionId, name);
  const token = newToken();
  db.prepare('UPDATE evaluator SET token = ?, revoked_at = NULL WHERE id = ?').run(token, evaluator.id);
  return { ...evaluator, token, revoked: false };
}

function toRound(row: Row): Round {
  return {
    id: row.id as number,
    competitionId: row.competition_id as number,
    number: row.number as number,
    status: row.status as Round['status'],
    startedAt: row.started_at as number,
    closedAt: (row.closed_at as number | null) ?? null,
  };
}

export function listRounds(db: Database, competitionId: number): Round[] {
  return all<Row>(db, 'SELECT * FROM round WHERE competition_id = ? ORDER BY number', competitionId).map(toRound);
}

/** Round `number`, or the latest round when no number is given. */
export function getRound(db: Database, competitionId: number, number?: number): Round {
  const rounds = listRounds(db, competitionId);
  const round = number === undefined ? rounds.at(-1) : rounds.find((candidate) => candidate.number === number);
  if (!round) {
    throw new ConfigError(number === undefined ? 'no round has been started yet' : `there is no round ${number}`);
  }
  return round;
}

export function openRound(db: Database, competitionId: number): Round {
  const round = listRounds(db, competitionId).find((candidate) => candidate.status === 'open');
  if (!round) throw new ConfigError('no round is open; start one with `round start`');
  return round;
}

export function startRound(db: Database, competitionId: number): Round {
  return transaction(db, () => {
    const rounds = listRounds(db, competitionId);
    const open = rounds.find((round) => round.status === 'open');
    if (open) throw new ConfigError(`round ${open.number} is still open; close it before starting another`);
    const number = (rounds.at(-1)?.number ?? 0) + 1;
    db.prepare('INSERT INTO round (competition_id, number, status, started_at) VALUES (?, ?, ?, ?)').run(
      competitionId,
      number,
      'open',
      Date.now(),
    );
    return getRound(db, competitionId, number);
  });
}

export function markRoundClosed(db: Database, roundId: number): void {
  db.prepare("UPDATE round SET status = 'closed', closed_at = ? WHERE id = ?").run(Date.now(), roundId);
}

/**
 * Why a page failed, and where: a redirect's failure names the address it went to, since that is where the
 * agency has to look (the registered address may be fine).
 */
function pageFailure(page: SiteResult['pages'][number]): string {
  const reason = page.error?.message ?? `HTTP ${page.status}`;
  return page.finalUrl && page.finalUrl !== page.url
    ? `${reason} at ${page.finalUrl} (redirected from ${page.url})`
    : reason;
}

/** Turns a druk-audit site result into the crawl the store keeps. */
export function crawlFromResult(siteUrl: string, result: SiteResult): StoredCrawl {
  const reached = result.pages.filter((page) => page.kind !== 'error' && page.status !== null && page.status < 400);
  const failed = result.pages.find((page) => page.error || (page.status !== null && page.status >= 400));
  return {
    siteUrl,
    status: reached.length > 0 ? 'ok' : 'unreachable',
    error: reached.length > 0 ? '' : failed ? pageFailure(failed) : 'no page could be loaded',
    startedAt: Date.parse(result.startedAt),
    finishedAt: Date.parse(result.finishedAt),
    overall: reached.length > 0 ? result.score.overall : null,
    pages: result.pages.map((page) => ({
      url: page.url,
      kind: page.kind,
      statusCode: page.status,
      title: page.title ?? '',
      error: page.error?.message ?? '',
      textSketch: page.textSketch ?? '',
    })),
    findings: result.findings.map((finding) => ({
      key: finding.key,
      ruleId: finding.ruleId,
      category: finding.category,
      severity: finding.severity,
      status: finding.status,
      message: finding.message,
      pages: finding.pages,
    })),
    categoryScores:
      reached.length > 0
        ? Object.fromEntries(result.score.categories.map((category) => [category.category, category.score]))
        : {},
  };
}

/** Stores a site's crawl for a round, replacing any earlier crawl of that site in that round. */
export function saveCrawl(db: Database, roundId: number, siteId: number, crawl: StoredCrawl): void {
  transaction(db, () => {
    db.prepare('DELETE FROM crawl WHERE round_id = ? AND site_id = ?').run(roundId, siteId);
    const { lastInsertRowid } = db
      .prepare(
        'INSERT INTO crawl (round_id, site_id, status, error, overall, started_at, finished_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
      )
      .run(roundId, siteId, crawl.status, crawl.error, crawl.overall, crawl.startedAt, crawl.finishedAt);
    const crawlId = Number(lastInsertRowid);
    const insertPage = db.prepare(
      'INSERT OR IGNORE INTO page (crawl_id, url, kind, status_code, title, error, text_sketch) VALUES (?, ?, ?, ?, ?, ?, ?)',
    );
    for (const page of crawl.pages)
      insertPage.run(crawlId, page.url, page.kind, page.statusCode, page.title, page.error, page.textSketch);
    const insertFinding = db.prepare(
      'INSERT OR IGNORE INTO finding (crawl_id, finding_key, rule_id, category, severity, status, message, pages) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
    );
    for (const finding of crawl.findings) {
      insertFinding.run(
        crawlId,
        finding.key,
        finding.ruleId,
        finding.category,
        finding.severity,
        finding.status,
        finding.message,
        JSON.stringify(finding.pages),
      );
    }
    const insertScore = db.prepare('INSERT INTO category_score (crawl_id, category, score) VALUES (?, ?, ?)');
    for (const [category, score] of Object.entries(crawl.categoryScores)) insertScore.run(crawlId, category, score);
  });
}

/** Every crawl of a round, keyed by site id. */
export function loadCrawls(db: Database, roundId: number): Map<number, StoredCrawl> {
  const crawls = new Map<number, StoredCrawl>();
  const rows = all<Row>(
    db,
    'SELECT crawl.*, site.url AS site_url FROM crawl JOIN site ON site.id = crawl.site_id WHERE round_id = ?',
    roundId,
  );
  for (const row of rows) {
    const crawlId = row.id as number;
    crawls.set(row.site_id as number, {
      siteUrl: row.site_url as string,
      status: row.status as StoredCrawl['status'],
      error: row.error as string,
      startedAt: row.started_at as number,
      finishedAt: row.finished_at as number,
      overall: (row.overall as number | null) ?? null,
      pages: all<Row>(db, 'SELECT * FROM page WHERE crawl_id = ? ORDER BY id', crawlId).map((page) => ({
        url: page.url as string,
        kind: page.kind as PageKind,
        statusCode: (page.status_code as number | null) ?? null,
        title: page.title as string,
        error: page.error as string,
        textSketch: page.text_sketch as string,
      })),
      findings: all<Row>(db, 'SELECT * FROM finding WHERE crawl_id = ? ORDER BY id', crawlId).map((finding) => ({
        key: finding.finding_key as string,
        ruleId: finding.rule_id as string,
        category: finding.category as CategoryId,
        severity: finding.severity as Severity,
        status: finding.status as FindingStatus,
        message: finding.message as string,
        pages: JSON.parse(finding.pages as string) as string[],
      })),
      categoryScores: Object.fromEntries(
        all<{ category: string; score: number }>(
          db,
          'SELECT category, score FROM category_score WHERE crawl_id = ?',
          crawlId,
        ).map((score) => [score.category, score.score]),
      ),
    });
  }
  return crawls;
}

export interface ManualScore {
  siteId: number;
  evaluatorId: number;
  criterion: string;
  score: number;
  comment: string;
}

/**
 * A score as an evaluator types it: digits with at most two decimals, a comma allowed for the point
 * ("7", "7.5", "7,25"). Number() would also take "0x5", "1e1" and "5.123456789", which no evaluator means.
 */
export function parseScore(text: string): number {
  const trimmed = text.trim();
  if (!/^\d+(?:[.,]\d{1,2})?$/.test(trimmed)) {
    throw new ConfigError(`"${text}" is not a score: write a number such as 7 or 7.5, with at most 2 decimals`);
  }
  return Number(trimmed.replace(',', '.'));
}

/**
 * Saves one evaluator's scores for one site (a whole sheet row at once). Scores are checked against the
 * rubric: an unknown criterion or a score outside 0..max is an error naming it. A criterion left out keeps
 * the score saved before; `null` clears it. Every change is kept in the score history, with `source` (the
 * scoring page, or the file imported).
 */
export function saveManualScores(
  db: Database,
  round: Round,
  rubric: Rubric,
  entry: {
    siteId: number;
    evaluatorId: number;
    scores: Record<string, number | null>;
    comment?: string;
    source: string;
  },
): void {
  if (round.status !== 'open')
    throw new ConfigError(`round ${round.number} is closed; its scores can no longer change`);
  for (const [criterion, score] of Object.entries(entry.scores)) {
    const definition = rubric.manualCriteria.find((candidate) => candidate.id === criterion);
    if (!definition) {
      throw new ConfigError(
        `"${criterion}" is not a manual criterion of this competition (${rubric.manualCriteria.map((c) => c.id).join(', ')})`,
      );
    }
    if (score !== null && (!Number.isFinite(score) || score < 0 || score > definition.max)) {
      throw new ConfigError(`the score for "${criterion}" must be between 0 and ${definition.max}, not ${score}`);
    }
  }
  transaction(db, () => {
    // Read under the write lock: the round may have been closed since the caller looked.
    const status = one<{ status: string }>(db, 'SELECT status FROM round WHERE id = ?', round.id)?.status;
    if (status !== 'open') throw new ConfigError(`round ${round.number} is closed; its scores can no longer change`);
    if (!one(db, 'SELECT id FROM site WHERE id = ? AND competition_id = ?', entry.siteId, round.competitionId)) {
      throw new ConfigError(`site ${entry.siteId} is not registered in this competition`);
    }
    const now = Date.now();
    for (const [criterion, score] of Object.entries(entry.scores)) {
      const old =
        one<{ score: number }>(
          db,
          'SELECT score FROM manual_score WHERE round_id = ? AND site_id = ? AND evaluator_id = ? AND criterion = ?',
          round.id,
          entry.siteId,
          entry.evaluatorId,
          criterion,
        )?.score ?? null;
      if (old !== score) {
        db.prepare(
          `INSERT INTO score_change (round_id, site_id, evaluator_id, criterion, old_score, new_score, source, changed_at)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
        ).run(round.id, entry.siteId, entry.evaluatorId, criterion, old, score, entry.source, now);
      }
      if (score === null) {
        db.prepare(
          'DELETE FROM manual_score WHERE round_id = ? AND site_id = ? AND evaluator_id = ? AND criterion = ?',
        ).run(round.id, entry.siteId, entry.evaluatorId, criterion);
        continue;
      }
      db.prepare(
        `INSERT INTO manual_score (round_id, site_id, evaluator_id, criterion, score, comment, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?)
         ON CONFLICT (round_id, site_id, evaluator_id, criterion)
         DO UPDATE SET score = excluded.score, comment = excluded.comment, updated_at = excluded.updated_at`,
      ).run(round.id, entry.siteId, entry.evaluatorId, criterion, score, entry.comment ?? '', now);
    }
  });
}

/** Manual scores of a round, for one evaluator or (closed rounds, aggregation) for everyone. */
export function loadManualScores(db: Database, roundId: number, evaluatorId?: number): ManualScore[] {
  const rows = all<Row>(
    db,
    `SELECT site_id, evaluator_id, criterion, score, comment FROM manual_score
     WHERE round_id = ? AND (? IS NULL OR evaluator_id = ?) ORDER BY site_id, evaluator_id, criterion`,
    roundId,
    evaluatorId ?? null,
    evaluatorId ?? null,
  );
  return rows.map((row) => ({
    siteId: row.site_id as number,
    evaluatorId: row.evaluator_id as number,
    criterion: row.criterion as string,
    score: row.score as number,
    comment: row.comment as string,
  }));
}

export interface ScoreChange {
  changedAt: number;
  evaluator: string;
  site: string;
  criterion: string;
  /** `null`: there was no score before (or it was cleared). */
  oldScore: number | null;
  newScore: number | null;
  source: string;
}

/** Every change to a round's manual scores, oldest first. */
export function listScoreChanges(db: Database, roundId: number): ScoreChange[] {
  return all<ScoreChange>(
    db,
    `SELECT change.changed_at AS changedAt, evaluator.name AS evaluator, site.name AS site, change.criterion,
            change.old_score AS oldScore, change.new_score AS newScore, change.source
     FROM score_change AS change
     JOIN evaluator ON evaluator.id = change.evaluator_id
     JOIN site ON site.id = change.site_id
     WHERE change.round_id = ? ORDER BY change.changed_at, change.id`,
    roundId,
  );
}
