import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { CHROMIUM_ARGS, findChromium } from './find.js';

describe('findChromium', () => {
  test('uses CHROMIUM_PATH when it points at an executable', () => {
    const dir = mkdtempSync(join(tmpdir(), 'druk-chromium-'));
    const fake = join(dir, 'chrome');
    writeFileSync(fake, '#!/bin/sh\n', { mode: 0o755 });
    expect(findChromium({ CHROMIUM_PATH: fake })).toBe(fake);
  });

  test('refuses a CHROMIUM_PATH that does not exist instead of testing another browser', () => {
    expect(() => findChromium({ CHROMIUM_PATH: '/nonexistent/chrome' })).toThrow(
      /CHROMIUM_PATH is set to \/nonexistent\/chrome/,
    );
  });

  test('refuses a CHROMIUM_PATH that is not executable', () => {
    const dir = mkdtempSync(join(tmpdir(), 'druk-chromium-'));
    const file = join(dir, 'chrome');
    writeFileSync(file, '', { mode: 0o644 });
    expect(() => findChromium({ CHROMIUM_PATH: file })).toThrow(/no executable/);
  });
});

describe('CHROMIUM_ARGS', () => {
  test('let only loopback names resolve', () => {
    expect(CHROMIUM_ARGS).toContain('--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE localhost');
  });

  test('never override Playwright’s own --disable-features list', () => {
    expect(CHROMIUM_ARGS.some((arg) => arg.startsWith('--disable-features'))).toBe(false);
  });
});
