// The browser editor's configuration (Decap CMS, ADR 0030), made from the same zod schemas the
// build validates content with and from site.config.ts. Nothing here is written by hand per site:
// a field added to a schema appears in the editor, with its limits, at the next build.
import { z } from 'zod';
import { LANGS, translate, type Lang, type MessageKey } from '@druk/locale';
import type { SiteConfig } from '../config.ts';
import { IMAGE_WARNING_BYTES } from '../build/images.ts';
import { DATE } from '../content/dates.ts';
import {
  ALT_MESSAGE,
  COLLECTIONS,
  DESCRIBED_IMAGES,
  IMAGE,
  SLUG,
  collectionSchemas,
  type CollectionName,
} from '../content/schemas.ts';
import { UNTRANSLATED_KEY } from './content-paths.js';

/** One field of the editor (the subset of Decap's field options the schemas need). */
export interface EditorField {
  name: string;
  label: string;
  widget: 'string' | 'text' | 'markdown' | 'number' | 'select' | 'datetime' | 'image' | 'list' | 'object';
  required: boolean;
  hint?: string;
  pattern?: [string, string];
  default?: unknown;
  options?: string[];
  value_type?: 'int' | 'float';
  min?: number;
  max?: number;
  format?: string;
  date_format?: string;
  time_format?: boolean;
  picker_utc?: boolean;
  choose_url?: boolean;
  media_library?: { config: { max_file_size: number } };
  field?: EditorField;
  fields?: EditorField[];
  /** Translated per language (true) or one value both languages share ('duplicate'). */
  i18n?: true | 'duplicate';
}

export interface EditorCollection {
  name: string;
  label: string;
  label_singular: string;
  folder: string;
  i18n: true;
  create: true;
  extension: 'md';
  format: 'frontmatter';
  identifier_field: 'address';
  slug: '{{slug}}';
  summary: string;
  view_filters: { label: string; field: string; pattern: string }[];
  fields: EditorField[];
}

/** Where the editor saves: a git host, or the local proxy of `npm run edit`. */
export type EditorBackend = Record<string, string | undefined> & { name: string };

export interface EditorConfig {
  load_config_file: false;
  backend: EditorBackend;
  publish_mode?: 'editorial_workflow';
  i18n: { structure: 'multiple_folders'; locales: Lang[]; default_locale: Lang };
  media_folder: string;
  public_folder: 'images';
  slug: { encoding: 'ascii'; clean_accents: true; sanitize_replacement: '-' };
  collections: EditorCollection[];
}

/** The port of the local backend `npm run edit` starts (decap-server), on the loopback interface only. */
export const LOCAL_PROXY_PORT = 8081;

/** The local backend's port: DRUK_EDIT_PROXY_PORT when `npm run edit` was given another one. */
export function localProxyPort(env: Record<string, string | undefined> = process.env): number {
  return Number(env.DRUK_EDIT_PROXY_PORT ?? LOCAL_PROXY_PORT);
}

/**
 * Whether `npm run edit -- --review` runs the local backend on the git repository (DRUK_EDIT_REVIEW=1):
 * saves are then drafts on `cms/<collection>/<address>` branches, published by merging them.
 */
export function localReview(env: Record<string, string | undefined> = process.env): boolean {
  return env.DRUK_EDIT_REVIEW === '1';
}

/** Why editor.js refuses a new entry without an address (existing files may have none). */
export const NEW_ADDRESS_MESSAGE = 'a new page needs its address, e.g. paddy-harvest';

/** The hint of the `translation` field, on both sides of the form. */
export const UNTRANSLATED_HINT =
  'An empty Dzongkha side means the page is not translated yet: only the English file is saved, and the Dzongkha site shows the English page with a notice. Choose needs-review while a Dzongkha text still needs checking.';

/** "English only · …" / "Not yet in Dzongkha · …": the catalogue's words in both languages. */
const bothLanguages = (key: MessageKey): string => `${translate(key, 'en')} · ${translate(key, 'dz')}`;

/**
 * The entry list's line for an item: its title, then "English only" when the wrapped backend marked
 * it as lacking Dzongkha (content-paths.js), nothing when it has it. The only other language is
 * Dzongkha, so a mark means English only.
 */
export const ENTRY_SUMMARY = `{{title}}{{${UNTRANSLATED_KEY} | ternary(' · ${bothLanguages('template.editor.english-only')}', '')}}`;

