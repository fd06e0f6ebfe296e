import { defineElement } from '../base/define.ts';
import { noticeStrings } from '@druk/locale/catalogue/components';
import { formatDate, isoDate } from '@druk/locale/format/date';
import { html, type PropertyValues } from 'lit';
import { DrukElement } from '../base/druk-element.ts';
import { baseStyles } from '../base/styles.ts';
import { registerStrings, type StringId } from '../base/strings.ts';
import '../tag/tag.ts';
import type { TagVariant } from '../tag/tag.ts';
import { noticeSummaryStyles } from './notice-summary.styles.ts';

registerStrings(noticeStrings);

export type NoticeKind = 'notice' | 'tender' | 'vacancy';
export type NoticeState = 'open' | 'closing-soon' | 'closed';
const KINDS: readonly NoticeKind[] = ['notice', 'tender', 'vacancy'];
const DAY_MS = 24 * 60 * 60 * 1000;
/** Bhutan Time is UTC+6 all year. */
const THIMPHU_OFFSET = '+06:00';

/** A closing date alone ("2026-12-01") means the end of that day in Thimphu. */
export function closingInstant(closing: string): number {
  const time = /^\d{4}-\d{2}-\d{2}$/.test(closing)
    ? Date.parse(`${closing}T23:59:59${THIMPHU_OFFSET}`)
    : Date.parse(closing);
  if (Number.isNaN(time)) throw new Error(`<druk-notice-summary> closing: "${closing}" is not an ISO 8601 date`);
  return time;
}

/** Open, closing soon (within `soonDays` days) or closed, at the instant `now`. */
export function noticeState(closing: string, now: number, soonDays: number): NoticeState {
  const left = closingInstant(closing) - now;
  if (left < 0) return 'closed';
  return left <= soonDays * DAY_MS ? 'closing-soon' : 'open';
}

const TAG_VARIANTS: Record<NoticeState, TagVariant> = { open: 'success', 'closing-soon': 'warning', closed: 'neutral' };

/**
 * `<druk-notice-summary>`: one notice, tender or vacancy in a list: its kind, title (linking to the
 * full notice), published and closing dates, and a status computed from the closing date: "Open",
 * "Closing soon" (7 days or fewer by default) or "Closed". The server computes it at build time (or at
 * `now`); in the browser the element recomputes it once loaded, so a page built before the closing date
 * still says "Closed" after it.
 *
 * @summary Notice, tender or vacancy with open / closing soon / closed status.
 * @attr text-open - Replaces "Open" (also text-closing-soon, text-closed, text-published, text-closing).
 * @csspart base - The `<article>`.
 * @csspart status - The status tag.
 */
export class DrukNoticeSummary extends DrukElement {
  static override styles = [baseStyles, noticeSummaryStyles];
  static override strings: readonly StringId[] = [
    'notice.notice',
    'notice.tender',
    'notice.vacancy',
    'notice.open',
    'notice.closing-soon',
    'notice.closed',
    'notice.published',
    'notice.closing',
  ];
  static override properties = {
    kind: { reflect: true },
    heading: {},
    href: {},
    published: {},
    closing: {},
    soonDays: { type: Number, attribute: 'soon-days' },
    now: {},
    state: { reflect: true },
  };

  declare kind: NoticeKind;
  declare heading: string;
  declare href: string | undefined;
  /** Publication date, ISO 8601. */
  declare published: string | undefined;
  /** Closing date (end of that day in Thimphu) or date-time, ISO 8601. Required. */
  declare closing: string;
  /** How many days before closing the status turns to "Closing soon"; 7 by default. */
  declare soonDays: number;
  /** The instant to compute the status at (ISO 8601); the current time when not set. */
  declare now: string | undefined;
  /** The status shown (output only, reflected so that styles and scripts can read it). */
  declare state: NoticeState | undefined;

  constructor() {
    super();
    this.kind = 'notice';
    this.heading = '';
    this.closing = '';
    this.soonDays = 7;
  }

  override willUpdate(): void {
    if (!KINDS.includes(this.kind)) {
      throw new Error(`<druk-notice-summary> kind: "${this.kind}" is not one of ${KINDS.join(', ')}`);
    }
    if (!this.closing) throw new Error('<druk-notice-summary>: the "closing" attribute is required');
    // A server-rendered element hydrates with the status the server wrote (hydration must match the
    // server's DOM); firstUpdated then corrects it if the notice has closed since the page was built.
    if (this.hasUpdated || !this.state) this.state = this.liveState();
  }

  protected override firstUpdated(changed: PropertyValues): void {
    super.firstUpdated(changed);
    const live = this.liveState();
    if (live !== this.state) this.state = live;
  }

  /** The status at `now` (or the current time). */
  liveState(): NoticeState {
    const now = this.now ? Date.parse(this.now) : Date.now();
    return noticeState(this.closing, now, this.soonDays);
  }

  private date(value: string) {
    return html`<time datetime=${isoDate(value)}>${formatDate(value, { lang: this.language })}</time>`;
  }

  override render() {
    const state = this.state ?? this.liveState();
    const heading = this.href ? html`<a href=${this.href}>${this.heading}</a>` : this.heading;
    return html`<article part="base">
      <div class="top">
        <span class="kind">${this.t(`notice.${this.kind}`)}</span>
        <druk-tag part="status" variant=${TAG_VARIANTS[state]}>${this.t(`notice.${state}`)}</druk-tag>
      </div>
      <div class="heading" role="heading" aria-level="3">${heading}</div>
      <dl>
        ${
          this.published
            ? html`<div>
                <dt>${this.t('notice.published')}:</dt>
                <dd>${this.date(this.published)}</dd>
              </div>`
            : ''
        }
        <div>
          <dt>${this.t('notice.closing')}:</dt>
          <dd>${this.date(this.closing)}</dd>
        </div>
      </dl>
    </article>`;
  }
}

defineElement('druk-notice-summary', DrukNoticeSummary);

declare global {
  interface HTMLElementTagNameMap {
    'druk-notice-summary': DrukNoticeSummary;
  }
}
