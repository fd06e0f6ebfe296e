import type { EnglishStrings } from '../types.ts';

/**
 * The validators' error messages in English (their Dzongkha is in validation-dz.ts): the form controls
 * register these, and none of the other shared strings.
 */
export const validationStrings = {
  'validation.cid.empty': 'Enter a Citizenship ID number',
  'validation.cid.characters': 'A Citizenship ID number contains only digits',
  'validation.cid.length': 'A Citizenship ID number has 11 digits',
  'validation.cid.dzongkhag-code': 'Check the number: digits 2 and 3 are usually a dzongkhag code from 01 to 20',
  'validation.phone.empty': 'Enter a phone number',
  'validation.phone.characters': 'A phone number contains only digits, spaces, hyphens and a leading +',
  'validation.phone.country': 'Enter a Bhutan phone number (country code +975)',
  'validation.phone.length': 'A mobile number has 8 digits and a landline number 7, after +975',
  'validation.phone.prefix':
    'A mobile number starts with 16, 17, 77 or 87; a landline number with an area code such as 2 (Thimphu)',
  'validation.postcode.empty': 'Enter a postcode',
  'validation.postcode.format': 'A postcode has 5 digits, for example 11001',
} as const satisfies EnglishStrings;
