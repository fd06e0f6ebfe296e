import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ConfigError, parseCsv, siteFolderName } from '@druk/audit';
import { writeLeaderboard } from '../src/leaderboard.ts';
import { runRound } from '../src/rounds.ts';
import { closeRound } from '../src/scoring.ts';
import { createCompetition, listSites, registerSites, startRound } from '../src/store.ts';
import { openDatabase } from '../src/db.ts';
import { fakeAuditor, type FakeSite, tempDir } from './fixtures.ts';

const temp = tempDir();
afterAll(() => temp.remove());

/** Sites the old folder names (host and lower-cased path) merged into three folders. */
const LOOK_ALIKES = [
  'http://moh.test/',
  'https://moh.test/',
  'https://moh.test/Health/',
  'https://moh.test/health/',
  'https://moh.test/?agency=1',
  'https://moh.test/?agency=2',
  'https://moh.test:8443/',
];

function csvRecords(file: string): Record<string, string>[] {
  const [header, ...rows] = parseCsv(readFileSync(file, 'utf8')).filter((row) => row.some(Boolean));
  return rows.map((row) => Object.fromEntries(header!.map((name, column) => [name, row[column] ?? ''])));
}

describe('report packs and mailing list', () => {
  it('gives seven look-alike sites seven distinct packs, each mailed to its own agency', async () => {
    const db = openDatabase(join(temp.dir, 'look-alikes.db'));
    const competition = createCompetition(db, 'Look-alikes');
    registerSites(
      db,
      competition.id,
      LOOK_ALIKES.map((url, index) => ({
        url,
        name: `Agency ${index + 1}`,
        agency: `A${index + 1}`,
        contactEmail: `web${index + 1}@moh.test`,
      })),
    );
    const sites: Record<string, FakeSite> = Object.fromEntries(
      listSites(db, competition.id).map((site, index) => [site.url, { score: 40 + index * 5 }]),
    );
    const round = startRound(db, competition.id);
    await runRound(db, round, { auditor: fakeAuditor(sites) });
    closeRound(db, competition, round);
    const out = join(temp.dir, 'look-alikes');
    writeLeaderboard(db, competition, out);

    const folders = readdirSync(join(out, 'reports')).filter((name) => name !== 'mailing-list.csv');
    expect(folders).toHaveLength(7);
    const mailing = csvRecords(join(out, 'reports', 'mailing-list.csv'));
    expect(mailing).toHaveLength(7);
    for (const row of mailing) {
      const pack = JSON.parse(readFileSync(join(out, 'reports', row.report_json!), 'utf8'));
      expect(pack.site).toMatchObject({ id: row.site, name: row.name, agency: row.agency });
      expect(row.site).toBe(siteFolderName(pack.site.url));
      expect(row.contact_email).toBe(`web${row.name!.split(' ')[1]}@moh.test`);
      expect(pack.total).toBe(40 + (Number(row.name!.split(' ')[1]) - 1) * 5);
    }
    db.close();
  });

  it('refuses to register a URL whose host is only dots', () => {
    const db = openDatabase(join(temp.dir, 'dots.db'));
    const competition = createCompetition(db, 'Dots');
    expect(() => registerSites(db, competition.id, [{ url: 'http://../', name: 'Up' }])).toThrow(ConfigError);
    expect(() => registerSites(db, competition.id, [{ url: 'http://../', name: 'Up' }])).toThrow(/names no host/);
    db.close();
  });

  it('neutralises registration text a spreadsheet would run as a formula', async () => {
    const db = openDatabase(join(temp.dir, 'formulas.db'));
    const competition = createCompetition(db, 'Formulas');
    const hostile = {
      url: 'http://formula.test/',
      name: '=HYPERLINK("http://evil.test","Open")',
      agency: "+cmd|' /C calc'!A0",
      contactEmail: '@SUM(1+1)',
    };
    registerSites(db, competition.id, [
      hostile,
      { url: 'http://minus.test/', name: '-2+3', agency: '\tTabbed', contactEmail: '\rweb@minus.test' },
    ]);
    const round = startRound(db, competition.id);
    await runRound(db, round, {
      auditor: fakeAuditor({ 'http://formula.test/': { score: 70 }, 'http://minus.test/': { score: 60 } }),
    });
    closeRound(db, competition, round);
    const out = join(temp.dir, 'formulas');
    writeLeaderboard(db, competition, out);

    const mailing = csvRecords(join(out, 'reports', 'mailing-list.csv'));
    expect(mailing[0]).toMatchObject({
      name: `'${hostile.name}`,
      agency: `'${hostile.agency}`,
      contact_email: `'${hostile.contactEmail}`,
    });
    expect(mailing[1]).toMatchObject({ name: "'-2+3", agency: "'\tTabbed", contact_email: "'\rweb@minus.test" });
    const board = csvRecords(join(out, 'leaderboard.csv'));
    expect(board.map((row) => row.name)).toEqual([`'${hostile.name}`, "'-2+3"]);
    // Numbers stay numbers.
    expect(board[0]!.total).toBe('70');
    db.close();
  });

  it('leaves the previous complete set when a run fails part way', async () => {
    const db = openDatabase(join(temp.dir, 'fails.db'));
    const competition = createCompetition(db, 'Fails');
    registerSites(db, competition.id, [{ url: 'http://first.test/', name: 'First' }]);
    const round = startRound(db, competition.id);
    const auditor = fakeAuditor({ 'http://first.test/': { score: 70 }, 'http://second.test/': { score: 80 } });
    await runRound(db, round, { auditor });
    const out = join(temp.dir, 'fails');
    writeLeaderboard(db, competition, out);
    const before = ['leaderboard.en.html', 'leaderboard.csv', 'reports/mailing-list.csv'].map((file) =>
      readFileSync(join(out, file), 'utf8'),
    );

    registerSites(db, competition.id, [{ url: 'http://second.test/', name: 'Second' }]);
    await runRound(db, round, { auditor, onlyMissing: true });
    // A file where the second site's pack folder goes: its pack cannot be written.
    const blocked = join(out, 'reports', siteFolderName('http://second.test/'));
    mkdirSync(join(out, 'reports'), { recursive: true });
    writeFileSync(blocked, 'not a folder');
    expect(() => writeLeaderboard(db, competition, out)).toThrow();

    const after = ['leaderboard.en.html', 'leaderboard.csv', 'reports/mailing-list.csv'].map((file) =>
      readFileSync(join(out, file), 'utf8'),
    );
    expect(after).toEqual(before);
    expect(readdirSync(out, { recursive: true }).filter((file) => String(file).endsWith('.partial'))).toEqual([]);
    expect(existsSync(join(out, 'reports', siteFolderName('http://first.test/'), 'report.json'))).toBe(true);
    db.close();
  });
});
