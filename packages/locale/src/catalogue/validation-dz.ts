import type { validationStrings } from './validation.ts';
import type { DzongkhaStrings } from '../types.ts';

/** The Dzongkha of the validators' messages (English in validation.ts), loaded only where Dzongkha is shown. */
export const validationStringsDz = {
  'validation.cid.empty': { dz: 'མི་ཁུངས་ལག་ཁྱེར་ཨང་ བཙུགས།', review: true },
  'validation.cid.characters': { dz: 'མི་ཁུངས་ལག་ཁྱེར་ཨང་ནང་ ཨང་གྲངས་རྐྱངམ་ཅིག་ བཙུགས།', review: true },
  'validation.cid.length': { dz: 'མི་ཁུངས་ལག་ཁྱེར་ཨང་ལུ་ ཨང་གྲངས་ ༡༡ དགོ།', review: true },
  'validation.cid.dzongkhag-code': {
    dz: 'ཨང་ ཞིབ་དཔྱད་འབད། ཨང་གྲངས་ ༢ དང་ ༣ པ་འདི་ རྫོང་ཁག་གི་ཨང་ ༠༡ ལས་ ༢༠ ཚུན་ཨིན།',
    review: true,
  },
  'validation.phone.empty': { dz: 'བརྒྱུད་འཕྲིན་ཨང་ བཙུགས།', review: true },
  'validation.phone.characters': { dz: 'བརྒྱུད་འཕྲིན་ཨང་ནང་ ཨང་གྲངས་ བར་སྟོང་ ཐིག་ཕྲན་ དང་ + རྐྱངམ་ཅིག་ བཙུགས།', review: true },
  'validation.phone.country': { dz: 'འབྲུག་གི་ བརྒྱུད་འཕྲིན་ཨང་ (+975) བཙུགས།', review: true },
  'validation.phone.length': { dz: 'འགྲུལ་འཕྲིན་ཨང་ལུ་ ཨང་གྲངས་ ༨ དང་ ས་འཕྲིན་ཨང་ལུ་ ༧ དགོ།', review: true },
  'validation.phone.prefix': {
    dz: 'འགྲུལ་འཕྲིན་ཨང་འདི་ ༡༦ ༡༧ ༧༧ ཡང་ན་ ༨༧ ལས་ འགོ་བཙུགསཔ་ཨིན། ས་འཕྲིན་ཨང་འདི་ ས་ཁོངས་ཨང་ལས་ འགོ་བཙུགསཔ་ཨིན།',
    review: true,
  },
  'validation.postcode.empty': { dz: 'སྦྲག་ཨང་ བཙུགས།', review: true },
  'validation.postcode.format': { dz: 'སྦྲག་ཨང་ལུ་ ཨང་གྲངས་ ༥ དགོ། དཔེར་ན་ ༡༡༠༠༡', review: true },
} as const satisfies DzongkhaStrings<typeof validationStrings>;
