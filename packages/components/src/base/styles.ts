import { css } from 'lit';

/**
 * Styles every component shares. Hosts set the inherited text properties themselves, so global CSS
 * of the page (a Drupal or WordPress theme) cannot leak its fonts and line heights in. Dzongkha gets
 * its own font stack and a taller line height, and no text container has a fixed height, so tall
 * stacks of subjoined letters never clip. Token fallbacks keep the components readable before the
 * token stylesheet has loaded.
 */
export const baseStyles = css`
  :host {
    box-sizing: border-box;
    font-family: var(--druk-font-family-body, system-ui, sans-serif);
    font-size: var(--druk-font-size-md, 1rem);
    font-weight: normal;
    font-style: normal;
    line-height: var(--druk-line-height-body, 1.5);
    letter-spacing: normal;
    text-align: start;
    text-transform: none;
    color: var(--druk-color-text, #1b1b1b);
  }
  :host(:lang(dz)) {
    font-family: var(--druk-font-family-dzongkha, 'Jomolhari', 'Noto Serif Tibetan', serif);
    line-height: var(--druk-line-height-dzongkha, 1.9);
  }
  :host([hidden]) {
    display: none !important;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  a {
    color: var(--druk-color-link, #1d4f91);
    text-decoration-line: underline;
    text-decoration-thickness: max(1px, 0.0625em);
    text-underline-offset: 0.2em;
    text-decoration-skip-ink: auto;
  }
  a:visited {
    color: var(--druk-color-link-visited, var(--druk-color-link, #54307a));
  }
  a:hover {
    text-decoration-thickness: max(3px, 0.1875em);
  }
  /* Subjoined letters hang well below the baseline: keep underlines and focus rings below them. */
  :host(:lang(dz)) a {
    text-underline-offset: 0.45em;
  }
  :focus-visible {
    outline: 3px solid var(--druk-color-focus, #ffbf47);
    outline-offset: 2px;
  }
  :host(:lang(dz)) :focus-visible {
    outline-offset: 4px;
  }
  @media (forced-colors: active) {
    :focus-visible {
      outline-color: Highlight;
    }
  }
  .visually-hidden {
    position: absolute !important;
    width: 1px !important;
    height: 1px !important;
    margin: -1px !important;
    padding: 0 !important;
    overflow: hidden !important;
    clip-path: inset(50%) !important;
    white-space: nowrap !important;
    border: 0 !important;
  }
`;
