import { css } from 'lit';

export const confirmationPanelStyles = css`
  :host {
    display: block;
    margin-block-end: var(--druk-space-6, 2rem);
  }
  .panel {
    padding: var(--druk-space-5, 1.5rem);
    border: var(--druk-border-width-heavy, 4px) solid transparent;
    background: var(--druk-color-success, #1c6b36);
    color: var(--druk-color-background, #fff);
    text-align: center;
  }
  .heading {
    display: block;
    margin: 0 0 var(--druk-space-3, 0.75rem);
    font-size: var(--druk-font-size-2xl, 2rem);
    font-weight: var(--druk-font-weight-bold, 700);
    line-height: var(--druk-line-height-heading, 1.25);
  }
  :host(:lang(dz)) .heading {
    line-height: var(--druk-dzongkha-line-height-heading, 1.5);
  }
  .reference {
    display: block;
    font-size: var(--druk-font-size-xl, 1.5rem);
  }
  strong {
    display: block;
    font-size: var(--druk-font-size-2xl, 2rem);
    overflow-wrap: anywhere;
  }
  @media (forced-colors: active) {
    /* The light text token becomes Canvas, the colour of the backplate behind it. */
    .panel {
      border-color: CanvasText;
      color: CanvasText;
    }
  }
`;
