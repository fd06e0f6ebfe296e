import { defineElement } from '../base/define.ts';
import { phaseStrings } from '@druk/locale/catalogue/components';
import { html, nothing } from 'lit';
import { DrukElement } from '../base/druk-element.ts';
import { baseStyles } from '../base/styles.ts';
import { registerStrings, type StringId } from '../base/strings.ts';
import '../tag/tag.ts';
import { phaseBannerStyles } from './phase-banner.styles.ts';

registerStrings(phaseStrings);

export type Phase = 'alpha' | 'beta';

/**
 * `<druk-phase-banner>`: tells visitors a service is new (alpha or beta) and asks for feedback.
 *
 * @summary Alpha/beta banner with a feedback link.
 * @attr text-text - Replaces "This is a new service. Your feedback will help us improve it.".
 * @attr text-feedback - Replaces "Give feedback".
 * @slot - Replaces the whole message, with markup.
 * @csspart base - The banner.
 */
export class DrukPhaseBanner extends DrukElement {
  static override styles = [baseStyles, phaseBannerStyles];
  static override strings: readonly StringId[] = ['phase.alpha', 'phase.beta', 'phase.text', 'phase.feedback'];
  static override properties = { phase: { reflect: true }, feedback: {} };

  /** `beta` (default) or `alpha`. */
  declare phase: Phase;
  /** URL of the feedback page or form. */
  declare feedback: string | undefined;

  constructor() {
    super();
    this.phase = 'beta';
  }

  override willUpdate(): void {
    if (this.phase !== 'alpha' && this.phase !== 'beta') {
      throw new Error(`<druk-phase-banner> phase: "${this.phase}" is not alpha or beta`);
    }
  }

  override render() {
    return html`<div class="banner" part="base">
      <druk-tag variant="info">${this.t(`phase.${this.phase}`)}</druk-tag>
      <p>
        <slot>
          ${this.t('phase.text')}
          ${this.feedback ? html`<a href=${this.feedback}>${this.t('phase.feedback')}</a>` : nothing}
        </slot>
      </p>
    </div>`;
  }
}

defineElement('druk-phase-banner', DrukPhaseBanner);

declare global {
  interface HTMLElementTagNameMap {
    'druk-phase-banner': DrukPhaseBanner;
  }
}
