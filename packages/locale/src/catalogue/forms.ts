import type { EnglishStrings } from '../types.ts';

/**
 * Strings of the form controls (labels, hints, errors) in English; their Dzongkha is in forms-dz.ts.
 * Owned by the form controls in @druk/components.
 * `{label}` is the field's own label as the page wrote it, so a message names the field it is about.
 */
export const formStrings = {
  'form.error-summary.title': 'There is a problem',
  'form.error.prefix': 'Error:',
  'form.error.value-missing': 'Enter {label}',
  'form.error.choice-missing': 'Select {label}',
  'form.error.too-long': '{label} must be {max} characters or fewer',
  'form.error.too-short': '{label} must be {min} characters or more',
  'form.error.format': 'Enter {label} in the correct format',
  'form.error.number': '{label} must be a number',
  'form.error.range-underflow': '{label} must be {min} or more',
  'form.error.range-overflow': '{label} must be {max} or less',
  'form.character-count.remaining': 'You have {count} characters remaining',
  'form.character-count.over': 'You have {count} characters too many',
  'form.password.show': 'Show password',
  'form.password.hide': 'Hide password',
  'form.password.shown': 'Your password is visible',
  'form.password.hidden': 'Your password is hidden',
  'form.select.placeholder': 'Choose…',
  'form.date.day': 'Day',
  'form.date.month': 'Month',
  'form.date.year': 'Year',
  'form.date.invalid': '{label} must be a real date',
  'form.date.incomplete': '{label} must include a day, month and year',
  'form.file.limits': 'Accepted file types: {types}. Largest size: {size}.',
  'form.file.too-large': '{file} is larger than {size}',
  'form.file.wrong-type': '{file} must be one of: {types}',
  'form.cid.label': 'Citizenship ID number',
  'form.cid.hint': '11 digits, as printed on your citizenship ID card',
  'form.phone.label': 'Phone number',
  'form.phone.hint': 'A Bhutanese number, for example 17 12 34 56 or 02 32 12 34',
  'form.phone.country-code': 'Country code +975, Bhutan',
  'form.amount.currency': 'Ngultrum',
  'form.amount.invalid': '{label} must be an amount in Ngultrum, like 1500 or 1500.50',
  'form.address.gewog': 'Gewog or thromde zone',
  'form.address.thromdes': 'Thromdes',
  'form.address.dzongkhags': 'Dzongkhags',
  'form.address.area': 'Dzongkhag or thromde',
  'form.address.village': 'Village or street',
  'form.address.postcode': 'Postcode',
} as const satisfies EnglishStrings;
