import { css } from 'lit';

export const mastheadStyles = css`
  :host {
    display: block;
    font-size: var(--druk-font-size-sm, 0.875rem);
    background: var(--druk-color-surface, #f7f3ec);
    color: var(--druk-color-text, #1b1a1f);
  }
  section {
    max-width: var(--druk-layout-container, 75rem);
    margin-inline: auto;
    padding-inline: var(--druk-layout-gutter, 1rem);
  }
  summary {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--druk-space-1, 0.25rem) var(--druk-space-2, 0.5rem);
    padding-block: var(--druk-space-1, 0.25rem);
    cursor: pointer;
  }
  .flag {
    flex: none;
    inline-size: 1.5em;
    block-size: 1em;
  }
  .flag-yellow {
    fill: var(--druk-color-flag-yellow, #ffd520);
  }
  .flag-orange {
    fill: var(--druk-color-flag-orange, #ff4e12);
  }
  .toggle {
    color: var(--druk-color-link, #7d1d1d);
    text-decoration-line: underline;
    text-underline-offset: var(--druk-link-underline-offset, 0.18em);
  }
  :host(:lang(dz)) .toggle {
    text-underline-offset: var(--druk-dzongkha-underline-offset, 0.62em);
  }
  .toggle::after {
    content: '';
    display: inline-block;
    inline-size: 0.45em;
    block-size: 0.45em;
    margin-inline-start: 0.4em;
    border-inline-end: 2px solid currentColor;
    border-block-end: 2px solid currentColor;
    transform: translateY(-0.15em) rotate(45deg);
  }
  details[open] .toggle::after {
    transform: translateY(0.1em) rotate(-135deg);
  }
  .panel {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 18rem), 1fr));
    gap: var(--druk-space-4, 1rem);
    padding-block: var(--druk-space-3, 0.75rem) var(--druk-space-4, 1rem);
  }
  .reason {
    display: flex;
    gap: var(--druk-space-2, 0.5rem);
    align-items: flex-start;
  }
  .reason svg {
    flex: none;
    inline-size: 2.25em;
    block-size: 2.25em;
    color: var(--druk-color-text-muted, #55525a);
  }
  .reason p {
    margin: 0;
  }
  .reason strong {
    display: block;
  }
  @media (forced-colors: active) {
    .toggle {
      color: LinkText;
    }
  }
`;
