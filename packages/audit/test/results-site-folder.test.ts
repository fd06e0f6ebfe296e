import { describe, expect, test } from 'vitest';
import { hasDotsOnlyHost, siteFolderName } from '../src/results/site-folder.ts';

describe('site folder names', () => {
  test('keep apart what differs only in scheme, path case or query, and stay readable', () => {
    const pairs = [
      ['http://moh.test/', 'https://moh.test/'],
      ['https://moh.test/Health/', 'https://moh.test/health/'],
      ['https://moh.test/?agency=1', 'https://moh.test/?agency=2'],
    ];
    for (const [one, other] of pairs) expect(siteFolderName(one!)).not.toBe(siteFolderName(other!));
    expect(siteFolderName('https://moh.test/Health/')).toMatch(/^moh\.test-Health-[0-9a-f]{10}$/);
    expect(siteFolderName('http://127.0.0.1:8080/')).toMatch(/^127\.0\.0\.1-8080-[0-9a-f]{10}$/);
  });

  test('are the same for the same site however its URL is written', () => {
    expect(siteFolderName('https://MOH.test/?b=2&a=1#top')).toBe(siteFolderName('https://moh.test/?a=1&b=2'));
  });

  test('are one path segment that never climbs out of the output folder', () => {
    expect(hasDotsOnlyHost('http://../')).toBe(true);
    expect(hasDotsOnlyHost('http://%2e%2e/')).toBe(true);
    expect(hasDotsOnlyHost('http://a..b/')).toBe(false);
    for (const url of ['http://../', 'http://./../../etc/', 'http://x.test/../../']) {
      const name = siteFolderName(url);
      expect(name).not.toMatch(/^\.|\//);
    }
  });
});
