import type { CatalogueDomain } from '../types.ts';
import { audit } from './audit.ts';
import { bilingual, merge } from './bilingual.ts';
import { common as shared } from './common.ts';
import * as dz from './components-dz.ts';
import * as en from './components.ts';
import { formStringsDz } from './forms-dz.ts';
import { formStrings } from './forms.ts';
import { template } from './template.ts';
import { validationStringsDz } from './validation-dz.ts';
import { validationStrings } from './validation.ts';

// The strings the components load are written one language per module (English, then Dzongkha in a
// module of its own that English pages never download; ADR 0022). The domains join them.

/** The shared strings, the validators' messages among them. */
const common = merge(shared, bilingual(validationStrings, validationStringsDz));

/** Every component string: each component's English group joined with its Dzongkha. */
const components = merge(
  bilingual(en.mastheadStrings, dz.mastheadStringsDz),
  bilingual(en.skipLinkStrings, dz.skipLinkStringsDz),
  bilingual(en.headerStrings, dz.headerStringsDz),
  bilingual(en.navigationStrings, dz.navigationStringsDz),
  bilingual(en.languageSwitcherStrings, dz.languageSwitcherStringsDz),
  bilingual(en.breadcrumbsStrings, dz.breadcrumbsStringsDz),
  bilingual(en.backToTopStrings, dz.backToTopStringsDz),
  bilingual(en.footerStrings, dz.footerStringsDz),
  bilingual(en.alertStrings, dz.alertStringsDz),
  bilingual(en.accordionStrings, dz.accordionStringsDz),
  bilingual(en.tabsStrings, dz.tabsStringsDz),
  bilingual(en.tableStrings, dz.tableStringsDz),
  bilingual(en.paginationStrings, dz.paginationStringsDz),
  bilingual(en.stepByStepStrings, dz.stepByStepStringsDz),
  bilingual(en.downloadStrings, dz.downloadStringsDz),
  bilingual(en.noticeStrings, dz.noticeStringsDz),
  bilingual(en.feedbackStrings, dz.feedbackStringsDz),
  bilingual(en.searchStrings, dz.searchStringsDz),
  bilingual(en.phaseStrings, dz.phaseStringsDz),
  bilingual(en.summaryListStrings, dz.summaryListStringsDz),
  bilingual(en.warningTextStrings, dz.warningTextStringsDz),
  bilingual(en.confirmationPanelStrings, dz.confirmationPanelStringsDz),
  bilingual(en.comboboxStrings, dz.comboboxStringsDz),
  bilingual(en.dialogStrings, dz.dialogStringsDz),
  bilingual(en.taskListStrings, dz.taskListStringsDz),
  bilingual(en.sideNavigationStrings, dz.sideNavigationStringsDz),
  bilingual(en.contentsListStrings, dz.contentsListStringsDz),
  en.languageNameStrings,
);

/** The form controls' strings. */
const forms = bilingual(formStrings, formStringsDz);

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
