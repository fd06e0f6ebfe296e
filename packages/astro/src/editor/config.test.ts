import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { LANGS } from '@druk/locale';
import { describe, expect, test, vi } from 'vitest';
import { sampleConfig } from '../../test/fixtures.ts';
import { validateSiteConfig } from '../config.ts';
import { splitFrontMatter } from '../content/frontmatter.ts';
import { COLLECTIONS, collectionSchemas, type CollectionName } from '../content/schemas.ts';
import {
  collectionFields,
  editorConfig,
  fieldLabel,
  requiredTranslatedFields,
  UNIT_LEVELS,
  type EditorField,
} from './config.ts';
import { hasOwnText, UNTRANSLATED_KEY } from './content-paths.js';

const site = validateSiteConfig({
  ...sampleConfig(),
  sections: { gallery: false },
  editor: {
    backend: 'gitlab',
    repo: 'yulsum/website',
    baseUrl: 'https://git.yulsum.gov.bt',
    appId: 'abc',
    folder: 'site/',
  },
});

/** A value the editor's own checks accept for a field, as a person would fill it in. */
function acceptedValue(field: EditorField): unknown {
  switch (field.widget) {
    case 'datetime':
      return '2026-11-28';
    case 'image':
      return 'images/dzong.jpg';
    case 'select':
      return field.options?.[0];
    case 'number':
      return field.min ?? 1;
    case 'list':
      return Array.from({ length: Math.max(field.min ?? 0, 1) }, () =>
        field.field ? acceptedValue(field.field) : objectValue(field.fields ?? []),
      );
    default: {
      const samples: Record<string, string> = {
        phone: '+975 2 322 100',
        email: 'info@yulsum.gov.bt',
        online: 'https://citizenservices.gov.bt/apply',
        address: 'paddy-harvest',
        file: 'downloads/report.pdf',
        document: 'downloads/report.pdf',
        documents: 'downloads/report.pdf',
      };
      const value = samples[field.name] ?? 'Some text';
      if (field.pattern) expect(new RegExp(field.pattern[0]).test(value), `${field.name} sample`).toBe(true);
      return value;
    }
  }
}

function objectValue(fields: EditorField[], { all = false } = {}): Record<string, unknown> {
  return Object.fromEntries(
    fields
      .filter((field) => field.name !== 'body' && (all || field.required))
      .map((field) => [field.name, acceptedValue(field)]),
  );
}

const schemaKeys = (collection: CollectionName): string[] => {
  const schema = collectionSchemas[collection] as unknown as {
    shape?: Record<string, unknown>;
    _zod: { def: { in?: { shape: Record<string, unknown> } } };
  };
  return Object.keys(schema.shape ?? schema._zod.def.in?.shape ?? {});
};

