import type { ComplexAttributeConverter } from 'lit';

/** A link in a list a component renders (navigation, breadcrumbs, footer, pagination, …). */
export interface LinkItem {
  label: string;
  href: string;
  /** Marks the page the visitor is on (`aria-current="page"`). */
  current?: boolean;
}

type FieldType = 'string' | 'number' | 'boolean';
export type FieldSpec = Readonly<Record<string, { type: FieldType; required?: boolean }>>;

/**
 * Checks that `value` is an array of objects whose fields have the given types, and throws an error
 * naming the element, the attribute, the item and the field otherwise: a CMS author sees exactly what
 * to fix instead of an empty component.
 */
export function validateItems<T>(value: unknown, where: string, fields: FieldSpec): T[] {
  if (!Array.isArray(value)) throw new Error(`${where}: expected a JSON array, got ${JSON.stringify(value)}`);
  value.forEach((item: unknown, index) => {
    if (typeof item !== 'object' || item === null) throw new Error(`${where}: item ${index + 1} is not an object`);
    for (const [field, spec] of Object.entries(fields)) {
      const fieldValue = (item as Record<string, unknown>)[field];
      if (fieldValue === undefined) {
        if (spec.required) throw new Error(`${where}: item ${index + 1} has no "${field}"`);
      } else if (typeof fieldValue !== spec.type) {
        throw new Error(`${where}: "${field}" of item ${index + 1} must be a ${spec.type}`);
      }
    }
  });
  return value as T[];
}

export const LINK_FIELDS: FieldSpec = {
  label: { type: 'string', required: true },
  href: { type: 'string', required: true },
  current: { type: 'boolean' },
};

/** An attribute converter for a JSON array of items, validated with `validateItems`. */
export function jsonItems<T>(where: string, fields: FieldSpec): ComplexAttributeConverter<T[]> {
  return {
    fromAttribute(value) {
      if (value === null || value.trim() === '') return [];
      let parsed: unknown;
      try {
        parsed = JSON.parse(value);
      } catch (error) {
        throw new Error(`${where}: not valid JSON (${(error as Error).message})`, { cause: error });
      }
      return validateItems<T>(parsed, where, fields);
    },
    toAttribute(value) {
      return JSON.stringify(value);
    },
  };
}
