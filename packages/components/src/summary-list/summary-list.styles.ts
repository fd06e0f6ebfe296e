import { css } from 'lit';

export const summaryListStyles = css`
  :host {
    display: block;
    margin-block-end: var(--druk-space-6, 2rem);
  }
  dl {
    margin: 0;
  }
  .row {
    display: flex;
    flex-wrap: wrap;
    gap: 0 var(--druk-space-4, 1rem);
    padding-block: var(--druk-space-3, 0.75rem);
    border-block-end: var(--druk-border-width-thin, 1px) solid var(--druk-color-border-subtle, #cbc6bd);
  }
  dt {
    flex: 1 1 12rem;
    font-weight: var(--druk-font-weight-bold, 700);
  }
  dd {
    flex: 2 1 16rem;
    margin: 0;
    white-space: pre-line;
    overflow-wrap: anywhere;
  }
  .actions {
    flex: 0 1 auto;
  }
  a {
    display: inline-block;
    min-block-size: 24px;
    min-inline-size: 24px;
  }
`;