/** The list's filter that shows only the items not yet in Dzongkha (the mark names the languages missing). */
export const UNTRANSLATED_FILTER = {
  label: bothLanguages('template.editor.not-in-dzongkha'),
  field: UNTRANSLATED_KEY,
  pattern: '\\bdz\\b',
};

/** Organograms nest units in units; the editor offers this many levels (the schema allows any). */
export const UNIT_LEVELS = 4;

interface JsonSchema {
  type?: string;
  pattern?: string;
  format?: string;
  minLength?: number;
  maxLength?: number;
  enum?: string[];
  default?: unknown;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  minItems?: number;
  maxItems?: number;
  items?: JsonSchema;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  $ref?: string;
  $defs?: Record<string, JsonSchema>;
}

const NOT_EMPTY: [string, string] = ['\\S', 'must not be empty'];
const HTTPS: [string, string] = ['^https://\\S+$', 'must be a full https:// address'];

/** The catalogue's words for each field name; the label shows both languages. */
const FIELD_LABELS: Record<string, MessageKey> = {
  title: 'template.editor.title',
  address: 'template.editor.address',
  summary: 'template.editor.summary',
  updated: 'template.last-updated',
  translation: 'template.editor.translation',
  order: 'template.editor.order',
  published: 'template.published',
  closes: 'template.closes',
  vision: 'template.about.vision',
  mission: 'template.about.mission',
  mandate: 'template.about.mandate',
  name: 'template.editor.name',
  position: 'template.editor.position',
  photo: 'template.editor.photo',
  units: 'template.editor.units',
  head: 'template.division.head',
  division: 'template.editor.division',
  phone: 'template.person.phone',
  email: 'template.person.email',
  gup: 'template.gewog.gup',
  villages: 'template.gewog.villages',
  area: 'template.gewog.area',
  who: 'template.service.who',
  documents: 'template.documents',
  fee: 'template.service.fee',
  time: 'template.service.time',
  online: 'template.editor.online',
  reference: 'template.reference',
  positions: 'template.positions',
  grade: 'template.grade',
  document: 'template.editor.document',
  date: 'template.editor.date',
  category: 'template.download.category',
  file: 'template.editor.file',
  language: 'template.download.language',
  image: 'template.editor.image',
  imageAlt: 'template.editor.image-alt',
  starts: 'template.editor.starts',
  ends: 'template.editor.ends',
  venue: 'template.event.venue',
  images: 'template.editor.images',
  src: 'template.editor.picture',
  alt: 'template.editor.description',
  caption: 'template.editor.caption',
  kind: 'template.editor.kind',
  body: 'template.editor.text',
};

