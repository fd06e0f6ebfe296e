import { css } from 'lit';

export const detailsStyles = css`
  :host {
    display: block;
  }
  summary {
    display: inline-flex;
    align-items: baseline;
    gap: var(--druk-space-2, 0.5rem);
    color: var(--druk-color-link, #7d1d1d);
    cursor: pointer;
  }
  summary::before {
    content: '';
    flex: none;
    inline-size: 0;
    block-size: 0;
    border-block: 0.35em solid transparent;
    border-inline-start: 0.55em solid currentColor;
    transition: transform var(--druk-duration-fast, 120ms);
  }
  details[open] > summary::before {
    transform: rotate(90deg);
  }
  .label {
    text-decoration-line: underline;
    text-decoration-thickness: var(--druk-link-underline-thickness, max(1px, 0.0625em));
    text-underline-offset: var(--druk-link-underline-offset, 0.18em);
  }
  :host(:lang(dz)) .label {
    text-underline-offset: var(--druk-dzongkha-underline-offset, 0.62em);
  }
  .content {
    margin-block-start: var(--druk-space-2, 0.5rem);
    padding-inline-start: var(--druk-space-4, 1rem);
    border-inline-start: var(--druk-border-width-heavy, 4px) solid var(--druk-color-border-subtle, #d8d2c7);
  }
  @media (prefers-reduced-motion: reduce) {
    summary::before {
      transition: none;
    }
  }
  @media (forced-colors: active) {
    summary {
      color: LinkText;
    }
  }
`;
