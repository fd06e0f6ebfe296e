import { css } from 'lit';

export const tableStyles = css`
  :host {
    display: block;
  }
  .scroll {
    overflow-x: auto;
    max-inline-size: 100%;
  }
  table {
    inline-size: 100%;
    border-collapse: collapse;
    font-variant-numeric: tabular-nums;
  }
  caption {
    padding-block-end: var(--druk-space-2, 0.5rem);
    font-size: var(--druk-font-size-lg, 1.125rem);
    font-weight: var(--druk-font-weight-bold, 700);
    text-align: start;
  }
  th,
  td {
    padding: var(--druk-space-2, 0.5rem) var(--druk-space-3, 0.75rem) var(--druk-space-2, 0.5rem) 0;
    text-align: start;
    vertical-align: top;
    border-block-end: var(--druk-border-width-thin, 1px) solid var(--druk-color-border-subtle, #d8d2c7);
  }
  th {
    font-weight: var(--druk-font-weight-bold, 700);
  }
  thead th {
    border-block-end-color: var(--druk-color-border, #7a756d);
  }
  .numeric {
    text-align: end;
  }
  th button {
    display: inline-flex;
    align-items: center;
    gap: var(--druk-space-1, 0.25rem);
    padding: 0;
    font: inherit;
    color: var(--druk-color-link, #7d1d1d);
    background: none;
    border: 0;
    text-align: inherit;
    cursor: pointer;
  }
  /* Sorting needs the script: without it the header is plain text. */
  :host(:not(:defined)) th button {
    color: inherit;
    pointer-events: none;
  }
  :host(:not(:defined)) .arrows {
    display: none;
  }
  .arrows {
    inline-size: 0.6em;
    block-size: 1em;
    flex: none;
    fill: currentColor;
  }
  @media (forced-colors: active) {
    th button {
      color: LinkText;
    }
  }
`;
