import { css } from 'lit';

export const stepByStepStyles = css`
  :host {
    display: block;
  }
`;

export const stepStyles = css`
  :host {
    display: block;
    position: relative;
    padding-inline-start: 3.25rem;
    padding-block-end: var(--druk-space-5, 1.5rem);
  }
  /* The line joining the steps; the last step ends it. */
  :host::before {
    content: '';
    position: absolute;
    inset-block: 0;
    inset-inline-start: 1.125rem;
    border-inline-start: var(--druk-border-width-thick, 2px) solid var(--druk-color-border-subtle, #d8d2c7);
  }
  :host(:last-of-type)::before {
    display: none;
  }
  .number {
    position: absolute;
    inset-inline-start: 0;
    inset-block-start: 0;
    display: grid;
    place-items: center;
    inline-size: 2.25rem;
    block-size: 2.25rem;
    background: var(--druk-color-background, #ffffff);
    border: var(--druk-border-width-thick, 2px) solid var(--druk-color-accent, #7d1d1d);
    border-radius: 50%;
    font-weight: var(--druk-font-weight-bold, 700);
    line-height: 1;
  }
  @media (forced-colors: active) {
    .number {
      border-color: CanvasText;
    }
  }
  .heading {
    margin: 0 0 var(--druk-space-2, 0.5rem);
    min-block-size: 2.25rem;
    font-size: var(--druk-font-size-lg, 1.125rem);
    font-weight: var(--druk-font-weight-bold, 700);
    line-height: var(--druk-line-height-heading, 1.25);
  }
  :host(:lang(dz)) .heading {
    line-height: var(--druk-dzongkha-line-height-heading, 1.5);
  }
`;
