import { z } from 'zod';
import { LANGS } from '@druk/locale';
import { AccentContrastError, applyAccent, themes } from '@druk/tokens';
import { DrukValidationError, parseOrThrow } from './validation.ts';

/** Text a visitor sees, in both languages of the site. */
const bilingual = z.strictObject({
  en: z.string().trim().min(1, 'write the English text'),
  dz: z.string().trim().min(1, 'write the Dzongkha text'),
});

const httpsUrl = z.url({ protocol: /^https$/, error: 'must be a full https:// address' });

/** Sections a site can switch off; a switched-off section has no pages, links, feeds or search entries. */
export const SECTIONS = [
  'message',
  'organogram',
  'people',
  'divisions',
  'gewogs',
  'services',
  'notices',
  'tenders',
  'vacancies',
  'results',
  'downloads',
  'news',
  'events',
  'gallery',
  'faq',
  'feedback',
] as const;
export type Section = (typeof SECTIONS)[number];

/** Git hosts the editor signs in to and saves through. */
export const EDITOR_BACKENDS = ['gitlab', 'gitea', 'forgejo', 'github'] as const;

const sectionsSchema = z
  .strictObject(
    Object.fromEntries(SECTIONS.map((name) => [name, z.boolean().default(true)])) as {
      [K in Section]: z.ZodDefault<z.ZodBoolean>;
    },
  )
  .default(Object.fromEntries(SECTIONS.map((name) => [name, true])) as Record<Section, boolean>);

/**
 * Where a navigation item leads: a page of this site written without its language ('services/'
 * is /en/services/ on English pages and /dz/services/ on Dzongkha ones; '' is the home page), or a
 * full https:// address of another site.
 */
const navigationTarget = z
  .string()
  .refine((target) => /^([a-z0-9-]+\/)*$/.test(target) || (target.startsWith('https://') && URL.canParse(target)), {
    message: "write a page of this site without the language, e.g. 'services/', or a full https:// address",
  });

const navigationLink = z.strictObject({ label: bilingual, href: navigationTarget });

/** A top-level navigation item: a link (`href`) or a sub-menu of links (`items`). */
const navigationItem = z
  .strictObject({
    label: bilingual,
    href: navigationTarget.optional(),
    items: z.array(navigationLink).min(1, 'a sub-menu needs at least one link').optional(),
  })
  .refine((item) => (item.href === undefined) !== (item.items === undefined), {
    message: 'give either href (a link) or items (a sub-menu), not both',
  });

