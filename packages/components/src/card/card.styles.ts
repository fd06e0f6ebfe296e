import { css } from 'lit';

export const cardStyles = css`
  :host {
    display: block;
  }
  article {
    position: relative;
    display: flex;
    flex-direction: column;
    block-size: 100%;
    background: var(--druk-color-background, #ffffff);
    border: var(--druk-border-width-thin, 1px) solid var(--druk-color-border-subtle, #d8d2c7);
    border-radius: var(--druk-radius-md, 4px);
    overflow: clip;
  }
  article:hover {
    box-shadow: var(--druk-shadow-md, 0 2px 6px rgb(0 0 0 / 0.16));
  }
  ::slotted([slot='media']) {
    display: block;
    inline-size: 100%;
    block-size: auto;
  }
  .body {
    display: flex;
    flex-direction: column;
    gap: var(--druk-space-2, 0.5rem);
    padding: var(--druk-space-4, 1rem);
  }
  .heading {
    margin: 0;
    font-family: var(--druk-font-family-heading, inherit);
    font-size: var(--druk-font-size-lg, 1.125rem);
    font-weight: var(--druk-font-weight-bold, 700);
    line-height: var(--druk-line-height-heading, 1.25);
  }
  :host(:lang(dz)) .heading {
    font-family: var(--druk-font-family-dzongkha, Jomolhari, serif);
    line-height: var(--druk-dzongkha-line-height-heading, 1.5);
  }
  /* The whole card is the link's target area; the link text alone is its name. */
  .heading a::after {
    content: '';
    position: absolute;
    inset: 0;
  }
  .meta {
    color: var(--druk-color-text-muted, #55525a);
    font-size: var(--druk-font-size-sm, 0.875rem);
  }
`;
