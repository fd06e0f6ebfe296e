// The `druk-audit competition` command as an organiser runs it: the real binary, the real auditor.
import { spawn } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { tempDir } from '../fixtures.ts';
import { REPO_ROOT } from '../../../../test/support/paths.ts';
import { serveStatic, type StaticServer } from '../../../../test/support/static-server.ts';
import { GOOD, writeSite } from './fleet.ts';

const CLI = join(REPO_ROOT, 'packages/audit/src/cli.ts');
const temp = tempDir();
let site: StaticServer;

beforeAll(async () => {
  writeSite(join(temp.dir, 'site'), 'Ministry of Test', GOOD, 2);
  site = await serveStatic(join(temp.dir, 'site'));
});

afterAll(async () => {
  await site.close();
  temp.remove();
});

function druk(...args: string[]): Promise<{ code: number | null; out: string; err: string }> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [CLI, 'competition', '--db', 'c.db', ...args], { cwd: temp.dir });
    let out = '';
    let err = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk));
    child.stderr.on('data', (chunk: Buffer) => (err += chunk));
    child.on('close', (code) => done({ code, out, err }));
  });
}

it('registers, audits with the real auditor and writes the leaderboard through the druk-audit binary', async () => {
  expect(await druk('init', '--name', 'Binary test')).toMatchObject({ code: 0 });
  writeFileSync(
    join(temp.dir, 'sites.csv'),
    `url,name,agency,contact_email\n${site.url},Ministry of Test,MoT,web@mot.test\n`,
  );
  expect((await druk('register', '--csv', 'sites.csv')).out).toContain('1 sites registered');
  expect((await druk('round', 'start')).out).toContain('round 1 started');
  const run = await druk('round', 'run', '--max-pages', '2');
  expect(run.err).toBe('');
  expect(run.out).toContain(`audited\t${site.url}`);
  expect(run.out).toContain('1 sites audited (0 unreachable, 0 already done)');
  // The audit's own files go next to the database, not into the working directory's report folder.
  expect(existsSync(join(temp.dir, 'c-audits', 'round-1'))).toBe(true);
  expect(existsSync(join(temp.dir, 'druk-audit-report'))).toBe(false);
  expect((await druk('round', 'close')).out).toContain('1 sites ranked');
  expect((await druk('leaderboard', '--out', 'board')).code).toBe(0);
  expect(existsSync(join(temp.dir, 'board', 'leaderboard.dz.html'))).toBe(true);
  expect(await druk('round', 'close')).toMatchObject({ code: 2, err: expect.stringContaining('no round is open') });
  // One site takes about 15 s alone; a machine busy with other builds can triple that.
}, 240_000);
