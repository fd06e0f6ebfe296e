export { default, type DrukOptions } from './integration.ts';
export { defineSiteConfig, validateSiteConfig, siteConfigSchema, SECTIONS } from './config.ts';
export type { Section, SiteConfig, SiteConfigInput } from './config.ts';
export { DrukValidationError } from './validation.ts';
export { collectionSchemas, COLLECTIONS, TIME_BOUND, DOWNLOAD_CATEGORIES, POLICY_KINDS } from './content/schemas.ts';
export type { CollectionName, EntryData } from './content/schemas.ts';
export { loadContent, isClosed, entryDate, SiteContent } from './content/load.ts';
export type { Entry, LocalisedEntry, FileInfo } from './content/load.ts';
export { buildDate, bhutanDate, bhutanDay } from './content/dates.ts';
export { siteRoutes, type PageRoute, type PageKind } from './routes.ts';
export {
  contentSecurityPolicy,
  securityHeaders,
  nginxServerConfig,
  apacheConfig,
  headersFile,
} from './security-headers.ts';
export { segmentDzongkha } from './client/segment.ts';
