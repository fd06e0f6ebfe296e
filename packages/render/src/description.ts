// The site description druk-render reads: a small YAML (or JSON) file with what the masthead, header,
// navigation and footer need. Every problem is reported with the file, the line and the field, all at
// once, so that a webmaster can fix the file in one go.
import { isNode, LineCounter, parseDocument, type Document } from 'yaml';

/** The languages every fragment is rendered in. */
export const LANGS = ['en', 'dz'] as const;
export type Lang = (typeof LANGS)[number];

/** Text in both languages, e.g. `{ en: 'Ministry of Health', dz: 'གསོ་བ་ལྷན་ཁག' }`. */
export type Bilingual = Record<Lang, string>;

export interface NavigationItem {
  label: Bilingual;
  href: Bilingual;
}

export interface SiteDescription {
  agency: Bilingual;
  /** The line under the agency's name; the components' "Royal Government of Bhutan" when absent. */
  lineage?: Bilingual;
  logo?: { src: string; alt: Bilingual };
  /** The home page of each language version; the language switcher links to them. */
  languages: Bilingual;
  navigation: NavigationItem[];
  footer: {
    address?: Bilingual;
    phone?: string;
    email?: string;
    sitemap?: Bilingual;
    links: NavigationItem[];
  };
  /** The date the site was last updated, ISO 8601 (YYYY-MM-DD). */
  updated?: string;
  /** The URL path at which the portal serves the `assets` folder druk-render writes. */
  assets: string;
  /** The `id` of the page's main content, which the skip link jumps to. */
  main: string;
}

export const DEFAULT_ASSETS = '/druk/assets';

/** A description that cannot be used: each problem on its own line, as `file:line: field: what is wrong`. */
export class DescriptionError extends Error {
  readonly problems: string[];

  constructor(problems: string[]) {
    super(problems.join('\n'));
    this.name = 'DescriptionError';
    this.problems = problems;
  }
}

type Path = (string | number)[];

/** A field's name as people write it in messages: `navigation[2].label.dz`. */
export function fieldName(path: Path): string {
  return path.map((key, index) => (typeof key === 'number' ? `[${key + 1}]` : index ? `.${key}` : key)).join('');
}

const TIBETAN = /[\u0F00-\u0FFF]/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Collects the problems of one description, and turns its plain values into typed ones. */
class Reader {
  readonly problems: { path: Path; message: string }[] = [];

  problem(path: Path, message: string): undefined {
    this.problems.push({ path, message });
    return undefined;
  }

