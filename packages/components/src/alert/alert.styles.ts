import { css } from 'lit';

export const alertStyles = css`
  :host {
    display: block;
    --alert-color: var(--druk-color-info, #1d4f91);
    --alert-surface: var(--druk-color-info-surface, #e6eef8);
  }
  :host([variant='success']) {
    --alert-color: var(--druk-color-success, #1c6b36);
    --alert-surface: var(--druk-color-success-surface, #e7f3ea);
  }
  :host([variant='warning']) {
    --alert-color: var(--druk-color-warning, #7a4b00);
    --alert-surface: var(--druk-color-warning-surface, #fff3d1);
  }
  :host([variant='important']) {
    --alert-color: var(--druk-color-error, #b3261e);
    --alert-surface: var(--druk-color-error-surface, #fcebe9);
  }
  .alert {
    display: flex;
    gap: var(--druk-space-3, 0.75rem);
    padding: var(--druk-space-4, 1rem);
    background: var(--alert-surface);
    border-inline-start: var(--druk-border-width-heavy, 4px) solid var(--alert-color);
    border-radius: var(--druk-radius-sm, 2px);
  }
  svg {
    flex: none;
    inline-size: 1.5em;
    block-size: 1.5em;
    fill: var(--alert-color);
  }
  .body {
    min-inline-size: 0;
  }
  .heading {
    display: block;
    margin: 0 0 var(--druk-space-1, 0.25rem);
    font-size: var(--druk-font-size-lg, 1.125rem);
    font-weight: var(--druk-font-weight-bold, 700);
    line-height: var(--druk-line-height-heading, 1.25);
  }
  :host(:lang(dz)) .heading {
    line-height: var(--druk-dzongkha-line-height-heading, 1.5);
  }
  ::slotted(*) {
    margin-block: 0;
  }
  @media (forced-colors: active) {
    .alert {
      border: 1px solid CanvasText;
      border-inline-start-width: var(--druk-border-width-heavy, 4px);
    }
    svg {
      fill: CanvasText;
    }
  }
`;
