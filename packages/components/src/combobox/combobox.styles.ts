import { css } from 'lit';
import { adoptSheet, lazySheet } from '../form-base/form-field.styles.ts';

/**
 * The combobox's own rules: the list under the input. Like the other form rules (ADR 0015) they are
 * page rules in the `druk-forms` layer, every declaration important, so a portal's `ul`/`li` rules do
 * not reach the list; the layer's reset of `.druk-field *` already takes back what they do not set.
 * Only the enhanced combobox needs them: without JavaScript the field is a native `<select>`.
 */
export const comboboxCss = css`
  @layer druk-forms {
    .druk-combobox {
      position: relative !important;
      display: block !important;
    }
    .druk-combobox__list {
      position: absolute !important;
      z-index: 10 !important;
      inset-inline: 0 !important;
      top: 100% !important;
      box-sizing: border-box !important;
      margin: 0 !important;
      padding: 0 !important;
      list-style: none !important;
      max-height: 18rem !important;
      overflow-y: auto !important;
      background: var(--druk-color-background, #fff) !important;
      color: var(--druk-color-text, #1b1a1f) !important;
      border: 2px solid var(--druk-color-border, #7a756d) !important;
      border-top-width: 0 !important;
    }
    /* The layer's reset also takes back the browser's [hidden] rule. */
    .druk-combobox [hidden] {
      display: none !important;
    }
    .druk-combobox__option {
      display: block !important;
      min-height: 24px !important;
      padding: var(--druk-space-2, 0.5rem) !important;
      cursor: pointer !important;
    }
    .druk-combobox__option:hover {
      background: var(--druk-color-surface, #f7f3ec) !important;
    }
    .druk-combobox__option[aria-selected='true'] {
      background: var(--druk-color-accent, #7d1d1d) !important;
      color: var(--druk-color-on-accent, #fff) !important;
    }
    @media (forced-colors: active) {
      .druk-combobox__option[aria-selected='true'] {
        forced-color-adjust: none !important;
        background: Highlight !important;
        color: HighlightText !important;
      }
    }
  }
`.cssText;

const comboboxSheet = lazySheet(comboboxCss);

/** Adds the combobox rules to the document or shadow root holding `node`, once per root. */
export function adoptComboboxStyles(node: Node): void {
  adoptSheet(node, comboboxSheet);
}
