import { describe, expect, it } from 'vitest';
import { segmentDzongkha, segmentForIndex, withoutAddedSpaces } from '../src/client/segment.ts';
import { segmentHtmlText } from '../src/build/search-index.ts';
import { loadContent } from '../src/content/load.ts';
import { atomFeed, rssFeed } from '../src/feeds.ts';
import { contentSecurityPolicy, headersFile, nginxServerConfig, securityHeaders } from '../src/security-headers.ts';
import { markdown, siteFolder } from './fixtures.ts';

describe('feeds', () => {
  const site = siteFolder({
    'src/content/en/news/older.md': markdown({ title: 'Older & wiser', published: '2026-10-01', summary: '<b>x</b>' }),
    'src/content/en/news/newer.md': markdown({ title: 'Newer', published: '2026-11-01' }, 'Body text.'),
    'src/content/dz/news/only-dz.md': markdown({ title: 'རྫོང་ཁ།', published: '2026-11-02' }),
  });
  const items = loadContent(site).list('news', 'en');
  const info = {
    siteUrl: 'https://example.gov.bt/',
    lang: 'en' as const,
    title: 'News',
    link: 'https://example.gov.bt/en/news/',
    self: 'https://example.gov.bt/en/news/rss.xml',
  };

  it('lists items newest first, escaped, without other-language fallbacks', () => {
    const rss = rssFeed(items, info);
    expect(rss.indexOf('Newer')).toBeLessThan(rss.indexOf('Older'));
    expect(rss).toContain('Older &amp; wiser');
    expect(rss).toContain('&lt;b&gt;x&lt;/b&gt;');
    expect(rss).not.toContain('རྫོང་ཁ');
    expect(rss).toContain('<link>https://example.gov.bt/en/news/newer/</link>');
  });

  it('writes Atom with the newest date as the feed date', () => {
    const atom = atomFeed(items, { ...info, self: 'https://example.gov.bt/en/news/atom.xml' });
    expect(atom).toMatch(/<feed xmlns="http:\/\/www.w3.org\/2005\/Atom" xml:lang="en">/);
    expect(atom).toContain('<updated>2026-10-31T18:00:00.000Z</updated>');
    expect(atom.match(/<entry>/g)).toHaveLength(2);
  });
});

describe('security headers', () => {
  it('allows no inline or third-party script and no framing', () => {
    const csp = contentSecurityPolicy({
      formEndpoint: 'https://forms.example.gov.bt/submit',
      styleHashes: ['sha256-abc='],
    });
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).toContain("script-src 'self' 'wasm-unsafe-eval';");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("form-action 'self' https://forms.example.gov.bt;");
    expect(csp).toContain("style-src 'self' 'sha256-abc='");
  });

  it('writes every header for nginx (also on error pages) and for _headers hosts', () => {
    const headers = securityHeaders();
    const nginx = nginxServerConfig(headers, {
      serverName: 'www.moal.gov.bt',
      root: '/srv/site',
      listen: '127.0.0.1:8080',
    });
    for (const [name] of headers) expect(nginx).toMatch(new RegExp(`add_header ${name} ".+" always;`));
    expect(nginx).toContain('root /srv/site;');
    expect(nginx).toContain('server_name www.moal.gov.bt;');
    expect(nginx).toContain('error_page 404 /404.html;');
    expect(headersFile(headers).split('\n')[0]).toBe('/*');
    expect(headers.map(([name]) => name)).toEqual(
      expect.arrayContaining([
        'Strict-Transport-Security',
        'Referrer-Policy',
        'Permissions-Policy',
        'X-Content-Type-Options',
      ]),
    );
  });
});

describe('Dzongkha search segmentation', () => {
  it('makes every syllable of a tsheg run a separate word', () => {
    expect(segmentDzongkha('མི་སེར་ཞབས་ཏོག་ཡོདཔ་ཨིན།')).toBe('མི་ སེར་ ཞབས་ ཏོག་ ཡོདཔ་ ཨིན།');
  });

  it('leaves Latin text and markup alone', () => {
    expect(segmentDzongkha('Thimphu 2026')).toBe('Thimphu 2026');
    expect(segmentHtmlText('<h1 class="a་b">རྒྱལ་ཁབ།</h1>')).toBe('<h1 class="a་b">རྒྱལ་\u2060 ཁབ། </h1>');
  });

  it('indexes a syllable that ends one element apart from the next element', () => {
    expect(segmentHtmlText('<p>གྱིས་<a href="/">ཡིག་མཛོད</a></p>')).toBe('<p>གྱིས་ <a href="/">ཡིག་\u2060 མཛོད</a></p>');
  });

  it('marks the spaces it adds, so results show the page text exactly', () => {
    const text = 'རྫོང་ཁ་ སློབ་སྦྱོང་། ཐིམ་ཕུ།།';
    const indexed = segmentForIndex(text);
    expect(indexed.replace(/\u2060/g, '')).toBe('རྫོང་ ཁ་ སློབ་ སྦྱོང་ ། ཐིམ་ ཕུ། ། ');
    expect(withoutAddedSpaces(indexed)).toBe(`${text} `);
    // Pagefind wraps a matched word, with what follows it up to the space, in <mark>.
    expect(withoutAddedSpaces('ཞབས་\u2060 <mark>ཏོག་\u2060</mark> ཡོདཔ།\u2060 ')).toBe('ཞབས་<mark>ཏོག་</mark>ཡོདཔ།');
    expect(withoutAddedSpaces('གླུ་\u2060 གཞས།\u2060')).toBe('གླུ་གཞས།');
  });
});
