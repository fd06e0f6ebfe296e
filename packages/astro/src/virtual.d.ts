declare module 'virtual:druk/site' {
  import type { SiteConfig } from './config.ts';
  /** The validated site config and its folders, provided by the integration. */
  export const site: { config: SiteConfig; root: string; contentDir: string; publicDir: string };
  /** Pictures of the content folder, keyed by their path from the site root (/src/content/images/…). */
  export const images: Record<string, import('astro').ImageMetadata>;
}

declare module 'virtual:druk/theme.css';
