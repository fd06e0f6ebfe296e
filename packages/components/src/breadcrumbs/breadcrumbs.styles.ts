import { css } from 'lit';

export const breadcrumbsStyles = css`
  :host {
    display: block;
    font-size: var(--druk-font-size-sm, 0.875rem);
  }
  ol {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    margin: 0;
    padding: var(--druk-space-3, 0.75rem) 0;
    list-style: none;
  }
  li + li::before {
    content: '';
    display: inline-block;
    inline-size: 0.45em;
    block-size: 0.45em;
    margin-inline: var(--druk-space-2, 0.5rem) var(--druk-space-3, 0.75rem);
    border-block-start: 1px solid var(--druk-color-text-muted, #55525a);
    border-inline-end: 1px solid var(--druk-color-text-muted, #55525a);
    transform: rotate(45deg);
  }
  :host(:dir(rtl)) li + li::before {
    transform: rotate(-135deg);
  }
  [aria-current] {
    color: var(--druk-color-text-muted, #55525a);
  }
`;
