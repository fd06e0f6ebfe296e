import { afterEach, describe, expect, it, vi } from 'vitest';
import { LINK_FIELDS, jsonItems, validateItems } from './data.ts';

describe('JSON item attributes', () => {
  const converter = jsonItems('<druk-navigation> items', LINK_FIELDS);
  const parse = (value: string) => converter.fromAttribute!(value, undefined);

  it('parses a valid list and treats an empty attribute as an empty list', () => {
    expect(parse('[{"label":"Home","href":"/","current":true}]')).toEqual([
      { label: 'Home', href: '/', current: true },
    ]);
    expect(parse('')).toEqual([]);
  });

  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('leaves out only the wrong items, naming the element, attribute, item, value and format once', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const list = '[{"label":"Home","href":"/"},{"label":"Services"},{"label":2,"href":"/x"}]';
    expect(parse(list)).toEqual([{ label: 'Home', href: '/' }]);
    expect(parse(list)).toEqual([{ label: 'Home', href: '/' }]);
    const shape = 'a JSON array of {"label": string, "href": string, "current"?: boolean, "lang"?: string}';
    expect(warn.mock.calls).toEqual([
      [
        `<druk-navigation> items, item 2: "{"label":"Services"}" is not valid; expected ${shape}. This item is left out.`,
      ],
      [
        `<druk-navigation> items, item 3: "{"label":2,"href":"/x"}" is not valid; expected ${shape}. This item is left out.`,
      ],
    ]);
  });

  it('shows nothing of a list that is no JSON array, and says so', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    expect(parse('{"label":"Home"}')).toEqual([]);
    expect(parse("[{label:'Home'}]")).toEqual([]);
    expect(validateItems([null], '<druk-breadcrumbs> items', LINK_FIELDS)).toEqual([]);
    expect(warn.mock.calls.map(([message]) => String(message).split(':')[0])).toEqual([
      '<druk-navigation> items',
      '<druk-navigation> items',
      '<druk-breadcrumbs> items, item 1',
    ]);
  });
});
