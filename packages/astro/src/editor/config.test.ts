import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { LANGS } from '@druk/locale';
import { describe, expect, test } from 'vitest';
import { sampleConfig } from '../../test/fixtures.ts';
import { validateSiteConfig } from '../config.ts';
import { splitFrontMatter } from '../content/frontmatter.ts';
import { COLLECTIONS, collectionSchemas, type CollectionName } from '../content/schemas.ts';
import { collectionFields, editorConfig, UNIT_LEVELS, type EditorField } from './config.ts';

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

  test('two collections per switched-on section, in en/ and dz/, saving to the git host of site.config.ts', () => {
    const config = editorConfig(site);
    expect(config.collections.map((collection) => collection.name)).toContain('news-dz');
    expect(config.collections.some((collection) => collection.name.startsWith('gallery'))).toBe(false);
    expect(config.collections.find((collection) => collection.name === 'news-dz')?.folder).toBe(
      'site/src/content/dz/news',
    );
    expect(config.backend).toMatchObject({
      name: 'gitlab',
      api_root: 'https://git.yulsum.gov.bt/api/v4',
      auth_type: 'pkce',
    });
    expect(config.publish_mode).toBe('editorial_workflow');
    const local = editorConfig(site, { local: true });
    expect(local.backend).toMatchObject({ name: 'proxy', proxy_url: 'http://127.0.0.1:8081/api/v1' });
    expect(local.publish_mode).toBeUndefined();
    expect(local.collections.find((collection) => collection.name === 'news-en')?.folder).toBe('src/content/en/news');
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

  test('the address names new files, but existing files written without one stay savable', () => {
    for (const collection of COLLECTIONS) {
      expect(collectionFields(collection).find((field) => field.name === 'address')).toMatchObject({
        required: false,
        pattern: [expect.any(String), expect.stringContaining('lower-case')],
      });
    }
  });
});
