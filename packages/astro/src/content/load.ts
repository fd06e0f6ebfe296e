import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, relative } from 'node:path';
import { LANGS, type Lang } from '@druk/locale';
import type { Section, SiteConfig } from '../config.ts';
import { renderMarkdownWithLinks, type MarkdownLink } from '../markdown.ts';
import { DrukValidationError, parseOrThrow } from '../validation.ts';
import { splitFrontMatter } from './frontmatter.ts';
import { fillSiteFields } from './site-fields.ts';
import { COLLECTIONS, SLUG, collectionSchemas, type CollectionName, type EntryData } from './schemas.ts';

/** One Markdown file: a page in one language. */
export interface Entry<C extends CollectionName = CollectionName> {
  collection: C;
  slug: string;
  lang: Lang;
  /** Path relative to the site folder, for error messages and "edit this page" hints. */
  file: string;
  data: EntryData<C>;
  html: string;
  /** Links written in the body, with their line in `file` (checked against the built site). */
  links: MarkdownLink[];
}

/** An entry as shown in one language: its own text, or the other language's with `fallback`. */
export interface LocalisedEntry<C extends CollectionName = CollectionName> {
  entry: Entry<C>;
  /** The language the page is served in (the route), which may differ from `entry.lang`. */
  lang: Lang;
  /** True when the text is not available in `lang` and the other language is shown instead. */
  fallback: boolean;
}

/** Size and format of a downloadable file, computed at build. */
export interface FileInfo {
  bytes: number;
  /** Upper-case extension, e.g. PDF, XLSX. */
  format: string;
}

export interface LoadOptions {
  /** The site folder (holding site.config.ts); file names in errors are relative to it. */
  root: string;
  /** Markdown content: <contentDir>/<lang>/<collection>/<slug>.md, pictures in <contentDir>/images/. */
  contentDir: string;
  /** Static files; downloads live in <publicDir>/downloads/. */
  publicDir: string;
  config: SiteConfig;
}

/** The newest content date of an entry: what "Last updated" shows. */
export function entryDate(entry: Entry): Date | undefined {
  const data = entry.data as Record<string, unknown>;
  const dates = ['updated', 'published', 'date', 'starts']
    .map((field) => data[field])
    .filter((value): value is Date => value instanceof Date);
  return dates.length ? new Date(Math.max(...dates.map((date) => date.getTime()))) : undefined;
}

/** Whether a time-bound entry (notice, tender, vacancy) has closed at `now`. */
export function isClosed(entry: Entry, now: Date): boolean {
  const closes = (entry.data as { closes?: Date }).closes;
  return closes !== undefined && closes.getTime() < now.getTime();
}

function sortEntries<C extends CollectionName>(entries: Entry<C>[]): Entry<C>[] {
  const dates = new Map(entries.map((entry) => [entry, entryDate(entry)?.getTime() ?? 0]));
  return entries.sort((a, b) => {
    const order = (a.data.order as number) - (b.data.order as number);
    if (order !== 0) return order;
    const dated = (dates.get(b) as number) - (dates.get(a) as number);
    return dated !== 0 ? dated : a.data.title.localeCompare(b.data.title);
  });
}

/** Every content file of a site, validated, rendered and paired across languages. */
export class SiteContent {
  readonly config: SiteConfig;
  private readonly byCollection = new Map<CollectionName, Map<string, Partial<Record<Lang, Entry>>>>();
  private readonly files = new Map<string, FileInfo>();
  private readonly lists = new Map<string, LocalisedEntry[]>();

  constructor(config: SiteConfig) {
    this.config = config;
  }

  add(entry: Entry): void {
    this.lists.clear();
    let slugs = this.byCollection.get(entry.collection);
    if (!slugs) this.byCollection.set(entry.collection, (slugs = new Map()));
    const pair = slugs.get(entry.slug) ?? {};
    pair[entry.lang] = entry;
    slugs.set(entry.slug, pair);
  }

  addFile(path: string, info: FileInfo): void {
    this.files.set(path, info);
  }

  /** Size and format of a file in public/ (downloads, tender documents), as validated at load. */
  fileInfo(path: string): FileInfo {
    const info = this.files.get(path);
    if (!info) throw new Error(`No file information for ${path}: it was not referenced by any content.`);
    return info;
  }

  /** Whether the section a collection belongs to is switched on in site.config.ts. */
  enabled(section: CollectionName | Section): boolean {
    const sections = this.config.sections as Record<string, boolean>;
    return sections[section] ?? true;
  }

  /**
   * All entries of a collection in `lang`, falling back to the other language per entry. Sorted
   * once and kept: every page's navigation, feeds and listings ask for the same lists.
   */
  list<C extends CollectionName>(collection: C, lang: Lang): LocalisedEntry<C>[] {
    const key = `${collection}/${lang}`;
    let listed = this.lists.get(key);
    if (!listed) {
      const slugs = this.byCollection.get(collection);
      const chosen: Entry[] = [];
      if (slugs && this.enabled(collection)) {
        for (const pair of slugs.values()) chosen.push((pair[lang] ?? pair[lang === 'en' ? 'dz' : 'en']) as Entry);
      }
      listed = sortEntries(chosen).map((entry) => ({ entry, lang, fallback: entry.lang !== lang }));
      this.lists.set(key, listed);
    }
    return [...listed] as LocalisedEntry<C>[];
  }

