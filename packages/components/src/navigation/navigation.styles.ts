import { css } from 'lit';

/*
 * Narrow (and in browsers without ::details-content): the list folds into a native disclosure, so the
 * menu opens with or without JavaScript. Wide: the disclosure is forced open and its toggle hidden.
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
  summary {
    display: flex;
    align-items: center;
    gap: var(--druk-space-2, 0.5rem);
    padding-block: var(--druk-space-3, 0.75rem);
    font-weight: var(--druk-font-weight-bold, 700);
    cursor: pointer;
  }
  summary::before {
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
  a:hover {
    text-decoration-line: underline;
  }
  a[aria-current] {
    border-color: var(--druk-color-accent, #7d1d1d);
  }
  @supports selector(::details-content) {
    @container (min-width: 40rem) {
      summary {
        display: none;
      }
      details::details-content {
        content-visibility: visible;
        display: contents;
      }
      ul {
        flex-direction: row;
        flex-wrap: wrap;
        gap: 0 var(--druk-space-5, 1.5rem);
        padding: 0;
      }
      a {
        padding-inline: 0;
        border-inline-start: 0;
        border-block-end: var(--druk-border-width-heavy, 4px) solid transparent;
      }
    }
  }
  @media (forced-colors: active) {
    a[aria-current] {
      border-color: Highlight;
    }
  }
`;
