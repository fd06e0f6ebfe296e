import { css } from 'lit';

export const downloadItemStyles = css`
  :host {
    display: block;
  }
  .item {
    display: flex;
    gap: var(--druk-space-3, 0.75rem);
    align-items: flex-start;
    padding-block: var(--druk-space-3, 0.75rem);
  }
  .icon {
    flex: none;
    inline-size: 2.5rem;
    block-size: 3.25rem;
  }
  .icon path {
    fill: var(--druk-color-surface, #f7f3ec);
    stroke: var(--druk-color-border, #7a756d);
  }
  .icon text {
    fill: var(--druk-color-text, #1b1a1f);
    font: bold 7px var(--druk-font-family-body, sans-serif);
  }
  a {
    font-weight: var(--druk-font-weight-bold, 700);
  }
  ul {
    display: flex;
    flex-wrap: wrap;
    gap: 0 var(--druk-space-3, 0.75rem);
    margin: var(--druk-space-1, 0.25rem) 0 0;
    padding: 0;
    list-style: none;
    color: var(--druk-color-text-muted, #55525a);
    font-size: var(--druk-font-size-sm, 0.875rem);
  }
`;
