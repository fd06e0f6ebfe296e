import { defineElement } from '../base/define.ts';
import { paginationStrings } from '@druk/locale/catalogue/components';
import { toTibetanDigits } from '@druk/locale/format/digits';
import { html, nothing } from 'lit';
import { DrukElement } from '../base/druk-element.ts';
import { baseStyles, visuallyHiddenStyles } from '../base/styles.ts';
import { registerStrings, type StringId } from '../base/strings.ts';
import { paginationStyles } from './pagination.styles.ts';

registerStrings(paginationStrings);

/**
 * The page numbers to show: the first, the last, and the current page with its neighbours, with
 * `null` where a run of pages is left out. `pageWindow(6, 12)` -> `[1, null, 5, 6, 7, null, 12]`.
 */
export function pageWindow(current: number, total: number): (number | null)[] {
  const pages: (number | null)[] = [];
  for (let page = 1; page <= total; page += 1) {
    if (page === 1 || page === total || Math.abs(page - current) <= 1) pages.push(page);
    else if (pages.at(-1) !== null) pages.push(null);
  }
  return pages;
}

/**
 * `<druk-pagination>`: links to the pages of a long list (search results, news, tenders). Plain
 * links, so it works without JavaScript; the current page is `aria-current="page"`, and each number
 * is named "Page 3" for screen readers. In Dzongkha the numbers are written in Tibetan digits.
 *
 * @summary Page links for long lists.
 * @attr text-label - Replaces the landmark name "Pages".
 * @attr text-page - Replaces "Page {page}".
 * @csspart list - The list of links.
 */
export class DrukPagination extends DrukElement {
  static override styles = [baseStyles, visuallyHiddenStyles, paginationStyles];
  static override strings: readonly StringId[] = [
    'pagination.label',
    'pagination.page',
    'pagination.previous',
    'pagination.next',
  ];
  static override properties = { current: { type: Number }, total: { type: Number }, href: {} };

  /** The page being shown, from 1. */
  declare current: number;
  /** How many pages there are. */
  declare total: number;
  /** Link pattern with `{page}`, e.g. `/news/page/{page}/` or `?page={page}`. */
  declare href: string;

  constructor() {
    super();
    this.current = 1;
    this.total = 1;
    this.href = '?page={page}';
  }

  override willUpdate(): void {
    if (!this.href.includes('{page}')) throw new Error(`<druk-pagination> href: "${this.href}" has no {page}`);
    if (!Number.isInteger(this.total) || this.total < 1) throw new Error('<druk-pagination> total: must be 1 or more');
    if (!Number.isInteger(this.current) || this.current < 1 || this.current > this.total) {
      throw new Error(`<druk-pagination> current: must be between 1 and ${this.total}`);
    }
  }

  private link(page: number): string {
    return this.href.replaceAll('{page}', String(page));
  }

  private number(page: number): string {
    return this.language === 'dz' ? toTibetanDigits(String(page)) : String(page);
  }

  override render() {
    if (this.total < 2) return nothing;
    return html`<nav aria-label=${this.t('pagination.label')}>
      <ul part="list">
        ${
          this.current > 1
            ? html`<li>
                <a class="previous" href=${this.link(this.current - 1)} rel="prev">${this.t('pagination.previous')}</a>
              </li>`
            : nothing
        }
        ${pageWindow(this.current, this.total).map((page) => {
          if (page === null) return html`<li class="gap" aria-hidden="true">…</li>`;
          // Screen readers hear "Page 3", sighted readers see "3".
          const label = html`<span class="visually-hidden"
              >${this.t('pagination.page', { page: this.number(page) })}</span
            ><span aria-hidden="true">${this.number(page)}</span>`;
          return page === this.current
            ? html`<li><span class="current" aria-current="page">${label}</span></li>`
            : html`<li><a href=${this.link(page)}>${label}</a></li>`;
        })}
        ${
          this.current < this.total
            ? html`<li>
                <a class="next" href=${this.link(this.current + 1)} rel="next">${this.t('pagination.next')}</a>
              </li>`
            : nothing
        }
      </ul>
    </nav>`;
  }
}

defineElement('druk-pagination', DrukPagination);

declare global {
  interface HTMLElementTagNameMap {
    'druk-pagination': DrukPagination;
  }
}
