import { css } from 'lit';

export const tagStyles = css`
  :host {
    display: inline-block;
    font-size: var(--druk-font-size-sm, 0.875rem);
    --tag-color: var(--druk-color-text, #1b1a1f);
    --tag-surface: var(--druk-color-surface, #f7f3ec);
  }
  :host([variant='info']) {
    --tag-color: var(--druk-color-info, #1d4f91);
    --tag-surface: var(--druk-color-info-surface, #e6eef8);
  }
  :host([variant='success']) {
    --tag-color: var(--druk-color-success, #1c6b36);
    --tag-surface: var(--druk-color-success-surface, #e7f3ea);
  }
  :host([variant='warning']) {
    --tag-color: var(--druk-color-warning, #7a4b00);
    --tag-surface: var(--druk-color-warning-surface, #fff3d1);
  }
  :host([variant='error']) {
    --tag-color: var(--druk-color-error, #b3261e);
    --tag-surface: var(--druk-color-error-surface, #fcebe9);
  }
  strong {
    display: inline-block;
    padding: 0 var(--druk-space-2, 0.5rem);
    color: var(--tag-color);
    background: var(--tag-surface);
    border: var(--druk-border-width-thin, 1px) solid currentColor;
    border-radius: var(--druk-radius-sm, 2px);
    font-weight: var(--druk-font-weight-bold, 700);
  }
`;
