// Registers the validators' messages and the form-control string group (used by the form controls, which
// all import this through their base class). Site chrome and content components register only their own
// groups; none of them needs the rest of the shared strings (times, language names).
import { formStrings } from '@druk/locale/catalogue/forms';
import { validationStrings } from '@druk/locale/catalogue/validation';
import { registerStrings } from './strings.ts';

registerStrings(validationStrings);
registerStrings(formStrings);
