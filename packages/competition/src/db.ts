import { DatabaseSync } from 'node:sqlite';
import { LATEST_SCHEMA_VERSION, MIGRATIONS } from './migrations.ts';

/**
 * How long a writer waits for another process's write to finish before giving up. The monitor writes a probe
 * every few seconds and evaluators save a sheet at a time, so real waits are milliseconds; the margin covers
 * a slow disk and a long `round run` import.
 */
export const BUSY_TIMEOUT_MS = 15_000;

export type Database = DatabaseSync;

export interface OpenOptions {
  /** Migrate only this far (tests use it to build databases as an older release left them). */
  schemaVersion?: number;
}

/** Opens (creating if needed) a competition database in WAL mode and brings its schema up to date. */
export function openDatabase(file: string, options: OpenOptions = {}): Database {
  const db = new DatabaseSync(file, { timeout: BUSY_TIMEOUT_MS, enableForeignKeyConstraints: true });
  // WAL lets the leaderboard and evaluator pages read while the monitor writes; NORMAL sync is safe in WAL.
  db.exec('PRAGMA journal_mode = WAL');
  db.exec('PRAGMA synchronous = NORMAL');
  migrate(db, options.schemaVersion ?? LATEST_SCHEMA_VERSION);
  return db;
}

export function schemaVersion(db: Database): number {
  const row = db.prepare('PRAGMA user_version').get() as { user_version: number };
  return row.user_version;
}

function migrate(db: Database, target: number): void {
  if (schemaVersion(db) > LATEST_SCHEMA_VERSION) {
    throw new Error(
      `${db.location() ?? 'database'} has schema version ${schemaVersion(db)}, newer than this druk-audit ` +
        `understands (${LATEST_SCHEMA_VERSION}); upgrade druk-audit before opening it`,
    );
  }
  for (const migration of MIGRATIONS) {
    if (migration.version > target) break;
    transaction(db, () => {
      // Read again under the write lock: another process may have migrated while we waited for it.
      if (schemaVersion(db) >= migration.version) return;
      db.exec(migration.sql);
      db.exec(`PRAGMA user_version = ${migration.version}`);
    });
  }
}

/**
 * Runs `work` in one write transaction. BEGIN IMMEDIATE takes the write lock up front (waiting up to the busy
 * timeout), so two processes never both read, then both try to upgrade to writing and deadlock.
 */
export function transaction<T>(db: Database, work: () => T): T {
  db.exec('BEGIN IMMEDIATE');
  try {
    const result = work();
    db.exec('COMMIT');
    return result;
  } catch (error) {
    if (db.isTransaction) db.exec('ROLLBACK');
    throw error;
  }
}
