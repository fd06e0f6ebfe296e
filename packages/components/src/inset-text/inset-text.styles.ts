import { css } from 'lit';

export const insetTextStyles = css`
  :host {
    display: block;
    margin-block: var(--druk-space-5, 1.5rem);
    padding: var(--druk-space-3, 0.75rem) var(--druk-space-4, 1rem);
    border-inline-start: var(--druk-border-width-heavy, 4px) solid var(--druk-color-border, #7a756d);
  }
  ::slotted(*) {
    margin-block: 0 var(--druk-space-2, 0.5rem);
  }
  ::slotted(:last-child) {
    margin-block-end: 0;
  }
  @media (forced-colors: active) {
    :host {
      border-inline-start-color: CanvasText;
    }
  }
`;
