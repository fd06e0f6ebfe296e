import { css } from 'lit';

export const noticeSummaryStyles = css`
  :host {
    display: block;
  }
  article {
    padding-block: var(--druk-space-4, 1rem);
    border-block-end: var(--druk-border-width-thin, 1px) solid var(--druk-color-border-subtle, #d8d2c7);
  }
  .top {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--druk-space-2, 0.5rem);
  }
  .kind {
    color: var(--druk-color-text-muted, #55525a);
    font-size: var(--druk-font-size-sm, 0.875rem);
  }
  .heading {
    margin: var(--druk-space-1, 0.25rem) 0;
    font-size: var(--druk-font-size-lg, 1.125rem);
    font-weight: var(--druk-font-weight-bold, 700);
    line-height: var(--druk-line-height-heading, 1.25);
  }
  :host(:lang(dz)) .heading {
    line-height: var(--druk-dzongkha-line-height-heading, 1.5);
  }
  dl {
    display: flex;
    flex-wrap: wrap;
    gap: 0 var(--druk-space-5, 1.5rem);
    margin: 0;
    font-size: var(--druk-font-size-sm, 0.875rem);
  }
  dl div {
    display: flex;
    gap: var(--druk-space-1, 0.25rem);
  }
  dd {
    margin: 0;
    font-weight: var(--druk-font-weight-bold, 700);
  }
`;
