import { css } from 'lit';

export const feedbackStyles = css`
  :host {
    display: block;
  }
  .box {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--druk-space-3, 0.75rem);
    padding: var(--druk-space-4, 1rem);
    background: var(--druk-color-surface, #f7f3ec);
    border-radius: var(--druk-radius-md, 4px);
  }
  form {
    display: contents;
  }
  fieldset {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--druk-space-3, 0.75rem);
    margin: 0;
    padding: 0;
    border: 0;
  }
  legend {
    float: inline-start;
    margin-inline-end: var(--druk-space-3, 0.75rem);
    padding: 0;
    font-weight: var(--druk-font-weight-bold, 700);
  }
  button {
    min-inline-size: 4rem;
    padding: var(--druk-space-2, 0.5rem) var(--druk-space-4, 1rem);
    font: inherit;
    color: var(--druk-color-text, #1b1a1f);
    background: var(--druk-color-background, #ffffff);
    border: var(--druk-border-width-thick, 2px) solid var(--druk-color-border, #7a756d);
    border-radius: var(--druk-radius-md, 4px);
    cursor: pointer;
  }
  button:hover {
    border-color: var(--druk-color-text, #1b1a1f);
  }
  .thanks {
    margin: 0;
    font-weight: var(--druk-font-weight-bold, 700);
  }
  @media (forced-colors: active) {
    button {
      border-color: ButtonText;
    }
  }
`;
