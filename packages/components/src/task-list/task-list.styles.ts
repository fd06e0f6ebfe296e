import { css } from 'lit';

export const taskListStyles = css`
  :host {
    display: block;
  }
  .progress {
    margin-block: 0 var(--druk-space-4, 1rem);
  }
  ul {
    margin: 0;
    padding: 0;
    list-style: none;
    border-block-start: var(--druk-border-width-thin, 1px) solid var(--druk-color-border-subtle, #d8d2c7);
  }
  li {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: var(--druk-space-2, 0.5rem) var(--druk-space-4, 1rem);
    padding-block: var(--druk-space-3, 0.75rem);
    border-block-end: var(--druk-border-width-thin, 1px) solid var(--druk-color-border-subtle, #d8d2c7);
  }
  .task {
    display: flex;
    flex-direction: column;
    gap: var(--druk-space-1, 0.25rem);
  }
  .name {
    display: inline-block;
    min-block-size: max(24px, 1.5rem);
    font-weight: var(--druk-font-weight-bold, 700);
  }
  .hint {
    color: var(--druk-color-text-muted, #55525a);
  }
  .status {
    padding-inline: var(--druk-space-2, 0.5rem);
    border: var(--druk-border-width-thin, 1px) solid currentColor;
    border-radius: var(--druk-radius-sm, 2px);
    font-size: var(--druk-font-size-sm, 0.875rem);
    font-weight: var(--druk-font-weight-bold, 700);
  }
  .completed .status {
    color: var(--druk-color-success, #1c6b36);
    background: var(--druk-color-success-surface, #e7f3ea);
  }
  .in-progress .status {
    color: var(--druk-color-info, #1d4f91);
    background: var(--druk-color-info-surface, #e6eef8);
  }
  .not-started .status {
    color: var(--druk-color-text, #1b1a1f);
    background: var(--druk-color-surface, #f7f3ec);
  }
  /* Not a colour of its own: the words say the task waits, and muted text stays at AA contrast. */
  .cannot-start .status,
  .cannot-start .name {
    color: var(--druk-color-text-muted, #55525a);
  }
  .cannot-start .status {
    border-style: dashed;
  }
`;
