import { defineElement } from '../base/define.ts';
import { stepByStepStrings } from '@druk/locale/catalogue/components';
import { toTibetanDigits } from '@druk/locale/format/digits';
import { html } from 'lit';
import { DrukElement, headingLevel } from '../base/druk-element.ts';
import { baseStyles, visuallyHiddenStyles } from '../base/styles.ts';
import { registerStrings, type StringId } from '../base/strings.ts';
import { stepStyles } from './step-by-step.styles.ts';

registerStrings(stepByStepStrings);

/**
 * `<druk-step>`: one numbered step of `<druk-step-by-step>`: a heading read as "Step 2: Gather your
 * documents" and free content (text, links, `<druk-details>`).
 *
 * @summary One step of druk-step-by-step.
 * @attr text-step - Replaces "Step {number}".
 * @slot - What to do in this step.
 * @csspart heading - The step's heading.
 */
export class DrukStep extends DrukElement {
  static override styles = [baseStyles, visuallyHiddenStyles, stepStyles];
  static override strings: readonly StringId[] = ['step-by-step.step'];
  static override properties = {
    heading: {},
    number: { type: Number },
    headingLevel: { type: Number, attribute: 'heading-level' },
  };

  declare heading: string;
  /** The step's number; `<druk-step-by-step>` numbers its steps when this is not set. */
  declare number: number | undefined;
  /** Level of the heading element, 2 to 6; 3 by default. */
  declare headingLevel: number;

  constructor() {
    super();
    this.heading = '';
    this.headingLevel = 3;
  }

  override render() {
    const level = headingLevel(this.headingLevel);
    const number = this.number === undefined ? '' : String(this.number);
    const shown = this.language === 'dz' ? toTibetanDigits(number) : number;
    return html`<span class="number" aria-hidden="true">${shown}</span>
      <div class="heading" part="heading" role="heading" aria-level=${level}>
        <span class="visually-hidden">${this.t('step-by-step.step', { number: shown })}: </span>${this.heading}
      </div>
      <slot></slot>`;
  }
}

defineElement('druk-step', DrukStep);

declare global {
  interface HTMLElementTagNameMap {
    'druk-step': DrukStep;
  }
}
