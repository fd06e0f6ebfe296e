import { css } from 'lit';

/*
 * Narrow (and in browsers without ::details-content): the list folds into a native disclosure, so the
 * menu opens with or without JavaScript. Wide: the disclosure is forced open and its toggle hidden.
 * Sub-menus are disclosures too: nested lists when narrow, drop-down panels when wide.
 */
export const navigationStyles = css`
  :host {
    display: block;
    container-type: inline-size;
    background: var(--druk-color-background, #ffffff);
    border-block-end: var(--druk-border-width-thin, 1px) solid var(--druk-color-border-subtle, #d8d2c7);
  }
  nav {
    max-inline-size: var(--druk-layout-container, 75rem);
    margin-inline: auto;
    padding-inline: var(--druk-layout-gutter, 1rem);
  }
  .menu > summary,
  .submenu > summary {
    display: flex;
    align-items: center;
    gap: var(--druk-space-2, 0.5rem);
    padding-block: var(--druk-space-3, 0.75rem);
    font-weight: var(--druk-font-weight-bold, 700);
    cursor: pointer;
  }
  .menu > summary::before {
    content: '';
    inline-size: 1.1em;
    block-size: 0.8em;
    border-block: 2px solid currentColor;
    background: linear-gradient(currentColor, currentColor) center / 100% 2px no-repeat;
  }
  ul {
    display: flex;
    flex-direction: column;
    margin: 0;
    padding: 0 0 var(--druk-space-3, 0.75rem);
    list-style: none;
  }
  a {
    display: block;
    padding: var(--druk-space-3, 0.75rem);
    font-weight: var(--druk-font-weight-medium, 500);
    text-decoration-line: none;
    border-inline-start: var(--druk-border-width-heavy, 4px) solid transparent;
  }
  a:hover,
  .submenu > summary:hover {
    text-decoration-line: underline;
  }
  a[aria-current],
  .submenu > summary[data-current] {
    border-color: var(--druk-color-accent, #7d1d1d);
  }
  .submenu > summary {
    padding: var(--druk-space-3, 0.75rem);
    font-weight: var(--druk-font-weight-medium, 500);
    border-inline-start: var(--druk-border-width-heavy, 4px) solid transparent;
    list-style: none;
  }
  .submenu > summary::-webkit-details-marker {
    display: none;
  }
  /* A chevron that points down when closed and up when open. */
  .submenu > summary::after {
    content: '';
    inline-size: 0.45em;
    block-size: 0.45em;
    margin-block-start: -0.2em;
    border-block-end: 2px solid currentColor;
    border-inline-end: 2px solid currentColor;
    rotate: 45deg;
  }
  .submenu[open] > summary::after {
    margin-block-start: 0.2em;
    rotate: -135deg;
  }
  .submenu > ul {
    padding-block-end: 0;
    padding-inline-start: var(--druk-space-5, 1.5rem);
  }
  @supports selector(::details-content) {
    @container (min-width: 40rem) {
      .menu > summary {
        display: none;
      }
      .menu::details-content {
        content-visibility: visible;
        display: contents;
      }
      [part='list'] {
        flex-direction: row;
        flex-wrap: wrap;
        gap: 0 var(--druk-space-5, 1.5rem);
        padding: 0;
      }
      [part='list'] > li > a,
      .submenu > summary {
        padding-inline: 0;
        border-inline-start: 0;
        border-block-end: var(--druk-border-width-heavy, 4px) solid transparent;
      }
      .submenu {
        position: relative;
      }
      .submenu > ul {
        position: absolute;
        z-index: 10;
        inset-block-start: 100%;
        inset-inline-start: 0;
        min-inline-size: 14rem;
        padding: var(--druk-space-2, 0.5rem) 0;
        background: var(--druk-color-background, #ffffff);
        border: var(--druk-border-width-thin, 1px) solid var(--druk-color-border-subtle, #d8d2c7);
        box-shadow: 0 0.25rem 0.75rem rgb(0 0 0 / 0.15);
      }
    }
  }
  @media (forced-colors: active) {
    a[aria-current],
    .submenu > summary[data-current] {
      border-color: Highlight;
    }
  }
`;
