import { css } from 'lit';

export const warningTextStyles = css`
  :host {
    display: block;
    margin-block: var(--druk-space-5, 1.5rem);
  }
  .warning {
    display: flex;
    align-items: flex-start;
    gap: var(--druk-space-3, 0.75rem);
    font-weight: var(--druk-font-weight-bold, 700);
  }
  .icon {
    flex: none;
    display: inline-flex;
    align-items: center;
    justify-content: center;
    inline-size: 2em;
    block-size: 2em;
    border-radius: 50%;
    background: var(--druk-color-text, #1b1a1f);
    color: var(--druk-color-background, #fff);
    font-family: var(--druk-font-family-body, system-ui, sans-serif);
    font-size: var(--druk-font-size-md, 1rem);
    line-height: 1;
  }
  @media (forced-colors: active) {
    .icon {
      forced-color-adjust: none;
      background: CanvasText;
      color: Canvas;
    }
  }
`;
