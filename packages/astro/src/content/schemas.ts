import { z } from 'zod';
import { bhutanDate } from './dates.ts';

/**
 * Front-matter schemas of every page type of a Bhutanese government site. The body of each
 * Markdown file is the page's main text. Field names are plain English because webmasters edit
 * them by hand; the webmaster guide lists them with examples.
 */

/** How far the Dzongkha (or English) text of an entry can be trusted. */
export const TRANSLATION_STATES = ['original', 'reviewed', 'needs-review'] as const;
export type TranslationState = (typeof TRANSLATION_STATES)[number];

const text = z.string().trim().min(1, 'must not be empty');
const phone = z
  .string()
  .regex(/^\+975[ -]?\d{1,2}[ -]?\d{3}[ -]?\d{3}$/, 'write the number with +975, e.g. +975 2 322 100');
/** A picture in src/content/images/, e.g. images/dzong.jpg; checked to exist when content is loaded. */
export const IMAGE = /^images\/[\w./-]+\.(jpe?g|png|webp)$/i;
const image = z.string().regex(IMAGE, 'must be a picture in images/, e.g. images/dzong.jpg');

/**
 * Pictures whose description sits in a sibling field: collection -> [picture, description]. The
 * description is required once there is a picture; the editor checks the same pairs before saving.
 */
export const DESCRIBED_IMAGES = { news: ['image', 'imageAlt'] } as const;
export const ALT_MESSAGE = 'describe the picture for people who cannot see it';

/** A page's address: the file name without .md, the same in en/ and dz/ (lower case, digits, hyphens). */
export const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const common = {
  title: text,
  /**
   * The file name, written by the browser editor (which names files after it) so the English and
   * Dzongkha versions share one address; checked against the real file name when content loads.
   */
  address: z.string().regex(SLUG, 'use lower-case English letters, digits and single hyphens').optional(),
  summary: text.optional(),
  /** When the text last changed; shown as "Last updated". */
  updated: bhutanDate().optional(),
  translation: z.enum(TRANSLATION_STATES).optional(),
  /** Order in listings; lower first. */
  order: z.number().int().default(100),
};

const timeBound = {
  published: bhutanDate(),
  /** After this moment the item leaves the home page and listings and moves to the archive. */
  closes: bhutanDate({ endOfDay: true }),
};

export const DOWNLOAD_CATEGORIES = [
  'acts',
  'rules',
  'policies',
  'guidelines',
  'forms',
  'reports',
  'plans',
  'statistics',
] as const;

export const POLICY_KINDS = [
  'copyright',
  'disclaimer',
  'hyperlinking',
  'privacy',
  'terms',
  'accessibility',
  'archival',
] as const;

/** A file under public/downloads/, e.g. downloads/annual-report-2025.pdf. */
const downloadFile = z
  .string()
  .regex(/^downloads\/[\w./-]+\.\w+$/, 'must be a file in public/downloads/, e.g. downloads/report.pdf');

interface OrgUnit {
  name: string;
  head?: string | undefined;
  units?: OrgUnit[] | undefined;
}
const orgUnit: z.ZodType<OrgUnit> = z.lazy(() =>
  z.strictObject({ name: text, head: text.optional(), units: z.array(orgUnit).optional() }),
);

export const collectionSchemas = {
  about: z.strictObject({
    ...common,
    vision: text,
    mission: text,
    mandate: z.array(text).min(1, 'list at least one mandate'),
  }),
  message: z.strictObject({ ...common, name: text, position: text, photo: image.optional() }),
  organogram: z.strictObject({ ...common, units: z.array(orgUnit).min(1, 'list at least one unit') }),
  people: z.strictObject({
    ...common,
    position: text,
    division: text.optional(),
    phone: phone.optional(),
    email: z.email('must be an e-mail address').optional(),
    photo: image.optional(),
  }),
  divisions: z.strictObject({ ...common, head: text.optional(), phone: phone.optional(), email: z.email().optional() }),
  gewogs: z.strictObject({
    ...common,
    gup: text.optional(),
    phone: phone.optional(),
    villages: z.number().int().positive().optional(),
    area: text.optional(),
  }),
  services: z.strictObject({
    ...common,
    summary: text,
    /** Who can apply. */
    who: text,
    documents: z.array(text).default([]),
    fee: text,
    /** How long the service takes, e.g. "7 working days". */
    time: text,
    /** The online application on the citizen services portal, if there is one. */
    online: z.url({ protocol: /^https$/, error: 'must be a full https:// address' }).optional(),
  }),
  notices: z.strictObject({ ...common, ...timeBound }),
  tenders: z.strictObject({
    ...common,
    ...timeBound,
    reference: text,
    documents: z.array(downloadFile).default([]),
  }),
  vacancies: z.strictObject({
    ...common,
    ...timeBound,
    positions: z.number().int().positive(),
    grade: text.optional(),
  }),
  results: z.strictObject({ ...common, published: bhutanDate(), document: downloadFile.optional() }),
  downloads: z.strictObject({
    ...common,
    date: bhutanDate(),
    category: z.enum(DOWNLOAD_CATEGORIES),
    file: downloadFile,
    /** Language of the document itself. */
    language: z.enum(['en', 'dz', 'both']),
  }),
  news: z
    .strictObject({ ...common, published: bhutanDate(), image: image.optional(), imageAlt: text.optional() })
    .refine((entry) => !entry[DESCRIBED_IMAGES.news[0]] || entry[DESCRIBED_IMAGES.news[1]], {
      message: ALT_MESSAGE,
      path: [DESCRIBED_IMAGES.news[1]],
    }),
  events: z.strictObject({
    ...common,
    starts: bhutanDate(),
    ends: bhutanDate({ endOfDay: true }).optional(),
    venue: text,
  }),
  gallery: z.strictObject({
    ...common,
    published: bhutanDate(),
    images: z
      .array(z.strictObject({ src: image, alt: text, caption: text.optional() }))
      .min(1, 'an album needs at least one picture'),
  }),
  faq: z.strictObject({ ...common }),
  policies: z.strictObject({ ...common, kind: z.enum(POLICY_KINDS) }),
} as const;

export type CollectionName = keyof typeof collectionSchemas;
export type EntryData<C extends CollectionName> = z.output<(typeof collectionSchemas)[C]>;
export const COLLECTIONS = Object.keys(collectionSchemas) as CollectionName[];

/** Collections whose entries close and then move to the archive. */
export const TIME_BOUND: readonly CollectionName[] = ['notices', 'tenders', 'vacancies'];
