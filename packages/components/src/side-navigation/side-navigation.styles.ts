import { css } from 'lit';

export const sideNavigationStyles = css`
  :host {
    display: block;
  }
  nav {
    padding-block-start: var(--druk-space-2, 0.5rem);
    border-block-start: var(--druk-border-width-heavy, 4px) solid var(--druk-color-accent, #7d1d1d);
  }
`;
