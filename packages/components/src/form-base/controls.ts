// Every form control, for pages that want them all: `import '@druk/components/form-base/controls'`.
// Each module defines its element; importing one module alone defines just that control.
export { DrukFormField } from './form-field.ts';
export { formsCss } from './form-field.styles.ts';
export type { FieldOption } from './options.ts';
export { DrukInput } from '../input/input.ts';
export { DrukTextarea } from '../textarea/textarea.ts';
export { DrukSelect } from '../select/select.ts';
export { DrukRadios } from '../radios/radios.ts';
export { DrukCheckboxes } from '../checkboxes/checkboxes.ts';
export { DrukDateInput } from '../date-input/date-input.ts';
export { DrukFileUpload } from '../file-upload/file-upload.ts';
export { DrukPassword } from '../password/password.ts';
export { DrukCidInput } from '../cid-input/cid-input.ts';
export { DrukPhoneInput } from '../phone-input/phone-input.ts';
export { DrukAmountInput } from '../amount-input/amount-input.ts';
export { DrukButton } from '../button/button.ts';
export { DrukErrorSummary, type SummaryError } from '../error-summary/error-summary.ts';
export { DrukAddress } from '../address/address.ts';
export { DrukFieldset } from '../fieldset/fieldset.ts';
