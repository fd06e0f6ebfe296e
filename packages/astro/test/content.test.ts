import { describe, expect, it } from 'vitest';
import { bhutanDate } from '../src/content/dates.ts';
import { loadContent } from '../src/content/load.ts';
import { siteRoutes } from '../src/routes.ts';
import { markdown, siteFolder } from './fixtures.ts';

const notice = (title: string, closes: string) =>
  markdown({ title, published: '2026-11-01', closes }, `${title} body.`);

describe('content loading', () => {
  it('renders Markdown without raw HTML, so pasted scripts stay text', () => {
    const site = siteFolder({
      'src/content/en/faq/hours.md': markdown({ title: 'Hours?' }, 'Open **daily**.\n\n<script>alert(1)</script>'),
    });
    const [item] = loadContent(site).list('faq', 'en');
    expect(item?.entry.html).toContain('<strong>daily</strong>');
    expect(item?.entry.html).not.toContain('<script>');
    expect(item?.entry.html).toContain('&lt;script&gt;');
  });

  it("fills the agency's own details into page text, in the page's language", () => {
    const site = siteFolder({
      'src/content/en/policies/accessibility.md': markdown(
        { title: 'Accessibility', kind: 'accessibility', updated: '2026-11-01' },
        'Write to {{email}} or call {{ phone }}.\n\n{{name}} answers.',
      ),
      'src/content/dz/policies/accessibility.md': markdown(
        { title: 'འཛུལ་སྤྱོད།', kind: 'accessibility', updated: '2026-11-01' },
        '{{name}} ལུ་ {{email}}',
      ),
    });
    const content = loadContent(site);
    const [en] = content.list('policies', 'en');
    // linkify makes the filled address a mailto: link.
    expect(en?.entry.html).toContain(`<a href="mailto:${site.config.contact.email}">${site.config.contact.email}</a>`);
    expect(en?.entry.html).toContain(`or call ${site.config.contact.phone}.`);
    expect(en?.entry.html).toContain('Example Dzongkhag Administration answers.');
    const [dz] = content.list('policies', 'dz');
    // The name's closing shad is left to the sentence.
    expect(dz?.entry.html).toContain(`དཔེ་ཚད་རྫོང་ཁག་བདག་སྐྱོང་ ལུ་ <a href="mailto:${site.config.contact.email}">`);
  });

  it('names the file and line of an unknown site field', () => {
    const site = siteFolder({
      'src/content/en/policies/privacy.md': markdown(
        { title: 'Privacy', kind: 'privacy', updated: '2026-11-01' },
        'First line.\n\nAsk {{emial}}.',
      ),
    });
    expect(() => loadContent(site)).toThrow(
      /policies\/privacy\.md:\d+: \{\{emial\}\} is not a site field; use one of: .*\{\{email\}\}/,
    );
  });

  it('names the file and field of a wrong front-matter value', () => {
    const site = siteFolder({
      'src/content/en/vacancies/engineer.md': markdown({
        title: 'Engineer',
        published: '2026-11-01',
        closes: '31-12-2026',
        positions: 1,
      }),
    });
    expect(() => loadContent(site)).toThrow(
      /src\/content\/en\/vacancies\/engineer\.md[\s\S]*closes: write a date as YYYY-MM-DD/,
    );
  });

  it('names a missing required field', () => {
    const site = siteFolder({
      'src/content/en/services/permit.md': markdown({ title: 'Permit', summary: 'S', who: 'All' }),
    });
    expect(() => loadContent(site)).toThrow(/permit\.md[\s\S]*fee[\s\S]*time/);
  });

  it('says a missing date is missing, not that its value is wrong', () => {
    const site = siteFolder({ 'src/content/en/news/harvest.md': markdown({ title: 'Harvest' }, 'Text.') });
    expect(() => loadContent(site)).toThrow(
      /src\/content\/en\/news\/harvest\.md has a problem:\n {2}- published: is missing: add this field/,
    );
  });

  it('explains YAML mistakes and unknown folders with the file name', () => {
    expect(() => loadContent(siteFolder({ 'src/content/en/news/a.md': '---\ntitle: a: b\n---\n' }))).toThrow(
      /src\/content\/en\/news\/a\.md: the front matter is not valid YAML/,
    );
    expect(() => loadContent(siteFolder({ 'src/content/en/blog/a.md': markdown({ title: 'A' }) }))).toThrow(
      /blog\/a\.md: put each page in src\/content\/en\/<collection>/,
    );
    expect(() => loadContent(siteFolder({ 'src/content/en/faq/Big_Name.md': markdown({ title: 'A' }) }))).toThrow(
      /file name "Big_Name" must be lower-case/,
    );
  });

  it('checks that pictures and downloads exist, and measures downloads', () => {
    const missing = siteFolder({
      'src/content/en/news/a.md': markdown({
        title: 'A',
        published: '2026-11-01',
        image: 'images/none.jpg',
        imageAlt: 'x',
      }),
    });
    expect(() => loadContent(missing)).toThrow(/news\/a\.md[\s\S]*image: the picture images\/none\.jpg/);
    const site = siteFolder({
      'public/downloads/report.pdf': 'x'.repeat(2048),
      'src/content/en/downloads/report.md': markdown({
        title: 'Report',
        date: '2026-01-01',
        category: 'reports',
        file: 'downloads/report.pdf',
        language: 'en',
      }),
    });
    expect(loadContent(site).fileInfo('downloads/report.pdf')).toEqual({ bytes: 2048, format: 'PDF' });
  });

  it('needs a description of every news picture', () => {
    const site = siteFolder({
      'src/content/images/a.jpg': 'jpeg',
      'src/content/en/news/a.md': markdown({ title: 'A', published: '2026-11-01', image: 'images/a.jpg' }),
    });
    expect(() => loadContent(site)).toThrow(/imageAlt: describe the picture/);
  });

  it('falls back per entry to the other language, and says so', () => {
    const site = siteFolder({
      'src/content/en/faq/both.md': markdown({ title: 'Both', order: 1 }),
      'src/content/dz/faq/both.md': markdown({ title: 'གཉིས་ཆ།', order: 1 }),
      'src/content/en/faq/english-only.md': markdown({ title: 'English only', order: 2 }),
      'src/content/dz/faq/dzongkha-only.md': markdown({ title: 'རྫོང་ཁ་རྐྱངམ།', order: 3 }),
    });
    const content = loadContent(site);
    const dz = content.list('faq', 'dz').map(({ entry, fallback }) => [entry.slug, entry.lang, fallback]);
    expect(dz).toEqual([
      ['both', 'dz', false],
      ['english-only', 'en', true],
      ['dzongkha-only', 'dz', false],
    ]);
    expect(content.get('faq', 'dzongkha-only', 'en')).toMatchObject({
      fallback: true,
      lang: 'en',
      entry: { lang: 'dz' },
    });
  });

  it('moves closed items to the archive at the build date', () => {
    const site = siteFolder({
      'src/content/en/tenders/roads.md': markdown({
        title: 'Roads',
        reference: 'T1',
        published: '2026-11-01',
        closes: '2026-12-01 12:00',
      }),
      'src/content/en/notices/holiday.md': notice('Holiday', '2026-12-01'),
    });
    const content = loadContent(site);
    const at = (when: string) => bhutanDate().parse(when);
    const titles = (when: string, collection: 'tenders' | 'notices') => {
      const { open, closed } = content.partition(collection, 'en', at(when));
      return { open: open.map(({ entry }) => entry.data.title), closed: closed.map(({ entry }) => entry.data.title) };
    };
    expect(titles('2026-12-01 11:59', 'tenders')).toEqual({ open: ['Roads'], closed: [] });
    expect(titles('2026-12-01 12:01', 'tenders')).toEqual({ open: [], closed: ['Roads'] });
    // A closing day without a time stays open until the end of that day.
    expect(titles('2026-12-01 23:58', 'notices')).toEqual({ open: ['Holiday'], closed: [] });
    expect(titles('2026-12-02', 'notices')).toEqual({ open: [], closed: ['Holiday'] });
  });

  it('leaves a switched-off section out of the site', () => {
    const site = siteFolder({ 'src/content/en/gewogs/a.md': markdown({ title: 'A Gewog' }) });
    site.config.sections.gewogs = false;
    const content = loadContent(site);
    expect(content.list('gewogs', 'en')).toEqual([]);
    expect(siteRoutes(content, new Date()).some((route) => route.path.startsWith('gewogs'))).toBe(false);
  });
});

describe('routes', () => {
  it('gives both languages the same pages, and paginates listings of open items', () => {
    const files: Record<string, string> = {};
    for (let index = 1; index <= 12; index += 1)
      files[`src/content/en/notices/n${index}.md`] = notice(`Notice ${index}`, '2099-01-01');
    files['src/content/en/notices/old.md'] = notice('Old', '2020-01-01');
    const site = siteFolder(files);
    site.config.pageSize = 5;
    const routes = siteRoutes(loadContent(site), bhutanDate().parse('2026-11-28'));
    const paths = (lang: 'en' | 'dz') => routes.filter((route) => route.lang === lang).map((route) => route.path);
    expect(paths('dz')).toEqual(paths('en'));
    expect(paths('en')).toEqual(
      expect.arrayContaining(['notices/', 'notices/page/2/', 'notices/page/3/', 'notices/old/']),
    );
    expect(paths('en')).not.toContain('notices/page/4/');
    expect(new Set(paths('en')).size).toBe(paths('en').length);
  });
});
