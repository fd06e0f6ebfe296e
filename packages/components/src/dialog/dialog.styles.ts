import { css } from 'lit';

export const dialogStyles = css`
  :host {
    display: inline-block;
  }
  button {
    min-block-size: max(44px, 2.75rem);
    padding: var(--druk-space-2, 0.5rem) var(--druk-space-4, 1rem);
    border: var(--druk-border-width-thick, 2px) solid var(--druk-color-accent, #7d1d1d);
    border-radius: var(--druk-radius-md, 4px);
    background: var(--druk-color-background, #ffffff);
    color: var(--druk-color-accent, #7d1d1d);
    font: inherit;
    font-weight: var(--druk-font-weight-bold, 700);
    cursor: pointer;
  }
  button:hover {
    background: var(--druk-color-surface, #f7f3ec);
  }
  dialog {
    inline-size: min(40rem, calc(100vw - 2 * var(--druk-space-4, 1rem)));
    max-block-size: calc(100dvh - 2 * var(--druk-space-4, 1rem));
    padding: var(--druk-space-5, 1.5rem);
    border: var(--druk-border-width-heavy, 4px) solid var(--druk-color-accent, #7d1d1d);
    border-radius: var(--druk-radius-lg, 8px);
    background: var(--druk-color-background, #ffffff);
    color: var(--druk-color-text, #1b1a1f);
  }
  dialog::backdrop {
    background: color-mix(in srgb, var(--druk-color-text, #1b1a1f) 60%, transparent);
  }
  .top {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-start;
    justify-content: space-between;
    gap: var(--druk-space-3, 0.75rem);
  }
  .heading {
    font-family: var(--druk-font-family-heading, inherit);
    font-size: var(--druk-font-size-lg, 1.25rem);
    font-weight: var(--druk-font-weight-bold, 700);
    line-height: var(--druk-line-height-heading, 1.25);
  }
  :host(:lang(dz)) .heading {
    line-height: var(--druk-dzongkha-line-height-heading, 1.5);
  }
  .body {
    margin-block: var(--druk-space-4, 1rem);
  }
  /* Action links are the page's own elements: the page's link styles may not keep clear of Dzongkha stacks. */
  /* Important: a portal's own link colour (Bootstrap 4's #007bff, 3.98:1) would otherwise win over a slotted
     rule and fail contrast on the window's background. */
  ::slotted(a) {
    color: var(--druk-color-link, #7d1d1d) !important;
    text-underline-offset: var(--druk-link-underline-offset, 0.18em);
    outline-offset: var(--druk-focus-offset, 2px);
  }
  :host(:lang(dz)) ::slotted(a) {
    text-underline-offset: var(--druk-dzongkha-underline-offset, 0.62em);
  }
  ::slotted(:focus-visible) {
    outline: var(--druk-focus-width, 3px) solid var(--druk-color-focus, #1b1a1f);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--druk-space-3, 0.75rem);
  }
  @media (forced-colors: active) {
    button,
    dialog {
      border-color: CanvasText;
    }
    button {
      background: Canvas;
      color: CanvasText;
    }
    ::slotted(:focus-visible) {
      outline-color: Highlight;
    }
  }
`;
