// Registers the shared and form-control string groups (used by the form controls, which all import this
// through their base class). Site chrome and content components register only their own groups.
import { common } from '@druk/locale/catalogue/common';
import { forms } from '@druk/locale/catalogue/forms';
import { registerStrings } from './strings.ts';

registerStrings(common);
registerStrings(forms);
