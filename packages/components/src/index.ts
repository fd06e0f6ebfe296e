// Every component; each module defines its element. To load only some, import them one by one:
// `import '@druk/components/masthead';` (see package.json "exports"). The Dzongkha strings load when
// an element first speaks Dzongkha.
import './dzongkha.ts';
export { DrukElement } from './base/druk-element.ts';
export { DrukAccordion } from './accordion/accordion.ts';
export { DrukAlert, type AlertVariant } from './alert/alert.ts';
export { DrukBackToTop } from './back-to-top/back-to-top.ts';
export { DrukBreadcrumbs } from './breadcrumbs/breadcrumbs.ts';
export { DrukCard } from './card/card.ts';
export { DrukContentLanguage } from './content-language/content-language.ts';
export { DrukDetails } from './details/details.ts';
export { DrukDownloadItem } from './download-item/download-item.ts';
export { DrukFeedback, type FeedbackAnswer } from './feedback/feedback.ts';
export { DrukFooter } from './footer/footer.ts';
export { DrukHeader } from './header/header.ts';
export { DrukLanguageSwitcher, type LanguageVersion } from './language-switcher/language-switcher.ts';
export { DrukMasthead } from './masthead/masthead.ts';
export { DrukNavigation } from './navigation/navigation.ts';
export { DrukNoticeSummary, noticeState, type NoticeKind, type NoticeState } from './notice-summary/notice-summary.ts';
export { DrukPagination, pageWindow } from './pagination/pagination.ts';
export { DrukPhaseBanner, type Phase } from './phase-banner/phase-banner.ts';
export { DrukSearchBox } from './search-box/search-box.ts';
export { DrukSkipLink } from './skip-link/skip-link.ts';
export { DrukStep } from './step-by-step/step.ts';
export { DrukStepByStep } from './step-by-step/step-by-step.ts';
export { DrukTabPanel } from './tabs/tab-panel.ts';
export { DrukTable, type TableColumn, type TableRow } from './table/table.ts';
export { DrukTabs } from './tabs/tabs.ts';
export { DrukTag, type TagVariant } from './tag/tag.ts';
export type { LinkItem } from './base/data.ts';
// Form controls (light DOM, ADR 0003); server rendering: `@druk/components/form-base/server`.
export * from './form-base/controls.ts';
export { DrukSummaryList, type SummaryRow } from './summary-list/summary-list.ts';
export { DrukInsetText } from './inset-text/inset-text.ts';
export { DrukWarningText } from './warning-text/warning-text.ts';
export { DrukConfirmationPanel } from './confirmation-panel/confirmation-panel.ts';
export { DrukCombobox, matchesQuery, type ComboboxOption } from './combobox/combobox.ts';
export { DrukDialog } from './dialog/dialog.ts';
export { DrukTaskList, type Task, type TaskStatus } from './task-list/task-list.ts';
export { DrukSideNavigation } from './side-navigation/side-navigation.ts';
export type { LinkTreeItem } from './side-navigation/link-tree.ts';
export { DrukContentsList } from './contents-list/contents-list.ts';