describe('the editor configuration made from the content schemas', () => {
  test.each(COLLECTIONS)('%s: every schema field is in the editor, then the text', (collection) => {
    const fields = collectionFields(collection);
    expect(schemaKeys(collection).length).toBeGreaterThan(3);
    expect(fields.map((field) => field.name).sort()).toEqual([...schemaKeys(collection), 'body'].sort());
  });

  test.each(COLLECTIONS)(
    '%s: the build accepts what the editor accepts with only its required fields',
    (collection) => {
      const data = objectValue(collectionFields(collection));
      expect(collectionSchemas[collection].safeParse(data).error?.issues ?? []).toEqual([]);
      expect(
        collectionSchemas[collection].safeParse(objectValue(collectionFields(collection), { all: true })).success,
      ).toBe(true);
    },
  );

  test.each(COLLECTIONS)('%s: every field the build requires, the editor requires', (collection) => {
    const fields = collectionFields(collection);
    for (const field of fields.filter((field) => field.required && field.name !== 'address')) {
      const data = objectValue(fields);
      delete data[field.name];
      expect(collectionSchemas[collection].safeParse(data).success, `${collection} without ${field.name}`).toBe(false);
    }
    const missing =
      collectionSchemas[collection].safeParse({}).error?.issues.map((issue) => String(issue.path[0])) ?? [];
    for (const name of missing) expect(fields.find((field) => field.name === name)?.required, name).toBe(true);
  });

  test.each(COLLECTIONS)('%s: a text the editor refuses by pattern, the build refuses too', (collection) => {
    const fields = collectionFields(collection);
    for (const field of fields.filter((field) => field.widget === 'string' && field.pattern)) {
      const refused = field.pattern?.[0] === '\\S' ? '   ' : 'not valid here!';
      expect(new RegExp(field.pattern?.[0] ?? '').test(refused), field.name).toBe(false);
      const data = { ...objectValue(fields), [field.name]: refused };
      expect(collectionSchemas[collection].safeParse(data).success, `${collection}.${field.name} = "${refused}"`).toBe(
        false,
      );
    }
  });

  test('enums are selects with the same options, dates are date pickers, pictures image fields', () => {
    const downloads = collectionFields('downloads');
    expect(downloads.find((field) => field.name === 'category')).toMatchObject({
      widget: 'select',
      options: ['acts', 'rules', 'policies', 'guidelines', 'forms', 'reports', 'plans', 'statistics'],
    });
    expect(collectionFields('notices').find((field) => field.name === 'closes')).toMatchObject({
      widget: 'datetime',
      required: true,
      format: 'YYYY-MM-DD',
    });
    const news = collectionFields('news').map((field) => field.name);
    expect(news.indexOf('imageAlt')).toBe(news.indexOf('image') + 1);
    expect(collectionFields('vacancies').find((field) => field.name === 'positions')).toMatchObject({
      min: 1,
      value_type: 'int',
    });
  });

  test('organogram units nest to UNIT_LEVELS levels', () => {
    let units = collectionFields('organogram').find((field) => field.name === 'units');
    let levels = 0;
    while (units) {
      levels += 1;
      units = units.fields?.find((field) => field.name === 'units');
    }
    expect(levels).toBe(UNIT_LEVELS);
  });

  test('one collection per switched-on section, English and Dzongkha side by side, saving to the git host of site.config.ts', () => {
    const config = editorConfig(site);
    expect(config.i18n).toEqual({ structure: 'multiple_folders', locales: ['en', 'dz'], default_locale: 'en' });
    expect(config.collections.map((collection) => collection.name)).toContain('news');
    expect(config.collections.some((collection) => collection.name.startsWith('gallery'))).toBe(false);
    // Decap's folder; editor.js maps site/src/content/news/dz/ to the site's site/src/content/dz/news/.
    expect(config.collections.find((collection) => collection.name === 'news')).toMatchObject({
      folder: 'site/src/content/news',
      i18n: true,
      label: 'News · གསར་འགྱུར།',
    });
    expect(config.backend).toMatchObject({
      name: 'gitlab',
      api_root: 'https://git.yulsum.gov.bt/api/v4',
      auth_type: 'pkce',
    });
    expect(config.publish_mode).toBe('editorial_workflow');
    const local = editorConfig(site, { local: true });
    expect(local.backend).toMatchObject({ name: 'proxy', proxy_url: 'http://127.0.0.1:8081/api/v1' });
    expect(local.publish_mode).toBeUndefined();
    expect(local.collections.find((collection) => collection.name === 'news')?.folder).toBe('src/content/news');
    expect(local.media_folder).toBe('src/content/images');
  });

  test('every list marks an item not yet in Dzongkha and can show only those', () => {
    for (const collection of editorConfig(site).collections) {
      // Decap's ternary filter: the words when the mark is there, nothing when it is not.
      expect(collection.summary, collection.name).toBe(
        `{{title}}{{${UNTRANSLATED_KEY} | ternary(' · English only · ཨིང་ལིཤ་ཁ་རྐྱངམ་ཅིག', '')}}`,
      );
      expect(collection.view_filters, collection.name).toEqual([
        { label: 'Not yet in Dzongkha · རྫོང་ཁ་ལུ་ད་ཚུན་མ་བསྒྱུར།', field: UNTRANSLATED_KEY, pattern: expect.any(String) },
      ]);
      // The mark is not a field of any content type: a real field of that name would be dropped on save.
      const names = collectionFields(collection.name as CollectionName).map((field) => field.name);
      expect(names, collection.name).not.toContain(UNTRANSLATED_KEY);
    }
    const [filter] = editorConfig(site).collections[0]?.view_filters ?? [];
    // Decap tests the pattern as a RegExp against the mark, which names the languages missing.
    expect(new RegExp(filter?.pattern ?? '').test('dz')).toBe(true);
    expect(new RegExp(filter?.pattern ?? '').test('en')).toBe(false);
  });

  test('turns drafts and review on for the local backend only with `npm run edit -- --review`', () => {
    const site = validateSiteConfig({
      ...sampleConfig(),
      editor: { backend: 'gitlab', repo: 'yulsum/website', branch: 'live', review: false },
    });
    vi.stubEnv('DRUK_EDIT_REVIEW', '1');
    try {
      const local = editorConfig(site, { local: true });
      // The site's own `review: false` is for the git host; locally the flag decides.
      expect(local.publish_mode).toBe('editorial_workflow');
      // decap-server branches drafts from, and merges them into, the site's branch.
      expect(local.backend).toMatchObject({ name: 'proxy', branch: 'live' });
    } finally {
      vi.unstubAllEnvs();
    }
    expect(editorConfig(site, { local: true }).publish_mode).toBeUndefined();
  });

  test.each(COLLECTIONS)('%s: words are translated, shared values (dates, pictures, choices) copied', (collection) => {
    const fields = collectionFields(collection);
    const mode = (name: string) => fields.find((field) => field.name === name)?.i18n;
    for (const name of ['title', 'summary', 'translation', 'body']) expect(mode(name), name).toBe(true);
    for (const name of ['address', 'order', 'updated']) expect(mode(name), name).toBe('duplicate');
    for (const field of fields) {
      const shared = ['datetime', 'image', 'number'].includes(field.widget) || field.name === 'address';
      if (shared) expect(field.i18n, field.name).toBe('duplicate');
      // Inside a list or group, everything follows the list: a copied field could not be filled in.
      const inner = [field.field, ...(field.fields ?? [])].filter((item) => item !== undefined);
      for (const item of inner) expect(item.i18n, `${field.name}.${item.name}`).toBe(field.i18n);
    }
    expect(requiredTranslatedFields(collection)).toContain('title');
    expect(fields.find((field) => field.name === 'translation')?.hint).toMatch(/not translated yet/);
  });

  test('language-neutral fields are shared, words translated, across the content types', () => {
    const mode = (collection: CollectionName, name: string) =>
      collectionFields(collection).find((field) => field.name === name)?.i18n;
    expect(mode('news', 'image')).toBe('duplicate');
    expect(mode('news', 'imageAlt')).toBe(true);
    expect(mode('notices', 'closes')).toBe('duplicate');
    expect(mode('downloads', 'category')).toBe('duplicate');
    expect(mode('downloads', 'file')).toBe('duplicate');
    expect(mode('people', 'phone')).toBe('duplicate');
    expect(mode('people', 'email')).toBe('duplicate');
    expect(mode('services', 'online')).toBe('duplicate');
    // Decap's list widget has no 'duplicate': each language keeps its own list.
    expect(mode('tenders', 'documents')).toBe(true);
    expect(mode('services', 'documents')).toBe(true);
    expect(mode('about', 'mandate')).toBe(true);
    expect(mode('gallery', 'images')).toBe(true);
    expect(mode('organogram', 'units')).toBe(true);
    expect(requiredTranslatedFields('services').sort()).toEqual(['fee', 'summary', 'time', 'title', 'who']);
  });

  test.each(COLLECTIONS)('%s: every label is in English and Dzongkha', (collection) => {
    const labels = (fields: EditorField[]): string[] =>
      fields.flatMap((field) => [
        field.label,
        ...labels([...(field.field ? [field.field] : []), ...(field.fields ?? [])]),
      ]);
    for (const label of labels(collectionFields(collection))) {
      expect(label).toMatch(/^[A-Z][\w -]* · [\u0F00-\u0FFF][\u0F00-\u0FFF ]*$/);
    }
    expect(fieldLabel('title')).toBe('Title · མགོ་མིང་།');
  });
});

