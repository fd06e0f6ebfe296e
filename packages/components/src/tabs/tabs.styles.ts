import { css } from 'lit';

export const tabsStyles = css`
  :host {
    display: block;
  }
  [role='tablist'] {
    display: flex;
    flex-wrap: wrap;
    gap: var(--druk-space-1, 0.25rem);
    border-block-end: var(--druk-border-width-thin, 1px) solid var(--druk-color-border, #7a756d);
  }
  [role='tab'] {
    margin-block-end: -1px;
    padding: var(--druk-space-2, 0.5rem) var(--druk-space-4, 1rem);
    font: inherit;
    color: var(--druk-color-link, #7d1d1d);
    background: var(--druk-color-surface, #f7f3ec);
    border: var(--druk-border-width-thin, 1px) solid transparent;
    border-radius: var(--druk-radius-md, 4px) var(--druk-radius-md, 4px) 0 0;
    text-decoration-line: underline;
    text-underline-offset: var(--druk-link-underline-offset, 0.18em);
    cursor: pointer;
  }
  :host(:lang(dz)) [role='tab'] {
    text-underline-offset: var(--druk-dzongkha-underline-offset, 0.62em);
  }
  [role='tab'][aria-selected='true'] {
    color: var(--druk-color-text, #1b1a1f);
    background: var(--druk-color-background, #ffffff);
    border-color: var(--druk-color-border, #7a756d);
    border-block-end-color: var(--druk-color-background, #ffffff);
    text-decoration-line: none;
  }
  .panels {
    padding-block: var(--druk-space-4, 1rem);
  }
  @media (forced-colors: active) {
    [role='tab'][aria-selected='true'] {
      border-block-end: var(--druk-border-width-heavy, 4px) solid Highlight;
    }
  }
`;

export const tabPanelStyles = css`
  :host {
    display: block;
  }
  :host([hidden]) {
    display: none;
  }
  :host(:focus-visible) {
    outline: var(--druk-focus-width, 3px) solid var(--druk-color-focus, #1b1a1f);
    outline-offset: var(--druk-focus-offset, 2px);
  }
  @media (forced-colors: active) {
    :host(:focus-visible) {
      outline-color: Highlight;
    }
  }
  .heading {
    margin: 0 0 var(--druk-space-2, 0.5rem);
    font-size: var(--druk-font-size-lg, 1.125rem);
    line-height: var(--druk-line-height-heading, 1.25);
  }
  :host(:lang(dz)) .heading {
    line-height: var(--druk-dzongkha-line-height-heading, 1.5);
  }
  /* Inside enhanced tabs the tab names the panel; without JavaScript the heading does. */
  :host([role='tabpanel']) .heading {
    display: none;
  }
`;