  /** Every entry of the switched-on sections, in both languages (each file once). */
  entries(): Entry[] {
    return [...this.byCollection]
      .filter(([collection]) => this.enabled(collection))
      .flatMap(([, slugs]) => [...slugs.values()].flatMap((pair) => Object.values(pair)));
  }

  /** One entry in `lang` (or its fallback), or undefined. */
  get<C extends CollectionName>(collection: C, slug: string, lang: Lang): LocalisedEntry<C> | undefined {
    return this.list(collection, lang).find(({ entry }) => entry.slug === slug);
  }

  /** Time-bound entries split into open (listed) and closed (archived) at `now`. */
  partition<C extends CollectionName>(collection: C, lang: Lang, now: Date) {
    const all = this.list(collection, lang);
    return {
      open: all.filter(({ entry }) => !isClosed(entry, now)),
      closed: all.filter(({ entry }) => isClosed(entry, now)),
    };
  }
}

function walkMarkdown(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.md'))
    .sort();
}

/**
 * Reads every Markdown file under the content folder. Any problem (unknown folder, bad slug,
 * wrong front matter, missing picture or download) throws an error naming the file and field.
 */
export function loadContent(options: LoadOptions): SiteContent {
  const { root, contentDir, publicDir, config } = options;
  const content = new SiteContent(config);
  for (const lang of LANGS) {
    const langDir = join(contentDir, lang);
    for (const name of walkMarkdown(langDir)) {
      const path = join(langDir, name);
      const file = relative(root, path);
      const [collection, slugFile, ...rest] = name.split('/');
      if (!slugFile || rest.length > 0 || !(COLLECTIONS as string[]).includes(collection as string)) {
        throw new Error(
          `${file}: put each page in ${relative(root, contentDir)}/${lang}/<collection>/<name>.md, where <collection> is one of: ${COLLECTIONS.join(', ')}.`,
        );
      }
      const slug = slugFile.replace(/\.md$/, '');
      if (!SLUG.test(slug)) {
        throw new Error(
          `${file}: the file name "${slug}" must be lower-case letters, digits and single hyphens (it becomes the address).`,
        );
      }
      const kind = collection as CollectionName;
      const { data, body, bodyLine } = splitFrontMatter(readFileSync(path, 'utf8'), file);
      const parsed = parseOrThrow(collectionSchemas[kind], data, file) as EntryData<CollectionName>;
      const address = (parsed as { address?: string }).address;
      if (address !== undefined && address !== slug) {
        throw new DrukValidationError(file, [
          { field: 'address', message: `is "${address}" but the file is named ${slug}.md; make them the same` },
        ]);
      }
      checkReferencedFiles(kind, parsed as Record<string, unknown>, { file, contentDir, publicDir, content });
      content.add({
        collection: kind,
        slug,
        lang,
        file,
        data: parsed,
        ...renderMarkdownWithLinks(fillSiteFields(body, config, lang, file, bodyLine), config.markdownHtml, bodyLine),
      });
    }
  }
  return content;
}

/** Front-matter fields that name files; each must exist. Downloads get their size and format. */
function checkReferencedFiles(
  collection: CollectionName,
  data: Record<string, unknown>,
  context: { file: string; contentDir: string; publicDir: string; content: SiteContent },
): void {
  const problems: { field: string; message: string }[] = [];
  for (const { field, path } of imageFields(data)) {
    if (!existsSync(join(context.contentDir, path))) {
      problems.push({ field, message: `the picture ${path} is not in the content folder` });
    }
  }
  const checkDownload = (field: string, value: unknown) => {
    if (typeof value !== 'string') return;
    const path = join(context.publicDir, value);
    if (!existsSync(path)) {
      problems.push({ field, message: `the file public/${value} does not exist` });
      return;
    }
    context.content.addFile(value, { bytes: statSync(path).size, format: extname(value).slice(1).toUpperCase() });
  };
  checkDownload('file', data.file);
  checkDownload('document', data.document);
  // Services also have `documents`, but theirs name papers to bring, not files.
  if (collection === 'tenders' && Array.isArray(data.documents)) {
    data.documents.forEach((item, index) => checkDownload(`documents[${index}]`, item));
  }
  if (problems.length) throw new DrukValidationError(context.file, problems);
}

/** The pictures a front matter names (`photo`, `image`, `images[n].src`), as paths in the content folder. */
export function imageFields(data: Record<string, unknown>): { field: string; path: string }[] {
  const fields: { field: string; path: unknown }[] = [
    { field: 'photo', path: data.photo },
    { field: 'image', path: data.image },
    ...(Array.isArray(data.images)
      ? data.images.map((item: { src?: unknown } | undefined, index) => ({
          field: `images[${index}].src`,
          path: item?.src,
        }))
      : []),
  ];
  return fields.filter((item): item is { field: string; path: string } => typeof item.path === 'string');
}
