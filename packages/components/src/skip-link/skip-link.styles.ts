import { css } from 'lit';

export const skipLinkStyles = css`
  :host {
    display: block;
  }
  /* Off screen until focused, then a full-width bar at the top of the page. */
  a:not(:focus) {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  a:focus {
    display: block;
    padding: var(--druk-space-3, 0.75rem) var(--druk-layout-gutter, 1rem);
    background: var(--druk-color-focus-halo, #ffd520);
    color: var(--druk-color-on-flag, #1b1a1f);
    font-weight: var(--druk-font-weight-bold, 700);
    outline-offset: calc(-1 * var(--druk-focus-width, 3px));
    box-shadow: none;
  }
`;
