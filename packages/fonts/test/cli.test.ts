import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const cli = fileURLToPath(new URL('../src/cli.ts', import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'druk-fonts-cli-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const run = (...args: string[]) => spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', cwd: work });

describe('druk-fonts', () => {
  it('copies the fonts, licences and stylesheet', () => {
    const result = run('copy', join(work, 'public', '_fonts'));
    expect(result.status).toBe(0);
    expect(existsSync(join(work, 'public', '_fonts', 'druk-fonts.css'))).toBe(true);
    expect(existsSync(join(work, 'public', '_fonts', 'LICENSE-Jomolhari.txt'))).toBe(true);
  });

  it('subsets a built site and reports what it wrote', () => {
    const site = join(work, 'dist');
    mkdirSync(site);
    writeFileSync(join(site, 'index.html'), '<html lang="dz"><p>རྫོང་ཁ་</p></html>');
    const result = run('subset', site, '--fonts-dir', 'assets/fonts');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^1 page, 6 Tibetan characters, [\d.]+ s$/m);
    expect(result.stdout).toMatch(
      /Jomolhari, 6 characters: \d+ B \(full font 362200 B\) -> assets\/fonts\/files\/.*-subset-/,
    );
  }, 30_000);

  it('explains a wrong command or a folder without pages', () => {
    const unknown = run('shrink', work);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain('Unknown command "shrink".');
    const empty = join(work, 'empty');
    mkdirSync(empty);
    const noPages = run('subset', empty);
    expect(noPages.status).toBe(1);
    expect(noPages.stderr).toContain('No .html files in');
    expect(run().status).toBe(2);
  });
});
