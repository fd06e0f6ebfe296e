/**
 * The competition database's schema history. Each entry moves the schema from `version - 1` to `version`;
 * entries are never edited once released (an existing database has already run them), only appended.
 * `PRAGMA user_version` records how far a database has come.
 */
export interface Migration {
  version: number;
  description: string;
  sql: string;
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    description: 'competitions, sites, rounds, crawls, pages, findings, scores, evaluators, manual scores, probes',
    sql: `
      CREATE TABLE competition (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE,
        rubric TEXT NOT NULL,
        created_at INTEGER NOT NULL
      );
      CREATE TABLE site (
        id INTEGER PRIMARY KEY,
        competition_id INTEGER NOT NULL REFERENCES competition(id),
        url TEXT NOT NULL,
        name TEXT NOT NULL,
        agency TEXT NOT NULL DEFAULT '',
        contact_email TEXT NOT NULL DEFAULT '',
        registered_at INTEGER NOT NULL,
        UNIQUE (competition_id, url)
      );
      CREATE TABLE round (
        id INTEGER PRIMARY KEY,
        competition_id INTEGER NOT NULL REFERENCES competition(id),
        number INTEGER NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('open', 'closed')),
        started_at INTEGER NOT NULL,
        closed_at INTEGER,
        UNIQUE (competition_id, number)
      );
      CREATE TABLE crawl (
        id INTEGER PRIMARY KEY,
        round_id INTEGER NOT NULL REFERENCES round(id),
        site_id INTEGER NOT NULL REFERENCES site(id),
        status TEXT NOT NULL CHECK (status IN ('ok', 'unreachable')),
        error TEXT NOT NULL DEFAULT '',
        overall REAL,
        started_at INTEGER NOT NULL,
        finished_at INTEGER NOT NULL,
        UNIQUE (round_id, site_id)
      );
      CREATE TABLE page (
        id INTEGER PRIMARY KEY,
        crawl_id INTEGER NOT NULL REFERENCES crawl(id) ON DELETE CASCADE,
        url TEXT NOT NULL,
        kind TEXT NOT NULL,
        status_code INTEGER,
        title TEXT NOT NULL DEFAULT '',
        error TEXT NOT NULL DEFAULT '',
        UNIQUE (crawl_id, url)
      );
      CREATE TABLE finding (
        id INTEGER PRIMARY KEY,
        crawl_id INTEGER NOT NULL REFERENCES crawl(id) ON DELETE CASCADE,
        finding_key TEXT NOT NULL,
        rule_id TEXT NOT NULL,
        category TEXT NOT NULL,
        severity TEXT NOT NULL,
        status TEXT NOT NULL,
        message TEXT NOT NULL DEFAULT '',
        pages TEXT NOT NULL DEFAULT '[]'
      );
      CREATE UNIQUE INDEX finding_crawl_key ON finding (crawl_id, finding_key);
      CREATE TABLE category_score (
        crawl_id INTEGER NOT NULL REFERENCES crawl(id) ON DELETE CASCADE,
        category TEXT NOT NULL,
        score REAL NOT NULL,
        PRIMARY KEY (crawl_id, category)
      );
      CREATE TABLE evaluator (
        id INTEGER PRIMARY KEY,
        competition_id INTEGER NOT NULL REFERENCES competition(id),
        name TEXT NOT NULL,
        token TEXT NOT NULL UNIQUE,
        UNIQUE (competition_id, name)
      );
      CREATE TABLE manual_score (
        round_id INTEGER NOT NULL REFERENCES round(id),
        site_id INTEGER NOT NULL REFERENCES site(id),
        evaluator_id INTEGER NOT NULL REFERENCES evaluator(id),
        criterion TEXT NOT NULL,
        score REAL NOT NULL,
        updated_at INTEGER NOT NULL,
        PRIMARY KEY (round_id, site_id, evaluator_id, criterion)
      );
      CREATE TABLE probe (
        id INTEGER PRIMARY KEY,
        round_id INTEGER NOT NULL REFERENCES round(id),
        site_id INTEGER NOT NULL REFERENCES site(id),
        at INTEGER NOT NULL,
        ok INTEGER NOT NULL,
        status_code INTEGER NOT NULL DEFAULT 0,
        response_ms REAL NOT NULL DEFAULT 0,
        error TEXT NOT NULL DEFAULT ''
      );
      CREATE INDEX probe_round_site ON probe (round_id, site_id, at);
    `,
  },
  {
    // Gaps can only be told from outages if we know when the monitor meant to probe: a monitor run records
    // its schedule, and every probe names the run it belongs to. Evaluators may explain a score in words.
    version: 2,
    description: 'monitor runs (probe schedule, for gap detection), evaluator comments, final round results',
    sql: `
      CREATE TABLE monitor_run (
        id INTEGER PRIMARY KEY,
        round_id INTEGER NOT NULL REFERENCES round(id),
        interval_ms INTEGER NOT NULL,
        timeout_ms INTEGER NOT NULL,
        started_at INTEGER NOT NULL,
        finished_at INTEGER
      );
      ALTER TABLE probe ADD COLUMN monitor_run_id INTEGER REFERENCES monitor_run(id);
      ALTER TABLE manual_score ADD COLUMN comment TEXT NOT NULL DEFAULT '';
      CREATE TABLE result (
        round_id INTEGER NOT NULL REFERENCES round(id),
        site_id INTEGER NOT NULL REFERENCES site(id),
        total REAL,
        rank INTEGER,
        band TEXT NOT NULL DEFAULT '',
        uptime REAL,
        eliminated INTEGER NOT NULL DEFAULT 0,
        elimination_evidence TEXT NOT NULL DEFAULT '',
        categories TEXT NOT NULL DEFAULT '{}',
        PRIMARY KEY (round_id, site_id)
      );
    `,
  },
  {
    // Sites that copy one another were eliminated in the third competition: each page keeps the sketch of
    // its main text (src/results/text-sketch.ts) so a round's sites can be compared page by page.
    version: 3,
    description: "sketch of each page's main text, for finding copied sites",
    sql: `ALTER TABLE page ADD COLUMN text_sketch TEXT NOT NULL DEFAULT '';`,
  },
  {
    // A closed round must not change when sites are registered or renamed later, or the rubric is edited:
    // closing it keeps the rubric and every standing (site names, contacts, scores, ranks) as they were.
    version: 4,
    description: 'snapshot of a closed round: its rubric and standings',
    sql: `
      CREATE TABLE round_snapshot (
        round_id INTEGER PRIMARY KEY REFERENCES round(id),
        rubric TEXT NOT NULL,
        standings TEXT NOT NULL
      );
    `,
  },
  {
    // Evaluators reach the page from their offices: a leaked link must be revocable, and the organisers must
    // be able to see who changed which score when, from what to what.
    version: 5,
    description: 'revoked evaluator links, history of every manual score change',
    sql: `
      ALTER TABLE evaluator ADD COLUMN revoked_at INTEGER;
      CREATE TABLE score_change (
        id INTEGER PRIMARY KEY,
        round_id INTEGER NOT NULL REFERENCES round(id),
        site_id INTEGER NOT NULL REFERENCES site(id),
        evaluator_id INTEGER NOT NULL REFERENCES evaluator(id),
        criterion TEXT NOT NULL,
        old_score REAL,
        new_score REAL,
        source TEXT NOT NULL,
        changed_at INTEGER NOT NULL
      );
      CREATE INDEX score_change_round ON score_change (round_id, changed_at);
    `,
  },
];

export const LATEST_SCHEMA_VERSION = MIGRATIONS.at(-1)?.version ?? 0;
