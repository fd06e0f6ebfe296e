import { css } from 'lit';

export const accordionStyles = css`
  :host {
    display: block;
  }
  .controls {
    display: flex;
    justify-content: flex-end;
    margin-block-end: var(--druk-space-2, 0.5rem);
  }
  /* The show-all button needs the script; without it the sections still open one by one. */
  :host(:not(:defined)) .controls {
    display: none;
  }
  button {
    font: inherit;
    color: var(--druk-color-link, #7d1d1d);
    background: none;
    border: 0;
    padding: var(--druk-space-1, 0.25rem) 0;
    text-decoration-line: underline;
    text-underline-offset: var(--druk-link-underline-offset, 0.18em);
    cursor: pointer;
  }
  :host(:lang(dz)) button {
    text-underline-offset: var(--druk-dzongkha-underline-offset, 0.62em);
  }
  .sections {
    border-block-start: var(--druk-border-width-thin, 1px) solid var(--druk-color-border-subtle, #d8d2c7);
  }
  ::slotted(druk-details) {
    padding-block: var(--druk-space-3, 0.75rem);
    border-block-end: var(--druk-border-width-thin, 1px) solid var(--druk-color-border-subtle, #d8d2c7);
  }
  @media (forced-colors: active) {
    button {
      color: LinkText;
    }
  }
`;
