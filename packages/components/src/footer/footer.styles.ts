import { css } from 'lit';

export const footerStyles = css`
  :host {
    display: block;
    background: var(--druk-color-surface, #f7f3ec);
    border-block-start: var(--druk-border-width-heavy, 4px) solid var(--druk-color-accent, #7d1d1d);
    font-size: var(--druk-font-size-sm, 0.875rem);
  }
  @media (forced-colors: active) {
    :host {
      border-block-start-color: CanvasText;
    }
  }
  .inner {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 16rem), 1fr));
    gap: var(--druk-space-5, 1.5rem);
    max-inline-size: var(--druk-layout-container, 75rem);
    margin-inline: auto;
    padding: var(--druk-space-6, 2rem) var(--druk-layout-gutter, 1rem);
  }
  h2 {
    margin: 0 0 var(--druk-space-2, 0.5rem);
    font-size: var(--druk-font-size-md, 1rem);
    line-height: inherit;
  }
  address {
    font-style: normal;
    /* Long e-mail addresses and URLs wrap instead of pushing the page sideways at 320 px or 200 % text. */
    overflow-wrap: anywhere;
  }
  address p,
  .meta p {
    margin: 0 0 var(--druk-space-2, 0.5rem);
  }
  .address {
    white-space: pre-line;
  }
  ul {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  li + li {
    margin-block-start: var(--druk-space-2, 0.5rem);
  }
  .meta {
    grid-column: 1 / -1;
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    gap: var(--druk-space-3, 0.75rem);
    padding-block-start: var(--druk-space-4, 1rem);
    border-block-start: var(--druk-border-width-thin, 1px) solid var(--druk-color-border-subtle, #d8d2c7);
    color: var(--druk-color-text-muted, #55525a);
  }
`;
