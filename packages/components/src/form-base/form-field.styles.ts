import { visuallyHiddenStyles } from '../base/styles.ts';

/** The outermost element of each light-DOM part; everything inside one belongs to the component. */
const PART_ROOTS = '.druk-field, .druk-fieldset, .druk-error-summary, .druk-button';

/**
 * The look of the form controls, written as ordinary rules; `defended` below turns them into the
 * stylesheet the page gets.
 */
const formsRules = `
${PART_ROOTS} {
  font-family: var(--druk-font-family-body, system-ui, sans-serif);
  font-size: var(--druk-font-size-md, 1rem);
  font-style: normal;
  line-height: var(--druk-line-height-body, 1.5);
  letter-spacing: normal;
  word-spacing: normal;
  text-transform: none;
  text-align: start;
  text-indent: 0;
  text-shadow: none;
  color: var(--druk-color-text, #1b1a1f);
}
.druk-field, .druk-fieldset { display: block; margin: 0 0 var(--druk-space-5, 1.5rem); }
:lang(dz) .druk-field, :lang(dz) .druk-fieldset {
  font-family: var(--druk-font-family-dzongkha, 'Jomolhari', 'Noto Serif Tibetan', serif);
  line-height: var(--druk-line-height-body, 1.8);
}
.druk-fieldset { border: 0; padding: 0; min-width: 0; }
.druk-label, .druk-fieldset__legend {
  display: block;
  font-weight: 700;
  margin-bottom: var(--druk-space-1, 0.25rem);
  padding: 0;
}
.druk-fieldset__legend { margin-bottom: var(--druk-space-2, 0.5rem); }
.druk-hint, .druk-character-count {
  display: block;
  color: var(--druk-color-text-muted, #55525a);
  margin-bottom: var(--druk-space-2, 0.5rem);
}
.druk-character-count { margin: var(--druk-space-1, 0.25rem) 0 0; }
.druk-error-message {
  display: block;
  margin: 0 0 var(--druk-space-2, 0.5rem);
  font-weight: 700;
  color: var(--druk-color-error, #b3261e);
}
.druk-field--error, .druk-fieldset--error {
  border-inline-start: 5px solid var(--druk-color-error, #b3261e);
  padding-inline-start: var(--druk-space-3, 0.75rem);
}
.druk-input, .druk-textarea, .druk-select {
  box-sizing: border-box;
  font: inherit;
  font-family: var(--druk-font-family-input, inherit);
  color: inherit;
  background: var(--druk-color-background, #fff);
  border: 2px solid var(--druk-color-border, #7a756d);
  border-radius: var(--druk-radius-sm, 0);
  padding: var(--druk-space-1, 0.25rem) var(--druk-space-2, 0.5rem);
  min-height: 2.5rem;
  max-width: 100%;
}
.druk-input, .druk-textarea { width: 100%; }
.druk-input--short { width: 8ch; }
.druk-input--medium { width: 20ch; }
.druk-textarea { min-height: 6rem; resize: vertical; }
.druk-input:focus-visible, .druk-textarea:focus-visible, .druk-select:focus-visible,
.druk-choice__input:focus-visible, .druk-button:focus-visible, .druk-file:focus-visible,
.druk-error-summary:focus-visible, .druk-error-summary a:focus-visible {
  outline: 3px solid var(--druk-color-focus, #1b1a1f);
  outline-offset: 0;
  box-shadow: inset 0 0 0 2px currentColor;
}
:lang(dz) .druk-input:focus-visible { outline-offset: 2px; }
.druk-field--error .druk-input, .druk-field--error .druk-textarea, .druk-field--error .druk-select,
.druk-input[aria-invalid='true'] {
  border-color: var(--druk-color-error, #b3261e);
}
/* Shown only after the user has interacted, as the browser reports a constraint failure. */
.druk-input:user-invalid, .druk-textarea:user-invalid, .druk-select:user-invalid {
  border-color: var(--druk-color-error, #b3261e);
}
.druk-input:disabled, .druk-textarea:disabled, .druk-select:disabled, .druk-choice__input:disabled {
  opacity: 0.6;
  cursor: not-allowed;
}
.druk-input-wrapper { display: flex; align-items: stretch; max-width: 100%; }
.druk-input-wrapper .druk-input { flex: 1 1 auto; min-width: 0; }
.druk-input__affix {
  display: flex;
  align-items: center;
  padding: 0 var(--druk-space-2, 0.5rem);
  border: 2px solid var(--druk-color-border, #7a756d);
  background: var(--druk-color-surface, #f7f3ec);
  white-space: nowrap;
}
.druk-input__affix--prefix { border-inline-end: 0; }
.druk-choice {
  display: flex;
  flex-wrap: wrap;
  align-items: flex-start;
  gap: 0 var(--druk-space-2, 0.5rem);
  margin-bottom: var(--druk-space-2, 0.5rem);
}
.druk-choice__input { width: max(1.5rem, 24px); height: max(1.5rem, 24px); margin: 0.125rem 0 0; flex: none; accent-color: var(--druk-color-text, #1b1a1f); }
.druk-choice__label { flex: 1 1 0; }
.druk-choice__hint { flex-basis: 100%; padding-inline-start: calc(max(1.5rem, 24px) + var(--druk-space-2, 0.5rem)); margin: 0; }
.druk-date { display: flex; flex-wrap: wrap; gap: var(--druk-space-3, 0.75rem); }
.druk-date__part .druk-label { font-weight: 400; }
.druk-file { font: inherit; max-width: 100%; }
.druk-password__toggle { margin-inline-start: var(--druk-space-2, 0.5rem); }
.druk-button {
  display: inline-block;
  box-sizing: border-box;
  font-weight: 700;
  line-height: 1.25;
  text-align: center;
  text-decoration: none;
  cursor: pointer;
  padding: var(--druk-space-2, 0.5rem) var(--druk-space-4, 1rem);
  border: 2px solid transparent;
  border-radius: var(--druk-radius-md, 0.25rem);
  color: var(--druk-color-on-accent, #fff);
  background: var(--druk-color-accent, #7d1d1d);
  box-shadow: 0 2px 0 var(--druk-color-accent-hover, #3e0a0a);
  margin: 0 var(--druk-space-2, 0.5rem) var(--druk-space-5, 1.5rem) 0;
}
.druk-button:visited { color: var(--druk-color-on-accent, #fff); }
.druk-button--secondary {
  color: var(--druk-color-text, #1b1a1f);
  background: var(--druk-color-surface, #f7f3ec);
  box-shadow: 0 2px 0 var(--druk-color-border, #7a756d);
}
.druk-button--secondary:visited { color: var(--druk-color-text, #1b1a1f); }
.druk-button--warning { background: var(--druk-color-error, #b3261e); box-shadow: 0 2px 0 #55150f; }
.druk-button:disabled { opacity: 0.5; cursor: not-allowed; }
.druk-button[hidden] { display: none; }
.druk-error-summary {
  border: 5px solid var(--druk-color-error, #b3261e);
  padding: var(--druk-space-4, 1rem);
  margin-bottom: var(--druk-space-6, 2rem);
  color: var(--druk-color-text, #1b1a1f);
}
.druk-error-summary__title {
  display: block;
  margin: 0 0 var(--druk-space-3, 0.75rem);
  font-size: max(1.5rem, 24px);
  font-weight: 700;
  line-height: var(--druk-line-height-heading, 1.25);
}
.druk-error-summary__list { margin: 0; padding-inline-start: 0; list-style: none; }
.druk-error-summary__list li { display: list-item; margin-bottom: var(--druk-space-2, 0.5rem); }
.druk-error-summary__list a {
  display: inline-block;
  min-height: 24px;
  color: var(--druk-color-error, #b3261e);
  font-weight: 700;
}
${visuallyHiddenStyles.cssText.replace('.visually-hidden', '.druk-visually-hidden')}
@media (forced-colors: active) {
  .druk-field--error, .druk-fieldset--error { border-inline-start-color: CanvasText; }
  .druk-button { border-color: ButtonText; }
}
`;

