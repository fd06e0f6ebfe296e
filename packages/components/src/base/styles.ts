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
    font-weight: var(--druk-font-weight-regular, 400);
    font-style: normal;
    line-height: var(--druk-line-height-body, 1.5);
    letter-spacing: normal;
    text-align: start;
    text-transform: none;
    color: var(--druk-color-text, #1b1a1f);
  }
  :host(:lang(dz)) {
    font-family: var(--druk-font-family-dzongkha, Jomolhari, 'Noto Serif Tibetan', serif);
    line-height: var(--druk-dzongkha-line-height-body, 1.8);
  }
  [lang|='dz'] {
    font-family: var(--druk-font-family-dzongkha, Jomolhari, 'Noto Serif Tibetan', serif);
  }
  /* Dzongkha inside an English component (an agency's Dzongkha name) gets the Dzongkha size step; on a
     Dzongkha page the size tokens are already scaled. */
  :host(:not(:lang(dz))) [lang|='dz'] {
    font-size: calc(1em * var(--druk-dzongkha-scale, 1.2));
  }
  :host([hidden]) {
    display: none !important;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  summary {
    list-style: none;
  }
  summary::-webkit-details-marker {
    display: none;
  }
  a {
    color: var(--druk-color-link, #7d1d1d);
    text-decoration-line: underline;
    text-decoration-thickness: var(--druk-link-underline-thickness, max(1px, 0.0625em));
    text-underline-offset: var(--druk-link-underline-offset, 0.18em);
    text-decoration-skip-ink: auto;
  }
  a:visited {
    color: var(--druk-color-link-visited, #5b2a86);
  }
  a:hover {
    color: var(--druk-color-link-hover, #3e0a0a);
    text-decoration-thickness: max(2px, 0.125em);
  }
  /* Subjoined letters hang well below the baseline: keep underlines and focus rings clear of them. */
  :host(:lang(dz)) a {
    text-underline-offset: var(--druk-dzongkha-underline-offset, 0.62em);
  }
  :focus-visible {
    outline: var(--druk-focus-width, 3px) solid var(--druk-color-focus, #1b1a1f);
    outline-offset: var(--druk-focus-offset, 2px);
    box-shadow: 0 0 0 var(--druk-focus-offset, 2px) var(--druk-color-focus-halo, #ffd520);
  }
  :host(:lang(dz)) :focus-visible {
    outline-offset: calc(var(--druk-focus-offset, 2px) * 2);
    box-shadow: 0 0 0 calc(var(--druk-focus-offset, 2px) * 2) var(--druk-color-focus-halo, #ffd520);
  }
  @media (forced-colors: active) {
    :focus-visible {
      outline-color: Highlight;
      box-shadow: none;
    }
  }
`;

/** Text that only assistive technology reads (the component imports it where needed). */
export const visuallyHiddenStyles = css`
  .visually-hidden {
    position: absolute !important;
    inline-size: 1px !important;
    block-size: 1px !important;
    margin: -1px !important;
    padding: 0 !important;
    overflow: hidden !important;
    clip-path: inset(50%) !important;
    white-space: nowrap !important;
    border: 0 !important;
  }
`;
