import { describe, expect, it } from 'vitest';
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

  it('names the element, the item and the field that is wrong', () => {
    expect(() => parse('[{"label":"Home"}]')).toThrow('<druk-navigation> items: item 1 has no "href"');
    expect(() => parse('[{"label":"Home","href":"/"},{"label":2,"href":"/x"}]')).toThrow(
      '"label" of item 2 must be a string',
    );
    expect(() => parse('{"label":"Home"}')).toThrow('expected a JSON array');
    expect(() => parse("[{label:'Home'}]")).toThrow('<druk-navigation> items: not valid JSON');
    expect(() => validateItems([null], '<druk-breadcrumbs> items', LINK_FIELDS)).toThrow('item 1 is not an object');
  });
});