/**
 * A portal's theme styles elements by type (`label { float: left; width: 180px }`, `input[type=text]`
 * borders, `li { float: left }`), often with `!important`, and those rules reach the controls'
 * light DOM. So every declaration is `!important` inside the `druk-forms` cascade layer: an important
 * declaration in a layer beats every unlayered one, important or not, whatever its specificity. A
 * reset to the browser's own styles first takes back every property the rules do not set. The page
 * changes the controls through the `--druk-*` tokens, which the rules read (ADR 0015).
 */
function defended(rules: string): string {
  const important = rules.replace(/([a-z-]+\s*:[^;{}]+?)\s*(?:!important)?\s*(;|(?=\s*\}))/g, '$1 !important$2');
  const parts = PART_ROOTS.split(', ').flatMap((root) => [root, `${root} *`]);
  return `@layer druk-forms {\n:where(${parts.join(', ')}) { all: revert !important; }\n${important}\n}\n`;
}

/**
 * The stylesheet of every form control. The controls render into their own light DOM (ADR 0003), so
 * these are page rules, prefixed `druk-` and defended against the page's own (see `defended`): a
 * server-rendered page links them (`formsCss`) so the form is styled with JavaScript off, and each
 * element adopts them into its root (document or shadow root) when it connects. Only `--druk-*` tokens
 * are read; the fallbacks keep a form usable before the token stylesheet has loaded.
 */
export const formsCss = defended(formsRules);

/** Adds `sheet` to the document or shadow root that holds `node`, once per root. */
export function adoptSheet(node: Node, sheet: () => CSSStyleSheet): void {
  const root = node.getRootNode() as Document | ShadowRoot;
  if (!('adoptedStyleSheets' in root)) return;
  const shared = sheet();
  if (!root.adoptedStyleSheets.includes(shared)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, shared];
}

/** A constructed stylesheet of `css`, made on first use (the server has no CSSStyleSheet). */
export function lazySheet(css: string): () => CSSStyleSheet {
  let made: CSSStyleSheet | undefined;
  return () => {
    if (!made) {
      made = new CSSStyleSheet();
      made.replaceSync(css);
    }
    return made;
  };
}

const formsSheet = lazySheet(formsCss);

/**
 * Adds the form stylesheet to the document or shadow root that holds `node`, once per root. A page
 * that already links `formsCss` gets the same rules twice, which is harmless.
 */
export function adoptFormsStyles(node: Node): void {
  adoptSheet(node, formsSheet);
}
