import { css } from 'lit';

export const paginationStyles = css`
  :host {
    display: block;
  }
  ul {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--druk-space-1, 0.25rem);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  a,
  .current,
  .gap {
    display: inline-block;
    min-inline-size: 2.75rem;
    padding: var(--druk-space-2, 0.5rem) var(--druk-space-3, 0.75rem);
    text-align: center;
  }
  .current {
    color: var(--druk-color-on-accent, #ffffff);
    background: var(--druk-color-accent, #7d1d1d);
    border-radius: var(--druk-radius-md, 4px);
    font-weight: var(--druk-font-weight-bold, 700);
  }
  .previous,
  .next {
    font-weight: var(--druk-font-weight-bold, 700);
  }
  @media (forced-colors: active) {
    .current {
      border: 2px solid CanvasText;
    }
  }
`;
