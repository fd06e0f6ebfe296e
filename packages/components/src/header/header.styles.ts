import { css } from 'lit';

export const headerStyles = css`
  :host {
    display: block;
    background: var(--druk-color-accent, #7d1d1d);
    color: var(--druk-color-on-accent, #ffffff);
    border-block-end: var(--druk-border-width-heavy, 4px) solid var(--druk-color-flag-yellow, #ffd520);
  }
  .inner {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: var(--druk-space-3, 0.75rem) var(--druk-space-5, 1.5rem);
    max-inline-size: var(--druk-layout-container, 75rem);
    margin-inline: auto;
    padding: var(--druk-space-4, 1rem) var(--druk-layout-gutter, 1rem);
  }
  .home,
  .home:visited,
  .home:hover {
    display: flex;
    align-items: center;
    gap: var(--druk-space-3, 0.75rem);
    min-inline-size: 0;
    color: inherit;
    text-decoration: none;
  }
  .home:hover .name {
    text-decoration: underline;
  }
  img,
  ::slotted([slot='logo']) {
    flex: 0 1 auto;
    min-inline-size: 0;
    inline-size: auto;
    block-size: 3.5rem;
    object-fit: contain;
    object-position: left center;
  }
  /* A logo that fails to load shows its alt text, which wraps and is clipped inside the logo's box. */
  img {
    overflow: hidden;
  }
  .names {
    display: flex;
    flex-direction: column;
  }
  .name {
    font-family: var(--druk-font-family-heading, inherit);
    font-size: var(--druk-font-size-xl, 1.5rem);
    font-weight: var(--druk-font-weight-bold, 700);
    line-height: var(--druk-line-height-heading, 1.25);
  }
  .name [lang='dz'] {
    font-family: var(--druk-font-family-dzongkha, Jomolhari, serif);
    line-height: var(--druk-dzongkha-line-height-heading, 1.5);
  }
  .secondary,
  .lineage {
    font-size: var(--druk-font-size-sm, 0.875rem);
  }
  .secondary [lang='dz'] {
    font-family: var(--druk-font-family-dzongkha, Jomolhari, serif);
    font-size: var(--druk-font-size-md, 1rem);
    line-height: var(--druk-dzongkha-line-height-body, 1.8);
  }
  /* The language switcher and search sit on the header's colour: they take its text colour. */
  ::slotted(:not([slot='navigation'])) {
    color: var(--druk-color-on-accent, #ffffff);
  }
  .tools {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--druk-space-3, 0.75rem);
  }
  :focus-visible {
    outline-color: var(--druk-color-focus-halo, #ffd520);
    box-shadow: 0 0 0 var(--druk-focus-offset, 2px) var(--druk-color-focus, #1b1a1f);
  }
  @media (forced-colors: active) {
    :host {
      border-block-end-color: CanvasText;
    }
  }
`;
