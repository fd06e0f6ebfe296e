import type { CatalogueDomain } from '../types.ts';
import { audit } from './audit.ts';
import { common } from './common.ts';
import { components } from './components.ts';
import { forms } from './forms.ts';
import { template } from './template.ts';

/** Every domain module by name; each is owned by the part of the system whose strings it holds. */
export const domains = { common, components, forms, template, audit } as const satisfies Record<
  string,
  CatalogueDomain
>;
export type DomainName = keyof typeof domains;

/** All strings of the system, merged. Ids are unique across domains (checked by the catalogue test). */
export const catalogue = {
  ...common,
  ...components,
  ...forms,
  ...template,
  ...audit,
} as const satisfies CatalogueDomain;

/** The id of any string in the catalogue, e.g. `'masthead.official'`. */
export type MessageKey = keyof typeof catalogue;