/** The template's own content: what an agency starts from and edits first. */
const TEMPLATE_CONTENT = fileURLToPath(new URL('../../../../sites/template/src/content/', import.meta.url));

/** The fields the editor requires that `data` leaves out (Decap refuses to save such an entry). */
function missingRequired(fields: EditorField[], data: Record<string, unknown>, prefix = ''): string[] {
  return fields.flatMap((field) => {
    const value = data[field.name];
    const name = `${prefix}${field.name}`;
    if (value === undefined || value === null || value === '') return field.required ? [name] : [];
    if (!field.fields) return [];
    const items = Array.isArray(value) ? value : [value];
    return items.flatMap((item, index) =>
      missingRequired(field.fields ?? [], item as Record<string, unknown>, `${name}.${index}.`),
    );
  });
}

describe('existing files in the editor', () => {
  test.each(COLLECTIONS)('%s: every file of the template can be saved unchanged', (collection) => {
    const fields = collectionFields(collection).filter((field) => field.name !== 'body');
    let files = 0;
    for (const lang of LANGS) {
      const folder = `${TEMPLATE_CONTENT}${lang}/${collection}/`;
      if (!existsSync(folder)) continue;
      for (const name of readdirSync(folder).filter((file) => file.endsWith('.md'))) {
        const { data } = splitFrontMatter(readFileSync(folder + name, 'utf8'), name);
        expect(missingRequired(fields, data as Record<string, unknown>), `${lang}/${collection}/${name}`).toEqual([]);
        files += 1;
      }
    }
    expect(files, `the template has ${collection}`).toBeGreaterThan(0);
  });

  test.each(COLLECTIONS)('%s: every Dzongkha file has its English one and words of its own', (collection) => {
    // Decap opens an item from its English file; a Dzongkha file lacking a required translated field
    // would be taken for what Decap copied from the English side and left unsaved (content-paths.js).
    const folder = (lang: string) => `${TEMPLATE_CONTENT}${lang}/${collection}/`;
    if (!existsSync(folder('dz'))) return;
    for (const name of readdirSync(folder('dz')).filter((file) => file.endsWith('.md'))) {
      expect(existsSync(folder('en') + name), `en/${collection}/${name}`).toBe(true);
      const raw = readFileSync(folder('dz') + name, 'utf8');
      expect(hasOwnText(raw, requiredTranslatedFields(collection)), `dz/${collection}/${name}`).toBe(true);
    }
  });

  test('the address names new files, but existing files written without one stay savable', () => {
    for (const collection of COLLECTIONS) {
      expect(collectionFields(collection).find((field) => field.name === 'address')).toMatchObject({
        required: false,
        pattern: [expect.any(String), expect.stringContaining('lower-case')],
      });
    }
  });
});
