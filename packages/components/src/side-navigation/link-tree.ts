// Nested lists of links, shared by the side navigation (a section's pages) and the contents list (a
// page's headings): their validation, markup and styles.
import { css, html, nothing, type TemplateResult } from 'lit';
import { LINK_FIELDS, validateItems, type LinkItem } from '../base/data.ts';

/** A link with the links below it (a section's sub-pages, a heading's sub-headings). */
export interface LinkTreeItem extends LinkItem {
  children?: LinkTreeItem[];
}

/** The items whose fields are right, at every level; each other item (and its children) is left out with a warning. */
export function validateLinkTree(value: unknown, where: string): LinkTreeItem[] {
  return validateItems<LinkTreeItem>(value, where, LINK_FIELDS).map((item, index) =>
    item.children === undefined
      ? item
      : { ...item, children: validateLinkTree(item.children, `${where}, item ${index + 1} children`) },
  );
}

/** Whether the page the visitor is on is `item` or below it. */
export function holdsCurrent(item: LinkTreeItem): boolean {
  return Boolean(item.current) || (item.children ?? []).some(holdsCurrent);
}

/**
 * The items as nested lists of links, the current page marked with `aria-current="page"`. With
 * `openPath`, only the levels on the way to the current page are shown (a section's navigation);
 * otherwise every level is.
 */
export function renderLinkTree(items: readonly LinkTreeItem[], openPath: boolean, depth = 1): TemplateResult {
  return html`<ul class=${`level-${depth}`}>
    ${items.map((item) => {
      const children = item.children ?? [];
      const shown = children.length > 0 && (!openPath || holdsCurrent(item));
      return html`<li>
        <a href=${item.href} aria-current=${item.current ? 'page' : nothing}>${item.label}</a>
        ${shown ? renderLinkTree(children, openPath, depth + 1) : nothing}
      </li>`;
    })}
  </ul>`;
}

export const linkTreeStyles = css`
  .heading {
    margin-block: 0 var(--druk-space-2, 0.5rem);
    font-size: var(--druk-font-size-md, 1rem);
    font-weight: var(--druk-font-weight-bold, 700);
  }
  ul {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  ul ul {
    margin-inline-start: var(--druk-space-4, 1rem);
  }
  li {
    margin-block: var(--druk-space-1, 0.25rem);
  }
  a {
    display: inline-block;
    min-block-size: max(24px, 1.5rem);
    padding-inline-start: var(--druk-space-3, 0.75rem);
    border-inline-start: var(--druk-border-width-heavy, 4px) solid transparent;
  }
  a[aria-current='page'] {
    border-inline-start-color: var(--druk-color-accent, #7d1d1d);
    color: var(--druk-color-text, #1b1a1f);
    font-weight: var(--druk-font-weight-bold, 700);
    text-decoration-line: none;
  }
  @media (forced-colors: active) {
    a {
      border-inline-start-color: Canvas;
    }
    a[aria-current='page'] {
      border-inline-start-color: CanvasText;
    }
  }
`;