/** "Title · མགོ་མིང་།"; a field the catalogue does not know yet keeps its English name (a unit test says so). */
export function fieldLabel(name: string): string {
  const key = FIELD_LABELS[name];
  if (key) return bothLanguages(key);
  const words = name.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** Decap checks `pattern` as a JavaScript RegExp without flags; the image pattern is case-blind. */
function patternOf(schema: JsonSchema): [string, string] | undefined {
  if (schema.format === 'uri') return HTTPS;
  if (schema.pattern) return [schema.pattern, 'does not have the form this field needs'];
  if ((schema.minLength ?? 0) > 0) return NOT_EMPTY;
  return undefined;
}

function editorField(
  name: string,
  schema: JsonSchema,
  required: boolean,
  defs: Record<string, JsonSchema>,
  level: number,
): EditorField | undefined {
  const resolved = schema.$ref ? defs[schema.$ref.replace('#/$defs/', '')] : schema;
  if (!resolved) throw new Error(`editor config: ${name} refers to ${schema.$ref}, which the schema does not define`);
  const base = { name, label: fieldLabel(name), required: required && resolved.default === undefined };
  const withDefault = resolved.default === undefined ? {} : { default: resolved.default };
  if (resolved.enum) return { ...base, ...withDefault, widget: 'select', options: resolved.enum };
  switch (resolved.type) {
    case 'string':
      if (resolved.pattern === DATE.source) {
        // Date only: a closing time (HH:MM) written by hand is kept until the date is changed here.
        return {
          ...base,
          widget: 'datetime',
          format: 'YYYY-MM-DD',
          date_format: 'YYYY-MM-DD',
          time_format: false,
          picker_utc: true,
        };
      }
      if (resolved.pattern === IMAGE.source) {
        // The editor refuses a picture the build would warn about (IMAGE_WARNING_BYTES).
        const media_library = { config: { max_file_size: IMAGE_WARNING_BYTES } };
        return { ...base, widget: 'image', choose_url: false, media_library };
      }
      return { ...base, ...withDefault, widget: 'string', ...optionalPattern(patternOf(resolved)) };
    case 'integer':
    case 'number': {
      const min = resolved.exclusiveMinimum !== undefined ? resolved.exclusiveMinimum + 1 : resolved.minimum;
      const max = resolved.maximum;
      return {
        ...base,
        ...withDefault,
        widget: 'number',
        value_type: resolved.type === 'integer' ? 'int' : 'float',
        ...(min !== undefined && Number.isSafeInteger(min) && min > Number.MIN_SAFE_INTEGER ? { min } : {}),
        ...(max !== undefined && max < Number.MAX_SAFE_INTEGER ? { max } : {}),
      };
    }
    case 'array': {
      const items = resolved.items ?? {};
      const limits = {
        ...(resolved.minItems !== undefined ? { min: resolved.minItems } : {}),
        ...(resolved.maxItems !== undefined ? { max: resolved.maxItems } : {}),
      };
      const item = items.$ref ? defs[items.$ref.replace('#/$defs/', '')] : items;
      if (item?.type === 'object') {
        if (level >= UNIT_LEVELS) return undefined;
        return { ...base, ...withDefault, ...limits, widget: 'list', fields: objectFields(item, defs, level + 1) };
      }
      const single = editorField(name, items, true, defs, level);
      return single && { ...base, ...withDefault, ...limits, widget: 'list', field: single };
    }
    case 'object':
      return { ...base, widget: 'object', fields: objectFields(resolved, defs, level + 1) };
    default:
      throw new Error(
        `editor config: the field ${name} has a type the editor cannot show (${JSON.stringify(resolved)})`,
      );
  }
}

function optionalPattern(pattern: [string, string] | undefined): { pattern?: [string, string] } {
  return pattern ? { pattern } : {};
}

function objectFields(schema: JsonSchema, defs: Record<string, JsonSchema>, level: number): EditorField[] {
  const required = new Set(schema.required ?? []);
  return Object.entries(schema.properties ?? {}).flatMap(([name, property]) => {
    const field = editorField(name, property, required.has(name), defs, level);
    return field ? [field] : [];
  });
}

/**
 * Whether a field holds words, written anew in each language, rather than a value both languages
 * share (a date, a picture, a number, a choice from a list, a phone number, an address, a file).
 * `translation` is a choice but says how far this language's own text can be trusted. Lists and
 * groups are translated as a whole: Decap's list and object widgets accept only `i18n: true` or
 * none (which hides the field on the Dzongkha side), not `duplicate`.
 */
function holdsText(field: EditorField): boolean {
  if (field.name === 'translation') return true;
  switch (field.widget) {
    case 'markdown':
    case 'text':
    case 'list':
    case 'object':
      return true;
    case 'string':
      return field.pattern === undefined || field.pattern === NOT_EMPTY;
    default:
      return false;
  }
}

/** Decap's i18n setting of a field and everything inside it (all translated with their list). */
function setI18n(field: EditorField, i18n: true | 'duplicate'): void {
  field.i18n = i18n;
  if (field.field) setI18n(field.field, i18n);
  for (const inner of field.fields ?? []) setI18n(inner, i18n);
}

/** The front-matter fields of a collection, then the Markdown body, as the editor shows them. */
export function collectionFields(collection: CollectionName): EditorField[] {
  const json = z.toJSONSchema(collectionSchemas[collection], { io: 'input' }) as JsonSchema;
  const fields = objectFields(json, json.$defs ?? {}, 0);
  const address = fields.find((field) => field.name === 'address');
  if (address) {
    // The editor names new files after it; editor.js requires it of new entries only. Required here,
    // it made every existing file written without one (most of the template's) unsavable in the editor.
    Object.assign(address, {
      pattern: [SLUG.source, 'use lower-case English letters, digits and single hyphens'],
      hint: 'The page address in English, e.g. paddy-harvest, shared by the English and Dzongkha versions. Required for a new page; leave it as it is on an existing page.',
    });
  }
  const translation = fields.find((field) => field.name === 'translation');
  if (translation) {
    // The form says it too, for whoever opens an item from a search or a link rather than the list.
    translation.hint = UNTRANSLATED_HINT;
  }
  const described = (DESCRIBED_IMAGES as Partial<Record<CollectionName, readonly [string, string]>>)[collection];
  if (described) {
    // The description goes right after its picture; the save check enforces it (ADR 0030).
    const [picture, description] = described;
    const alt = fields.splice(
      fields.findIndex((field) => field.name === description),
      1,
    )[0] as EditorField;
    alt.hint = `Required when there is a picture: ${ALT_MESSAGE}.`;
    fields.splice(fields.findIndex((field) => field.name === picture) + 1, 0, alt);
  }
  const body: EditorField = { name: 'body', label: fieldLabel('body'), widget: 'markdown', required: false };
  const all = [...fields, body];
  for (const field of all) setI18n(field, holdsText(field) ? true : 'duplicate');
  return all;
}

/**
 * The fields of a collection that a language version must have of its own: the required words.
 * A Dzongkha file without them is only the shared values Decap copies from the English side, and is
 * not written (editor.js); the build would refuse it.
 */
export function requiredTranslatedFields(collection: CollectionName): string[] {
  return collectionFields(collection)
    .filter((field) => field.i18n === true && field.required)
    .map((field) => field.name);
}

/** The Markdown folder the editor works in: `src/content`, under the repository folder of the site. */
export function contentRoot(config: SiteConfig, { local = false } = {}): string {
  return `${local ? '' : (config.editor?.folder ?? '')}src/content`;
}

/** The content types the editor offers: those of sections switched on in site.config.ts. */
export function editorCollections(config: SiteConfig): CollectionName[] {
  const sections = config.sections as Record<string, boolean>;
  return COLLECTIONS.filter((collection) => sections[collection] ?? true);
}

function backendOf(config: SiteConfig, local: boolean): EditorBackend {
  if (local) {
    // With review, decap-server branches from and merges into this branch of the webmaster's repository.
    const branch = config.editor?.branch ?? 'main';
    return { name: 'proxy', proxy_url: `http://127.0.0.1:${localProxyPort()}/api/v1`, branch };
  }
  const editor = config.editor;
  if (!editor) throw new Error('site.config.ts has no editor section: the site has no browser editor to configure.');
  const base = editor.baseUrl?.replace(/\/$/, '');
  const common = { repo: editor.repo, branch: editor.branch };
  switch (editor.backend) {
    case 'gitlab':
      return {
        name: 'gitlab',
        ...common,
        auth_type: 'pkce',
        app_id: editor.appId,
        ...(base ? { base_url: base, api_root: `${base}/api/v4`, auth_endpoint: 'oauth/authorize' } : {}),
      };
    case 'gitea':
    case 'forgejo':
      return {
        name: editor.backend,
        ...common,
        app_id: editor.appId,
        ...(base ? { base_url: base, api_root: `${base}/api/v1` } : {}),
      };
    case 'github':
      return { name: 'github', ...common, ...(editor.authUrl ? { base_url: editor.authUrl } : {}) };
  }
}

/**
 * The whole editor configuration of a site: one collection per content type (in sections switched
 * on), English and Dzongkha side by side, saving to the git host of site.config.ts, or with `local` to the
 * working copy through the local proxy.
 */
export function editorConfig(config: SiteConfig, { local = false } = {}): EditorConfig {
  const root = contentRoot(config, { local });
  // Decap's gitea backend has no editorial workflow (its forgejo backend has); the guide says so.
  // Locally, only `npm run edit -- --review` has drafts: plain `npm run edit` writes files in place.
  const review = local ? localReview() : config.editor?.backend !== 'gitea' && (config.editor?.review ?? true);
  return {
    load_config_file: false,
    backend: backendOf(config, local),
    ...(review ? { publish_mode: 'editorial_workflow' as const } : {}),
    // Decap's folders are <collection>/<lang>/; the site's are <lang>/<collection>/. editor.js maps
    // every path between the two in the backend (content-paths.js, ADR 0030).
    i18n: { structure: 'multiple_folders', locales: [...LANGS], default_locale: 'en' },
    media_folder: `${root}/images`,
    public_folder: 'images',
    slug: { encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' },
    collections: editorCollections(config).map((collection) => {
      const key = `template.section.${collection}` as MessageKey;
      const name = translate(key, 'en');
      return {
        name: collection,
        label: `${name} · ${translate(key, 'dz')}`,
        label_singular: `${name} item`,
        folder: `${root}/${collection}`,
        i18n: true,
        create: true,
        extension: 'md',
        format: 'frontmatter',
        identifier_field: 'address',
        slug: '{{slug}}',
        summary: ENTRY_SUMMARY,
        view_filters: [UNTRANSLATED_FILTER],
        fields: collectionFields(collection),
      } satisfies EditorCollection;
    }),
  };
}
