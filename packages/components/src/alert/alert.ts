import { defineElement } from '../base/define.ts';
import { alertStrings } from '@druk/locale/catalogue/components';
import { html, svg, nothing } from 'lit';
import { DrukElement, headingLevel } from '../base/druk-element.ts';
import { baseStyles, visuallyHiddenStyles } from '../base/styles.ts';
import { registerStrings, type StringId } from '../base/strings.ts';
import { alertStyles } from './alert.styles.ts';

registerStrings(alertStrings);

export type AlertVariant = 'info' | 'success' | 'warning' | 'important';
const VARIANTS: readonly AlertVariant[] = ['info', 'success', 'warning', 'important'];

const ICONS: Record<AlertVariant, ReturnType<typeof svg>> = {
  info: svg`<path d="M12 2a10 10 0 1 0 0 20 10 10 0 0 0 0-20zm1 15h-2v-6h2zm0-8h-2V7h2z"/>`,
  success: svg`<path d="M12 2a10 10 0 1 0 0 20 10 10 0 0 0 0-20zm-1.5 14.5-4-4 1.4-1.4 2.6 2.6 5.6-5.6 1.4 1.4z"/>`,
  warning: svg`<path d="M1 21h22L12 2zm12-3h-2v-2h2zm0-4h-2v-4h2z"/>`,
  important: svg`<path d="M15.7 3H8.3L3 8.3v7.4L8.3 21h7.4l5.3-5.3V8.3zM13 17h-2v-2h2zm0-4h-2V7h2z"/>`,
};

/**
 * `<druk-alert>`: a notification banner: information, success, warning or important. The kind is
 * said in words (a hidden "Warning:" before the heading), not by colour alone. Static by default;
 * set `live` when a script inserts the alert, so screen readers announce it.
 *
 * @summary Notification banner in four variants.
 * @attr text-info - Replaces "Information" (also text-success, text-warning, text-important).
 * @slot - The message.
 * @slot heading - A heading with markup, instead of the `heading` attribute.
 * @csspart base - The banner box.
 * @cssprop --druk-color-info - Accent of the info variant (also success, warning, error for important).
 */
export class DrukAlert extends DrukElement {
  static override styles = [baseStyles, visuallyHiddenStyles, alertStyles];
  static override strings: readonly StringId[] = ['alert.info', 'alert.success', 'alert.warning', 'alert.important'];
  static override properties = {
    variant: { reflect: true },
    heading: {},
    headingLevel: { type: Number, attribute: 'heading-level' },
    live: { type: Boolean },
  };

  /** `info` (default), `success`, `warning` or `important`. */
  declare variant: AlertVariant;
  /** The alert's heading. */
  declare heading: string | undefined;
  /** Level of the heading element, 2 to 6; 2 by default. */
  declare headingLevel: number;
  /** Announce the alert when it appears (role="alert" for warning/important, "status" otherwise). */
  declare live: boolean;

  constructor() {
    super();
    this.variant = 'info';
    this.headingLevel = 2;
    this.live = false;
  }

  override willUpdate(): void {
    if (!VARIANTS.includes(this.variant)) {
      throw new Error(`<druk-alert> variant: "${this.variant}" is not one of ${VARIANTS.join(', ')}`);
    }
  }

  override render() {
    const urgent = this.variant === 'warning' || this.variant === 'important';
    const role = this.live ? (urgent ? 'alert' : 'status') : nothing;
    const level = headingLevel(this.headingLevel);
    const kind = html`<span class="visually-hidden">${this.t(`alert.${this.variant}`)}: </span>`;
    return html`<div class="alert" part="base" role=${role}>
      <svg viewBox="0 0 24 24" aria-hidden="true">${ICONS[this.variant]}</svg>
      <div class="body">
        <div class="heading" role="heading" aria-level=${level}>
          ${this.heading ? kind : nothing}<slot name="heading">${this.heading ?? this.t(`alert.${this.variant}`)}</slot>
        </div>
        <slot></slot>
      </div>
    </div>`;
  }
}

defineElement('druk-alert', DrukAlert);

declare global {
  interface HTMLElementTagNameMap {
    'druk-alert': DrukAlert;
  }
}
