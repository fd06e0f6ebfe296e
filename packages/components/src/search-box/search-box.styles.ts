import { css } from 'lit';

export const searchBoxStyles = css`
  :host {
    display: block;
  }
  form {
    display: flex;
    max-inline-size: 32rem;
  }
  /* A set width, not the field's intrinsic size=20 one (226 px), so that field and button fit 320 px. */
  input {
    flex: 1 1 8rem;
    inline-size: 8rem;
    min-inline-size: 0;
    padding: var(--druk-space-2, 0.5rem) var(--druk-space-3, 0.75rem);
    font: inherit;
    font-family: var(--druk-font-family-input, inherit);
    color: var(--druk-color-text, #1b1a1f);
    background: var(--druk-color-background, #ffffff);
    border: var(--druk-border-width-thick, 2px) solid var(--druk-color-border, #7a756d);
    border-inline-end: 0;
    border-radius: var(--druk-radius-md, 4px) 0 0 var(--druk-radius-md, 4px);
  }
  button {
    display: inline-flex;
    align-items: center;
    gap: var(--druk-space-2, 0.5rem);
    padding: var(--druk-space-2, 0.5rem) var(--druk-space-3, 0.75rem);
    font: inherit;
    font-weight: var(--druk-font-weight-bold, 700);
    color: var(--druk-color-on-accent, #ffffff);
    background: var(--druk-color-accent, #7d1d1d);
    border: var(--druk-border-width-thick, 2px) solid var(--druk-color-accent, #7d1d1d);
    border-radius: 0 var(--druk-radius-md, 4px) var(--druk-radius-md, 4px) 0;
    cursor: pointer;
  }
  button:hover {
    background: var(--druk-color-accent-hover, #3e0a0a);
  }
  svg {
    inline-size: 1.1em;
    block-size: 1.1em;
    fill: none;
    stroke: currentColor;
    stroke-width: 2.5;
  }
  @media (forced-colors: active) {
    button {
      border-color: ButtonText;
    }
  }
`;
