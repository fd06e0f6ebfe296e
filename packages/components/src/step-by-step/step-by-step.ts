import { defineElement } from '../base/define.ts';
import { html } from 'lit';
import { DrukElement } from '../base/druk-element.ts';
import { baseStyles } from '../base/styles.ts';
import { DrukStep } from './step.ts';
import { stepByStepStyles } from './step-by-step.styles.ts';

/**
 * `<druk-step-by-step>`: a service explained as numbered steps ("How to register a birth"), joined
 * by a line. Steps without a `number` are numbered in order once the script runs; give numbers in the
 * HTML when the page is server-rendered.
 *
 * ```html
 * <druk-step-by-step>
 *   <druk-step number="1" heading="Check you can apply">…</druk-step>
 *   <druk-step number="2" heading="Gather your documents">…</druk-step>
 * </druk-step-by-step>
 * ```
 *
 * @summary Numbered steps of a service.
 * @slot - The `<druk-step>` elements.
 */
export class DrukStepByStep extends DrukElement {
  static override styles = [baseStyles, stepByStepStyles];

  private numberSteps(): void {
    const steps = [...this.children].filter((child): child is DrukStep => child instanceof DrukStep);
    steps.forEach((step, index) => {
      step.number ??= index + 1;
    });
  }

  override render() {
    return html`<slot @slotchange=${this.numberSteps}></slot>`;
  }
}

defineElement('druk-step-by-step', DrukStepByStep);

declare global {
  interface HTMLElementTagNameMap {
    'druk-step-by-step': DrukStepByStep;
  }
}
