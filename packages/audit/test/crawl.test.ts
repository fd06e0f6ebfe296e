import { describe, expect, test } from 'vitest';
import { parseRobots, parseSitemap } from '../src/crawl/robots.ts';
import {
  essentialPageName,
  isSameSite,
  isWanted,
  looksLikeDownload,
  normaliseUrl,
  patternKey,
} from '../src/crawl/urls.ts';

describe('normaliseUrl', () => {
  test('drops the fragment and default port, lower-cases the host and sorts the query', () => {
    expect(normaliseUrl('HTTP://Example.GOV.bt:80/a/?b=2&a=1#top')).toBe('http://example.gov.bt/a/?a=1&b=2');
  });
  test('keeps the query order when asked', () => {
    expect(normaliseUrl('https://x.bt/?b=2&a=1', undefined, { keepQueryOrder: true })).toBe('https://x.bt/?b=2&a=1');
  });
  test('resolves relative links and refuses other schemes', () => {
    expect(normaliseUrl('../news/', 'https://x.bt/en/about/')).toBe('https://x.bt/en/news/');
    expect(normaliseUrl('mailto:info@x.bt')).toBeUndefined();
    expect(normaliseUrl('javascript:void(0)')).toBeUndefined();
    expect(normaliseUrl('http://[bad')).toBeUndefined();
  });
});

test('isSameSite treats www. and the scheme as the same site, other hosts as other sites', () => {
  expect(isSameSite('https://www.moic.gov.bt/x', 'http://moic.gov.bt/')).toBe(true);
  expect(isSameSite('https://dit.gov.bt/', 'https://moic.gov.bt/')).toBe(false);
});

test('patternKey groups news items and calendar pages but not sections', () => {
  expect(patternKey('https://x.bt/news/2026/11/budget-released')).toBe(patternKey('https://x.bt/news/2025/01/office'));
  expect(patternKey('https://x.bt/calendar?month=2026-11')).toBe('/calendar?month=*');
  expect(patternKey('https://x.bt/en/about/')).not.toBe(patternKey('https://x.bt/en/contact/'));
  expect(patternKey('https://x.bt/news/supply-of-office-furniture-for-gewogs')).toBe('/news/*');
});

test('essentialPageName recognises pages by URL or link text, in English and Dzongkha', () => {
  expect(essentialPageName('https://x.bt/en/contact-us/')).toBe('contact');
  expect(essentialPageName('https://x.bt/page/17', 'Privacy policy')).toBe('privacy');
  expect(essentialPageName('https://x.bt/dz/p/3', 'ངོ་སྤྲོད།')).toBe('about');
  expect(essentialPageName('https://x.bt/en/news/')).toBeUndefined();
});

test('downloads are told apart by extension; include/exclude filter URLs', () => {
  expect(looksLikeDownload('https://x.bt/files/Report%202026.PDF')).toBe(true);
  expect(looksLikeDownload('https://x.bt/en/reports/')).toBe(false);
  expect(isWanted('https://x.bt/en/a', [/\/en\//], [])).toBe(true);
  expect(isWanted('https://x.bt/dz/a', [/\/en\//], [])).toBe(false);
  expect(isWanted('https://x.bt/en/print/a', [], [/print/])).toBe(false);
});

describe('robots.txt', () => {
  const robots = parseRobots(`# comment
User-agent: *
Disallow: /private/
Allow: /private/open/
Disallow: /*.php$

User-agent: druk-audit
Disallow: /not-for-audits/
Sitemap: https://x.bt/sitemap-index.xml`);

  test('uses the group naming druk-audit over "*"', () => {
    expect(robots.isAllowed('https://x.bt/not-for-audits/a')).toBe(false);
    expect(robots.isAllowed('https://x.bt/private/a')).toBe(true);
  });
  test('longest match wins, with wildcards and end anchors', () => {
    const generic = parseRobots('User-agent: *\nDisallow: /private/\nAllow: /private/open/\nDisallow: /*.php$');
    expect(generic.isAllowed('https://x.bt/private/a')).toBe(false);
    expect(generic.isAllowed('https://x.bt/private/open/a')).toBe(true);
    expect(generic.isAllowed('https://x.bt/index.php')).toBe(false);
    expect(generic.isAllowed('https://x.bt/index.php?x=1')).toBe(true);
  });
  test('collects sitemaps', () => {
    expect(robots.sitemaps).toEqual(['https://x.bt/sitemap-index.xml']);
  });
});

test('parseSitemap reads URL sets and sitemap indexes', () => {
  expect(parseSitemap('<urlset><url><loc> https://x.bt/a?b=1&amp;c=2 </loc></url></urlset>')).toEqual({
    urls: ['https://x.bt/a?b=1&c=2'],
    nested: [],
  });
  expect(parseSitemap('<sitemapindex><sitemap><loc>https://x.bt/s1.xml</loc></sitemap></sitemapindex>').nested).toEqual(
    ['https://x.bt/s1.xml'],
  );
});
