import type { ComplexAttributeConverter } from 'lit';

/** A link in a list a component renders (navigation, breadcrumbs, footer, pagination, …). */
export interface LinkItem {
  label: string;
  href: string;
  /** Marks the page the visitor is on (`aria-current="page"`). */
  current?: boolean;
  /** Language of the label when it differs from the page's, e.g. a Dzongkha title on an English page. */
  lang?: string;
}

type FieldType = 'string' | 'number' | 'boolean';
export type FieldSpec = Readonly<Record<string, { type: FieldType; required?: boolean }>>;

const warned = new Set<string>();

/**
 * Tells the page's author, once per message, what one attribute got wrong: the element and attribute,
 * the value, the format expected, and what the component leaves out because of it (only that part:
 * the rest of the component still renders).
 */
export function warnInvalid(where: string, value: string, expected: string, leftOut: string): void {
  const message = `${where}: "${value}" is not valid; expected ${expected}. ${leftOut}`;
  if (warned.has(message)) return;
  warned.add(message);
  console.warn(message);
}

/** The shape of an item as authors write it, e.g. `{"label": string, "href": string, "current"?: boolean}`. */
function itemShape(fields: FieldSpec): string {
  const entries = Object.entries(fields).map(([name, spec]) => `"${name}"${spec.required ? '' : '?'}: ${spec.type}`);
  return `a JSON array of {${entries.join(', ')}}`;
}

/**
 * The items of `value` whose fields have the given types. Each other item is left out with a warning
 * naming the element, the attribute, the item and the format: one bad item does not blank the list.
 */
export function validateItems<T>(value: unknown, where: string, fields: FieldSpec): T[] {
  if (!Array.isArray(value)) {
    warnInvalid(where, JSON.stringify(value), itemShape(fields), 'Nothing of it is shown.');
    return [];
  }
  return value.filter((item: unknown, index) => {
    const fieldValues = typeof item === 'object' && item !== null ? (item as Record<string, unknown>) : undefined;
    const wrong =
      !fieldValues ||
      Object.entries(fields).some(([field, spec]) =>
        fieldValues[field] === undefined ? spec.required : typeof fieldValues[field] !== spec.type,
      );
    if (wrong)
      warnInvalid(`${where}, item ${index + 1}`, JSON.stringify(item), itemShape(fields), 'This item is left out.');
    return !wrong;
  }) as T[];
}

export const LINK_FIELDS: FieldSpec = {
  label: { type: 'string', required: true },
  href: { type: 'string', required: true },
  current: { type: 'boolean' },
  lang: { type: 'string' },
};

/** An attribute converter for a JSON array of items, validated with `validateItems`. */
export function jsonItems<T>(where: string, fields: FieldSpec): ComplexAttributeConverter<T[]> {
  return {
    fromAttribute(value) {
      if (value === null || value.trim() === '') return [];
      try {
        return validateItems<T>(JSON.parse(value), where, fields);
      } catch {
        warnInvalid(where, value, `${itemShape(fields)} (not valid JSON)`, 'Nothing of it is shown.');
        return [];
      }
    },
    toAttribute(value) {
      return JSON.stringify(value);
    },
  };
}
