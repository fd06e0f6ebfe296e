import type { DzongkhagCode } from './data.ts';
import type { Gewog } from './types.ts';

const DZWIKI_ZHEMGANG = 'Dzongkha Wikipedia, གཞལམ་སྒང་རྫོང་ཁག། (CC BY-SA 4.0); English names in common use';

/**
 * Gewogs per dzongkhag. Bhutan has 205; no openly licensed, complete list with Dzongkha names
 * was found, so only the dzongkhags with a citable source are filled in. To add a dzongkhag:
 * add its entry here with a `source` for the names, keep `dzStatus: 'unconfirmed'` until a
 * Dzongkha editor has checked them, and list them in the order of the source. `gewogs.test.ts`
 * checks that every entry names a known dzongkhag and has Dzongkha in Tibetan script.
 */
export const GEWOGS: Readonly<Partial<Record<DzongkhagCode, readonly Gewog[]>>> = {
  'BT-34': [
    { en: 'Bjoka', dz: 'བཇོ་ཀ', dzStatus: 'unconfirmed', source: DZWIKI_ZHEMGANG },
    { en: 'Bardo', dz: 'བར་དོ', dzStatus: 'unconfirmed', source: DZWIKI_ZHEMGANG },
    { en: 'Goshing', dz: 'སྒོ་ཤིང', dzStatus: 'unconfirmed', source: DZWIKI_ZHEMGANG },
    { en: 'Nangkor', dz: 'ནང་སྐོར', dzStatus: 'unconfirmed', source: DZWIKI_ZHEMGANG },
    { en: 'Ngangla', dz: 'ངང་ལ', dzStatus: 'unconfirmed', source: DZWIKI_ZHEMGANG },
    { en: 'Phangkhar', dz: 'ཕང་མཁར', dzStatus: 'unconfirmed', source: DZWIKI_ZHEMGANG },
    { en: 'Trong', dz: 'ཀྲོང', dzStatus: 'unconfirmed', source: DZWIKI_ZHEMGANG },
    { en: 'Shingkhar', dz: 'ཤིང་མཁར', dzStatus: 'unconfirmed', source: DZWIKI_ZHEMGANG },
  ],
};
