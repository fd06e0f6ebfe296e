import type { ComplexAttributeConverter } from 'lit';

/** One choice of a select, radio group or checkbox group. */
export interface FieldOption {
  value: string;
  label: string;
  /** Help text under a radio or checkbox. */
  hint?: string;
  /** Initially ticked (checkboxes; radios and selects use the field's `value`). */
  checked?: boolean;
  disabled?: boolean;
}

function describe(element: Element | undefined): string {
  return element ? `<${element.localName} name="${element.getAttribute('name') ?? ''}">` : 'A form field';
}

/** Checks a parsed `options` value, naming the element and the entry that is wrong. */
export function checkOptions(value: unknown, element?: Element): FieldOption[] {
  const where = describe(element);
  if (!Array.isArray(value)) throw new Error(`${where}: options must be a JSON array of {"value", "label"} objects`);
  return value.map((option: unknown, index) => {
    if (typeof option !== 'object' || option === null) {
      throw new Error(`${where}: options[${index}] must be an object with "value" and "label"`);
    }
    const { value: optionValue, label } = option as Record<string, unknown>;
    if (typeof optionValue !== 'string' || typeof label !== 'string' || !label) {
      throw new Error(`${where}: options[${index}] needs a string "value" and a non-empty string "label"`);
    }
    return option as FieldOption;
  });
}

/** Reads and writes the `options` attribute as JSON: `options='[{"value":"bt","label":"Bhutan"}]'`. */
export const optionsConverter: ComplexAttributeConverter<FieldOption[]> = {
  fromAttribute(value: string | null): FieldOption[] {
    if (!value) return [];
    let parsed: unknown;
    try {
      parsed = JSON.parse(value);
    } catch (error) {
      throw new Error(`options is not valid JSON (${(error as Error).message}): ${value.slice(0, 80)}`, {
        cause: error,
      });
    }
    return checkOptions(parsed);
  },
  toAttribute(value: FieldOption[]): string {
    return JSON.stringify(value);
  },
};
