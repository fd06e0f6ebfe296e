import { css } from 'lit';

export const languageSwitcherStyles = css`
  :host {
    display: block;
  }
  ul {
    display: flex;
    flex-wrap: wrap;
    gap: var(--druk-space-1, 0.25rem) var(--druk-space-3, 0.75rem);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  li + li {
    border-inline-start: var(--druk-border-width-thin, 1px) solid currentColor;
    padding-inline-start: var(--druk-space-3, 0.75rem);
  }
  a,
  a:visited {
    color: inherit;
  }
  a[aria-current] {
    font-weight: var(--druk-font-weight-bold, 700);
    text-decoration-line: none;
  }
  .unavailable {
    font-style: italic;
  }
`;
