import { css } from 'lit';

export const backToTopStyles = css`
  :host {
    display: block;
    margin-block: var(--druk-space-5, 1.5rem);
  }
  a::before {
    content: '';
    display: inline-block;
    inline-size: 0.5em;
    block-size: 0.5em;
    margin-inline-end: 0.5em;
    border-block-start: 2px solid currentColor;
    border-inline-start: 2px solid currentColor;
    transform: translateY(0.1em) rotate(45deg);
  }
`;
