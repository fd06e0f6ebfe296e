import { css } from 'lit';

export const phaseBannerStyles = css`
  :host {
    display: block;
    font-size: var(--druk-font-size-sm, 0.875rem);
  }
  .banner {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: var(--druk-space-2, 0.5rem) var(--druk-space-3, 0.75rem);
    padding-block: var(--druk-space-2, 0.5rem);
    border-block-end: var(--druk-border-width-thin, 1px) solid var(--druk-color-border-subtle, #d8d2c7);
  }
  p {
    margin: 0;
  }
`;
