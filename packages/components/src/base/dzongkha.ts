// The Dzongkha of every component's strings, id by id: the source of `dzongkha.json` beside it, the file
// that browsers fetch the first time an element speaks Dzongkha (`dzongkhaPending`), and what the server
// renderer registers before it renders. The language names are not here: every page shows both, so they
// stay with the switcher. `node scripts/dzongkha.ts` writes the JSON; a test checks it is current.
import {
  mastheadStringsDz,
  skipLinkStringsDz,
  headerStringsDz,
  navigationStringsDz,
  languageSwitcherStringsDz,
  breadcrumbsStringsDz,
  backToTopStringsDz,
  footerStringsDz,
  alertStringsDz,
  accordionStringsDz,
  tabsStringsDz,
  tableStringsDz,
  paginationStringsDz,
  stepByStepStringsDz,
  downloadStringsDz,
  noticeStringsDz,
  feedbackStringsDz,
  searchStringsDz,
  phaseStringsDz,
  summaryListStringsDz,
  warningTextStringsDz,
  confirmationPanelStringsDz,
  comboboxStringsDz,
  dialogStringsDz,
  taskListStringsDz,
  sideNavigationStringsDz,
  contentsListStringsDz,
} from '@druk/locale/catalogue/components-dz';
import { formStringsDz } from '@druk/locale/catalogue/forms-dz';
import { validationStringsDz } from '@druk/locale/catalogue/validation-dz';
// Listed by name rather than spread from a namespace import: Node orders a module namespace's keys
// alphabetically and Vite's transform by declaration, so `dzongkha.json` would depend on who wrote it.
const groups: readonly Readonly<Record<string, { dz: string }>>[] = [
  mastheadStringsDz,
  skipLinkStringsDz,
  headerStringsDz,
  navigationStringsDz,
  languageSwitcherStringsDz,
  breadcrumbsStringsDz,
  backToTopStringsDz,
  footerStringsDz,
  alertStringsDz,
  accordionStringsDz,
  tabsStringsDz,
  tableStringsDz,
  paginationStringsDz,
  stepByStepStringsDz,
  downloadStringsDz,
  noticeStringsDz,
  feedbackStringsDz,
  searchStringsDz,
  phaseStringsDz,
  summaryListStringsDz,
  warningTextStringsDz,
  confirmationPanelStringsDz,
  comboboxStringsDz,
  dialogStringsDz,
  taskListStringsDz,
  sideNavigationStringsDz,
  contentsListStringsDz,
  formStringsDz,
  validationStringsDz,
];

/** Dzongkha by string id. */
export const dzongkha: Readonly<Record<string, string>> = Object.fromEntries(
  groups.flatMap((group) => Object.entries(group).map(([id, entry]) => [id, entry.dz])),
);
