// A fork of the site template as a new agency makes one: the template's files without the Yulsum
// sample content, another agency's settings, its own pages, and two Dzongkha-only articles made from
// real Dzongkha text the sample does not contain (one paragraph opens with a Latin word).
import { cpSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { REPO_ROOT, TEMPLATE_DIR } from '../support/paths.ts';

/** Where the generated fork lives: inside the workspace, so Vite resolves the linked @druk packages. */
export const FORK_DIR = join(REPO_ROOT, '.cache', 'fork-site');

const DZONGKHA_TEXTS = '/work/shared/data/dzongkha';

/** A Dzongkha Wikipedia excerpt: its first line is the title, the rest the text. */
export function dzongkhaText(file: string): { title: string; paragraphs: string[] } {
  const [title, ...rest] = readFileSync(join(DZONGKHA_TEXTS, file), 'utf8').trim().split('\n');
  return {
    title: (title ?? '').trim(),
    paragraphs: rest
      .join('\n')
      .split(/\n\s*\n/)
      .map((text) => text.trim()),
  };
}

/** Splits a paragraph in two at the space nearest its middle (Dzongkha puts spaces between phrases). */
function halves(paragraph: string): [string, string] {
  const middle = paragraph.indexOf(' ', Math.floor(paragraph.length / 2));
  return [paragraph.slice(0, middle).trim(), paragraph.slice(middle).trim()];
}

const SITE_CONFIG = `import { defineSiteConfig } from '@druk/astro/config';

export default defineSiteConfig({
  url: 'https://zhemgang.gov.bt',
  name: { en: 'Zhemgang Dzongkhag Administration', dz: 'གཞལམ་སྒང་རྫོང་ཁག་བདག་སྐྱོང་།' },
  shortName: { en: 'Zhemgang', dz: 'གཞལམ་སྒང་' },
  logo: 'emblem.svg',
  logoAlt: { en: 'Emblem of Zhemgang Dzongkhag', dz: 'གཞལམ་སྒང་རྫོང་ཁག་གི་རྟགས་མཚན།' },
  contact: {
    address: { en: 'Dzongkhag Administration, Zhemgang Dzong', dz: 'རྫོང་ཁག་བདག་སྐྱོང་། གཞལམ་སྒང་རྫོང་།' },
    postcode: '34101',
    phone: '+975 3 741 201',
    email: 'webmaster@zhemgang.gov.bt',
    hours: { en: 'Monday to Friday, 9:00 to 17:00', dz: 'གཟའ་ཟླ་བ་ལས་ གཟའ་པ་སངས་ཚུན།' },
  },
  accent: '#1d4e6b',
  sections: {
    message: false,
    organogram: false,
    people: false,
    divisions: false,
    gewogs: false,
    tenders: false,
    vacancies: false,
    results: false,
    downloads: false,
    events: false,
    gallery: false,
    faq: false,
  },
  forms: { endpoint: 'https://forms.zhemgang.gov.bt/submit' },
});
`;

const EMBLEM = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100" role="img" aria-labelledby="t"><title id="t">Zhemgang Dzongkhag</title><rect width="100" height="100" rx="12" fill="#1d4e6b"/><path d="M20 78h60v8H20zM28 78V50h44v28zM24 52l26-24 26 24z" fill="#fff"/></svg>
`;

function page(frontMatter: Record<string, string | string[]>, body: string): string {
  const lines = Object.entries(frontMatter).map(([field, value]) =>
    Array.isArray(value) ? `${field}:\n${value.map((item) => `  - ${item}`).join('\n')}` : `${field}: ${value}`,
  );
  return `---\n${lines.join('\n')}\n---\n\n${body.trim()}\n`;
}

/** Pages of the fork, by path under src/content/. */
function pages(): Record<string, string> {
  const rinpung = dzongkhaText('01-dzwiki-paro-rinpung-dzong.txt');
  const zhemgang = dzongkhaText('02-dzwiki-zhemgang-dzongkhag.txt');
  const [rinpungStart, rinpungEnd] = halves(rinpung.paragraphs[0] ?? '');
  const credit = (article: string) => `_ཁུངས། རྫོང་ཁའི་ཝི་ཀི་པི་ཌི་ཡ་ ${article} ལས་ཨིན། (ཝི་ཀི་པི་ཌི་ཡ་གི་བྲི་མི་ཚུ། CC BY-SA 4.0)_`;
  return {
    'en/about/zhemgang.md': page(
      {
        title: 'About Zhemgang Dzongkhag',
        summary: 'Zhemgang lies in south-central Bhutan, between Bumthang, Trongsa, Sarpang and Mongar.',
        vision: 'Every village of Zhemgang reached by the services it needs.',
        mission: 'To serve the gewogs of Zhemgang openly and plan their development with them.',
        mandate: ['Deliver citizen services in the dzongkhag.', 'Protect the forests and parks of the dzongkhag.'],
      },
      'Zhemgang is a dzongkhag of forests and rivers in the south of the country, home to three national parks.',
    ),
    'en/services/forest-clearance.md': page(
      {
        title: 'Apply for a forest clearance',
        summary: 'Permission to cut timber or clear land near a protected forest.',
        who: 'Households and businesses in the dzongkhag.',
        fee: 'Nu. 100',
        time: '14 working days',
        updated: '2026-10-02',
      },
      'Bring your land record and a sketch of the area to the forest range office.',
    ),
    'en/notices/road-survey.md': page(
      {
        title: 'Survey of the Tingtibi road',
        summary: 'Surveyors will work along the Tingtibi road in the coming months.',
        published: '2026-11-01',
        closes: '2099-12-31',
      },
      'Surveyors will mark the edge of the road; please leave the marks in place.',
    ),
    'en/notices/census-camp.md': page(
      { title: 'Census camp at Panbang', published: '2025-03-01', closes: '2025-03-31' },
      'The mobile census team visited Panbang in March.',
    ),
    'en/news/park-rangers.md': page(
      { title: 'New rangers for the national parks', published: '2026-09-20' },
      'Twelve rangers joined the parks of Zhemgang after their training at the forestry institute.',
    ),
    'en/policies/privacy.md': page(
      { title: 'Privacy policy', kind: 'privacy', updated: '2026-10-01' },
      'This website sets no cookies. Messages sent through its forms are used only to answer you; write to webmaster@zhemgang.gov.bt to have yours deleted.',
    ),
    'en/policies/accessibility.md': page(
      { title: 'Accessibility statement', kind: 'accessibility', updated: '2026-10-01' },
      'This website aims to meet WCAG 2.2 at level AA. Tell us about any barrier at webmaster@zhemgang.gov.bt or +975 3 741 201.',
    ),
    'en/policies/terms.md': page(
      { title: 'Terms of use', kind: 'terms', updated: '2026-10-01' },
      'You may copy and share the text of this website if you name Zhemgang Dzongkhag Administration as its source.',
    ),
    'dz/news/paro-rinpung-dzong.md': page(
      { title: rinpung.title, summary: rinpungStart.split(' ').slice(0, 4).join(' '), published: '2026-11-10' },
      // The second paragraph opens with a Latin word, as Dzongkha text naming a person or an office often does.
      `${rinpungStart}\n\nDzongpen ${rinpungEnd}\n\n${credit(rinpung.title)}`,
    ),
    'dz/news/zhemgang-dzongkhag.md': page(
      { title: zhemgang.title, published: '2026-11-12' },
      `${zhemgang.paragraphs.join('\n\n').replace(/^• /gm, '- ')}\n\n${credit(zhemgang.title)}`,
    ),
  };
}

/**
 * Writes the fork into `dir` (replacing what was there): the template's files that make a site,
 * minus its content, logo and downloads, plus the fork's own config and pages.
 */
export function generateFork(dir = FORK_DIR): string {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const file of ['astro.config.mjs', 'package.json', 'tsconfig.json', '.gitignore']) {
    cpSync(join(TEMPLATE_DIR, file), join(dir, file));
  }
  symlinkSync(join(TEMPLATE_DIR, 'node_modules'), join(dir, 'node_modules'));
  writeFileSync(join(dir, 'site.config.ts'), SITE_CONFIG);
  mkdirSync(join(dir, 'public'), { recursive: true });
  writeFileSync(join(dir, 'public', 'emblem.svg'), EMBLEM);
  for (const [path, text] of Object.entries(pages())) {
    const file = join(dir, 'src', 'content', path);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, text);
  }
  return dir;
}