  object(value: unknown, path: Path, fields: readonly string[]): Record<string, unknown> | undefined {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      return this.problem(path, `expected a mapping with ${fields.join(', ')}`);
    }
    for (const key of Object.keys(value)) {
      if (!fields.includes(key)) this.problem([...path, key], `unknown field; expected one of ${fields.join(', ')}`);
    }
    return value as Record<string, unknown>;
  }

  text(value: unknown, path: Path, expected = 'text'): string | undefined {
    if (value === undefined || value === null) return this.problem(path, `missing; expected ${expected}`);
    if (typeof value !== 'string' || !value.trim())
      return this.problem(path, `expected ${expected}, not ${show(value)}`);
    return value.trim();
  }

  bilingual(value: unknown, path: Path): Bilingual | undefined {
    const fields = this.object(value, path, LANGS);
    if (!fields) return undefined;
    const en = this.text(fields.en, [...path, 'en'], 'the English text');
    const dz = this.text(fields.dz, [...path, 'dz'], 'the Dzongkha text');
    return en && dz ? { en, dz } : undefined;
  }

  url(value: unknown, path: Path): string | undefined {
    const url = this.text(value, path, 'a URL');
    if (url === undefined) return undefined;
    let protocol: string;
    try {
      protocol = new URL(url, 'https://portal.invalid/').protocol;
    } catch {
      return this.problem(path, `"${url}" is not a URL`);
    }
    if (/\s/.test(url) || !['http:', 'https:'].includes(protocol)) {
      return this.problem(path, `"${url}" is not a web address (a path such as /en/about or an https:// URL)`);
    }
    return url;
  }

  /** One URL for both languages, or `{ en, dz }`. */
  urls(value: unknown, path: Path): Bilingual | undefined {
    if (typeof value !== 'object' || value === null) {
      const url = this.url(value, path);
      return url ? { en: url, dz: url } : undefined;
    }
    const fields = this.object(value, path, LANGS);
    if (!fields) return undefined;
    const en = this.url(fields.en, [...path, 'en']);
    const dz = this.url(fields.dz, [...path, 'dz']);
    return en && dz ? { en, dz } : undefined;
  }

  links(value: unknown, path: Path): NavigationItem[] {
    if (value === undefined || value === null) return [];
    if (!Array.isArray(value)) {
      this.problem(path, 'expected a list of items with label and href');
      return [];
    }
    return value.flatMap((item: unknown, index) => {
      const itemPath = [...path, index];
      const fields = this.object(item, itemPath, ['label', 'href']);
      if (!fields) return [];
      const label = this.bilingual(fields.label, [...itemPath, 'label']);
      const href = this.urls(fields.href, [...itemPath, 'href']);
      return label && href ? [{ label, href }] : [];
    });
  }

  phone(value: unknown, path: Path): string | undefined {
    const phone = this.text(value, path, 'a telephone number');
    if (phone && !/^\+?\d{6,15}$/.test(phone.replace(/[\s().-]/g, ''))) {
      return this.problem(path, `"${phone}" is not a telephone number such as +975 2 322 602`);
    }
    return phone;
  }

  email(value: unknown, path: Path): string | undefined {
    const email = this.text(value, path, 'an e-mail address');
    if (email && !EMAIL.test(email)) return this.problem(path, `"${email}" is not an e-mail address`);
    return email;
  }

  date(value: unknown, path: Path): string | undefined {
    // YAML reads an unquoted 2026-11-20 as text (the core schema has no timestamps); JSON has only text.
    const date = this.text(value, path, 'a date such as 2026-11-20');
    const parts = date ? ISO_DATE.exec(date) : null;
    if (!date) return undefined;
    const [year, month, day] = parts ? parts.slice(1).map(Number) : [];
    const valid = parts && new Date(Date.UTC(year!, month! - 1, day!)).getUTCDate() === day;
    if (!valid) return this.problem(path, `"${date}" is not a date written YYYY-MM-DD, such as 2026-11-20`);
    return date;
  }

  id(value: unknown, path: Path): string | undefined {
    const id = this.text(value, path, 'an element id');
    if (id && /[\s#]/.test(id)) return this.problem(path, `"${id}" is not an id (no spaces, no #), e.g. main`);
    return id;
  }
}

function show(value: unknown): string {
  return Array.isArray(value) ? 'a list' : typeof value === 'object' ? 'a mapping' : JSON.stringify(value);
}

const TOP_FIELDS = ['agency', 'lineage', 'logo', 'languages', 'navigation', 'footer', 'updated', 'assets', 'main'];
const FOOTER_FIELDS = ['address', 'phone', 'email', 'sitemap', 'links'];

/** Checks a parsed description; `problems` are given with their field paths. */
function readDescription(value: unknown, reader: Reader): SiteDescription | undefined {
  const top = reader.object(value, [], TOP_FIELDS);
  if (!top) return undefined;
  const agency = reader.bilingual(top.agency, ['agency']);
  if (agency && !TIBETAN.test(agency.dz)) reader.problem(['agency', 'dz'], 'expected the name in Dzongkha script');
  const lineage = top.lineage === undefined ? undefined : reader.bilingual(top.lineage, ['lineage']);
  let logo: SiteDescription['logo'];
  if (top.logo !== undefined) {
    const fields = reader.object(top.logo, ['logo'], ['src', 'alt']);
    const src = fields && reader.url(fields.src, ['logo', 'src']);
    const alt = fields && reader.bilingual(fields.alt, ['logo', 'alt']);
    logo = src && alt ? { src, alt } : undefined;
  }
  const languages = reader.urls(top.languages, ['languages']);
  const navigation = reader.links(top.navigation, ['navigation']);
  const footerFields = top.footer === undefined ? {} : reader.object(top.footer, ['footer'], FOOTER_FIELDS);
  const footer: SiteDescription['footer'] = { links: reader.links(footerFields?.links, ['footer', 'links']) };
  if (footerFields?.address !== undefined)
    footer.address = reader.bilingual(footerFields.address, ['footer', 'address']);
  if (footerFields?.phone !== undefined) footer.phone = reader.phone(footerFields.phone, ['footer', 'phone']);
  if (footerFields?.email !== undefined) footer.email = reader.email(footerFields.email, ['footer', 'email']);
  if (footerFields?.sitemap !== undefined) footer.sitemap = reader.urls(footerFields.sitemap, ['footer', 'sitemap']);
  const updated = top.updated === undefined ? undefined : reader.date(top.updated, ['updated']);
  const assets = top.assets === undefined ? DEFAULT_ASSETS : reader.url(top.assets, ['assets']);
  const main = top.main === undefined ? 'main' : reader.id(top.main, ['main']);
  if (reader.problems.length || !agency || !languages || !assets || !main) return undefined;
  return {
    agency,
    ...(lineage && { lineage }),
    ...(logo && { logo }),
    languages,
    navigation,
    footer,
    ...(updated && { updated }),
    assets: assets.replace(/\/+$/, ''),
    main,
  };
}

/** The line of a field in the file, or of the nearest enclosing field that is there. */
function lineOf(document: Document, lines: LineCounter, path: Path): number {
  for (let depth = path.length; depth >= 0; depth--) {
    const node = depth ? document.getIn(path.slice(0, depth), true) : document.contents;
    if (isNode(node) && node.range) return lines.linePos(node.range[0]).line;
  }
  return 1;
}

/**
 * Reads a site description from the text of a YAML or JSON file (`file` names it in messages).
 * Throws a `DescriptionError` listing every problem as `file:line: field: what is wrong`.
 */
export function parseDescription(text: string, file: string): SiteDescription {
  const lines = new LineCounter();
  // YAML 1.2's core schema reads JSON as well; uniqueKeys makes a repeated field an error.
  const document = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  if (document.errors.length) {
    throw new DescriptionError(
      document.errors.map((error) => `${file}:${lines.linePos(error.pos[0]).line}: ${error.message.split('\n')[0]}`),
    );
  }
  const reader = new Reader();
  const description = readDescription(document.toJS(), reader);
  if (!description) {
    const located = reader.problems.map(({ path, message }) => ({
      line: lineOf(document, lines, path),
      text: `${path.length ? `${fieldName(path)}: ` : ''}${message}`,
    }));
    // In the order of the file (sort is stable: problems of one line keep the order they were found in).
    located.sort((a, b) => a.line - b.line);
    throw new DescriptionError(located.map(({ line, text }) => `${file}:${line}: ${text}`));
  }
  return description;
}