export const siteConfigSchema = z.strictObject({
  /** The public address of the site, e.g. https://zhemgang.gov.bt (used in feeds, sitemaps, canonical links). */
  url: httpsUrl,
  name: bilingual,
  /** Short name for the browser tab and the installed app, e.g. "Yulsum Dzongkhag". */
  shortName: bilingual,
  /** The parent body shown above the name, e.g. "Ministry of Home Affairs". */
  lineage: bilingual.optional(),
  /** Logo or emblem: an SVG or PNG file in public/, e.g. logo.svg. Favicons are made from it. */
  logo: z.string().regex(/\.(svg|png)$/i, 'must be an .svg or .png file'),
  logoAlt: bilingual,
  contact: z.strictObject({
    address: bilingual,
    postcode: z.string().regex(/^\d{5}$/, 'a Bhutanese postcode has 5 digits, e.g. 34001'),
    phone: z
      .string()
      .regex(/^\+975[ -]?\d{1,2}[ -]?\d{3}[ -]?\d{3}$/, 'write the number with +975, e.g. +975 2 322 100'),
    email: z.email('must be an e-mail address'),
    hours: bilingual,
    mapUrl: httpsUrl.optional(),
  }),
  social: z.array(z.strictObject({ label: z.string().min(1), url: httpsUrl })).default([]),
  /** Accent colour of the theme as #rrggbb; checked for contrast against white text. */
  accent: z
    .string()
    .regex(/^#[0-9a-fA-F]{6}$/, 'write a colour as #rrggbb')
    .default('#8a3b12'),
  sections: sectionsSchema,
  defaultLang: z.enum(LANGS).default('en'),
  /** Where the contact and feedback forms post to; a form with no endpoint is not shown. */
  forms: z
    .strictObject({
      endpoint: httpsUrl,
    })
    .optional(),
  /**
   * Analytics stay off unless a site adds a self-hosted statistics script (no third-party requests by
   * default). When on, every page loads the script, deferred, with the given data-* attributes (the way
   * Plausible, Umami and Matomo's tag take their settings), since an inline snippet would break the CSP.
   */
  analytics: z
    .strictObject({
      enabled: z.boolean(),
      scriptUrl: httpsUrl.optional(),
      attributes: z
        .record(z.string().regex(/^data-[a-z0-9-]+$/, 'only data-* attributes can be given to the script'), z.string())
        .default({}),
    })
    .default({ enabled: false, attributes: {} })
    .refine((value) => !value.enabled || value.scriptUrl, {
      message: 'analytics.scriptUrl is needed when analytics is enabled',
      path: ['scriptUrl'],
    }),
  /** Allow raw HTML inside Markdown. Off: webmasters cannot paste scripts or iframes into pages by mistake. */
  markdownHtml: z.boolean().default(false),
  /** Number of items on a listing page before it continues on the next page. */
  pageSize: z.number().int().min(5).max(100).default(20),
  /**
   * The header navigation after the Home link. Left out: one link per main section that has pages
   * (about, services, news, notices, tenders, vacancies, downloads, contact).
   */
  navigation: z.array(navigationItem).min(1, 'list at least one item, or leave navigation out').optional(),
  /**
   * The content editor at /admin/: the git host the site's repository lives on. Left out, the
   * build has no /admin/ (`npm run edit` still works on the webmaster's own machine). Sign-in is the
   * git host's own; nothing here is secret.
   */
  editor: z
    .strictObject({
      backend: z.enum(EDITOR_BACKENDS),
      /** The repository as owner/name (GitLab: group/subgroup/name). */
      repo: z.string().regex(/^[\w.-]+(?:\/[\w.-]+)+$/, 'write the repository as owner/name'),
      branch: z.string().min(1).default('main'),
      /** A self-hosted GitLab, Gitea or Forgejo, e.g. https://git.example.gov.bt; left out for gitlab.com and github.com. */
      baseUrl: httpsUrl.optional(),
      /** The OAuth application id registered on the git host (public; the host keeps the secret). */
      appId: z.string().min(1).optional(),
      /** GitHub only: the OAuth service that signs editors in (GitHub has no browser-only sign-in). */
      authUrl: httpsUrl.optional(),
      /** Drafts, review and publishing through merge requests (not on gitea); off, every save is published. */
      review: z.boolean().default(true),
      /** The site's folder inside the repository; empty when the site is the whole repository. */
      folder: z
        .string()
        .regex(/^(?:[\w.-]+\/)*$/, 'a folder ends with /, e.g. sites/template/; leave it out for the whole repository')
        .default(''),
    })
    .optional(),
});

/** What a site writes in site.config.ts. */
export type SiteConfigInput = z.input<typeof siteConfigSchema>;
/** The config after validation, with every default filled in. */
export type SiteConfig = z.output<typeof siteConfigSchema>;

/** Typed helper for site.config.ts: `export default defineSiteConfig({ ... })`. */
export function defineSiteConfig(config: SiteConfigInput): SiteConfigInput {
  return config;
}

/** Validates a site config; a wrong value throws an error naming `file` and the field. */
export function validateSiteConfig(config: unknown, file = 'site.config.ts'): SiteConfig {
  const parsed = parseOrThrow(siteConfigSchema, config, file);
  accentTheme(parsed.accent, file);
  return { ...parsed, url: parsed.url.endsWith('/') ? parsed.url : `${parsed.url}/` };
}

/**
 * The light-theme colours that follow from the accent (the menu bar and buttons): the accent, its
 * hover shade and the text colour on it. An accent too light for readable text on it is an error
 * in site.config.ts, naming the failing contrast.
 */
export function accentTheme(accent: string, file = 'site.config.ts') {
  try {
    const scheme = applyAccent(themes.light, accent, 'light');
    return { accent: scheme.accent, hover: scheme['accent-hover'], onAccent: scheme['on-accent'] };
  } catch (error) {
    if (error instanceof AccentContrastError)
      throw new DrukValidationError(file, [{ field: 'accent', message: error.message }]);
    throw error;
  }
}

/** CSS that puts the site's accent into the --druk-color-* tokens (after the tokens stylesheet). */
export function accentCss(accent: string): string {
  const theme = accentTheme(accent);
  return `:root {\n  --druk-color-accent: ${theme.accent};\n  --druk-color-accent-hover: ${theme.hover};\n  --druk-color-on-accent: ${theme.onAccent};\n}\n`;
}
