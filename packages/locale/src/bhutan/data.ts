import type { DzongkhaStatus } from './types.ts';

/**
 * The 20 dzongkhags and 4 thromdes, compiled from
 * the ISO 3166-2:BT page of Wikipedia, the French and Italian Wikipedia district lists, the
 * Dzongkha Wikipedia and Kuensel (CC BY-SA 4.0, Wikipedia contributors; see packages/locale/DATA.md).
 *
 * No Dzongkha spelling here comes from an official list of the Dzongkha Development Commission:
 * every one is `dzStatus: 'unconfirmed'`, and the thromde names are composed (place + ཁྲོམ་སྡེ་).
 * The CID codes come from two unofficial blogs.
 */
export const DZONGKHAGS = [
  {
    code: 'BT-33',
    cldr: 'bt33',
    en: 'Bumthang',
    enVariants: [],
    dz: 'བུམ་ཐང་',
    dzStatus: 'unconfirmed',
    dzVariantsSeen: '',
    cidCode: '01',
  },
  {
    code: 'BT-12',
    cldr: 'bt12',
    en: 'Chhukha',
    enVariants: ['Chukha'],
    dz: 'ཆུ་ཁ་',
    dzStatus: 'unconfirmed',
    dzVariantsSeen: '',
    cidCode: '02',
  },
  {
    code: 'BT-22',
    cldr: 'bt22',
    en: 'Dagana',
    enVariants: ['Daga'],
    dz: 'དར་དཀར་ན་',
    dzStatus: 'unconfirmed',
    dzVariantsSeen: 'དར་དཀར་ནང་ (fr/it wiki)',
    cidCode: '03',
  },
  {
    code: 'BT-GA',
    cldr: 'btga',
    en: 'Gasa',
    enVariants: [],
    dz: 'མགར་ས་',
    dzStatus: 'unconfirmed',
    dzVariantsSeen: '',
    cidCode: '04',
  },
  {
    code: 'BT-13',
    cldr: 'bt13',
    en: 'Haa',
    enVariants: ['Ha'],
    dz: 'ཧཱ་',
    dzStatus: 'unconfirmed',
    dzVariantsSeen: 'ཧད་ (fr wiki alt); ཧཱ་ (Kuensel)',
    cidCode: '05',
  },
  {
    code: 'BT-44',
    cldr: 'bt44',
    en: 'Lhuentse',
    enVariants: ['Lhuntse', 'Lhuntshi'],
    dz: 'ལྷུན་རྩེ་',
    dzStatus: 'unconfirmed',
    dzVariantsSeen: 'ལྷུན་ཙེ (it wiki)',
    cidCode: '06',
  },
  {
    code: 'BT-42',
    cldr: 'bt42',
    en: 'Mongar',
    enVariants: ['Monggar'],
    dz: 'མོང་སྒར་',
    dzStatus: 'unconfirmed',
    dzVariantsSeen: 'མོང་སྒར་ (dz.wikipedia)',
    cidCode: '07',
  },
  {
    code: 'BT-11',
    cldr: 'bt11',
    en: 'Paro',
    enVariants: [],
    dz: 'སྤ་རོ་',
    dzStatus: 'unconfirmed',
    dzVariantsSeen: 'སྤ་རོ་ (dz.wikipedia; Kuensel); སྤ་གྲོ་ (fr wiki)',
    cidCode: '08',
  },
  {
    code: 'BT-43',
    cldr: 'bt43',
    en: 'Pemagatshel',
    enVariants: ['Pema Gatshel'],
    dz: 'པད་མ་དགའ་ཚལ་',
    dzStatus: 'unconfirmed',
    dzVariantsSeen: 'པདྨ་དགའ་ཚལ་ (fr wiki; dz.wikipedia)',
    cidCode: '09',
  },
  {
    code: 'BT-23',
    cldr: 'bt23',
    en: 'Punakha',
    enVariants: [],
    dz: 'སྤུ་ན་ཁ་',
    dzStatus: 'unconfirmed',
    dzVariantsSeen: '',
    cidCode: '10',
  },
  {
    code: 'BT-45',
    cldr: 'bt45',
    en: 'Samdrup Jongkhar',
    enVariants: [],
    dz: 'བསམ་གྲུབ་ལྗོངས་མཁར',
    dzStatus: 'unconfirmed',
    dzVariantsSeen: 'བསཾ་གྲུབ་ལྗོངས་མཁར་ (fr wiki); བསམ་གྲུབ་ལྫོངས་མཁར (it wiki)',
    cidCode: '11',
  },
  {
    code: 'BT-14',
    cldr: 'bt14',
    en: 'Samtse',
    enVariants: ['Samchi'],
    dz: 'བསམ་རྩེ་',
    dzStatus: 'unconfirmed',
    dzVariantsSeen: 'བསམ་རྩེ་ (Kuensel); བསམ་ཙེ (it wiki)',
    cidCode: '12',
  },
  {
    code: 'BT-31',
    cldr: 'bt31',
    en: 'Sarpang',
    enVariants: ['Geylegphug (old district name)'],
    dz: 'གསར་སྤང་',
    dzStatus: 'unconfirmed',
    dzVariantsSeen: 'གསར་སྦང་ (fr wiki); སར་སྤང་ (dz.wikipedia)',
    cidCode: '13',
  },
  {
    code: 'BT-15',
    cldr: 'bt15',
    en: 'Thimphu',
    enVariants: [],
    dz: 'ཐིམ་ཕུ་',
    dzStatus: 'unconfirmed',
    dzVariantsSeen: 'ཐིམ་ཕུག་ (Kuensel; CLDR exemplar city; fr wiki)',
    cidCode: '14',
  },
  {
    code: 'BT-41',
    cldr: 'bt41',
    en: 'Trashigang',
    enVariants: ['Tashigang'],
    dz: 'བཀྲ་ཤིས་སྒང་',
    dzStatus: 'unconfirmed',
    dzVariantsSeen: 'བཀྲིས་སྒང (abbreviated; dz.wikipedia)',
    cidCode: '15',
  },
  {
    code: 'BT-TY',
    cldr: 'btty',
    en: 'Trashi Yangtse',
    enVariants: ['Trashiyangtse'],
    dz: 'བཀྲ་ཤིས་གྱང་ཙེ་',
    dzStatus: 'unconfirmed',
    dzVariantsSeen: 'བཀྲ་ཤིས་གཡང་རྩེ་ (fr wiki); གཡང་ཙེ (it wiki)',
    cidCode: '16',
  },
  {
    code: 'BT-32',
    cldr: 'bt32',
    en: 'Trongsa',
    enVariants: ['Tongsa'],
    dz: 'ཀྲོང་གསར་',
    dzStatus: 'unconfirmed',
    dzVariantsSeen: 'ཀྲོང་ས (dz.wikipedia)',
    cidCode: '17',
  },
  {
    code: 'BT-21',
    cldr: 'bt21',
    en: 'Tsirang',
    enVariants: ['Chirang'],
    dz: 'རྩི་རང་',
    dzStatus: 'unconfirmed',
    dzVariantsSeen: 'ཙི་རང (it wiki)',
    cidCode: '18',
  },
  {
    code: 'BT-24',
    cldr: 'bt24',
    en: 'Wangdue Phodrang',
    enVariants: ['Wangdi Phodrang'],
    dz: 'དབང་འདུས་ཕོ་བྲང་',
    dzStatus: 'unconfirmed',
    dzVariantsSeen: '',
    cidCode: '19',
  },
  {
    code: 'BT-34',
    cldr: 'bt34',
    en: 'Zhemgang',
    enVariants: ['Shemgang'],
    dz: 'གཞམས་སྒང་',
    dzStatus: 'unconfirmed',
    dzVariantsSeen: 'གཞལམ་སྒང་ (dz.wikipedia title; Kuensel); གཞལ་སྒང་ (fr wiki; dz.wikipedia body)',
    cidCode: '20',
  },
] as const satisfies readonly {
  code: `BT-${string}`;
  cldr: string;
  en: string;
  enVariants: readonly string[];
  dz: string;
  dzStatus: DzongkhaStatus;
  dzVariantsSeen: string;
  cidCode: string;
}[];

export type DzongkhagCode = (typeof DZONGKHAGS)[number]['code'];

/** The four thromdes (municipalities); they have no ISO 3166-2 code of their own. */
export const THROMDES = [
  {
    id: 'thimphu',
    en: 'Thimphu Thromde',
    enVariants: [],
    dz: 'ཐིམ་ཕུག་ཁྲོམ་སྡེ་',
    dzStatus: 'composed',
    dzVariantsSeen: 'ཐིམ་ཕུག་ + ཁྲོམ་སྡེ་ (composed by us — unverified)',
    dzongkhag: 'BT-15',
  },
  {
    id: 'phuentsholing',
    en: 'Phuentsholing Thromde',
    enVariants: ['Phuntsholing'],
    dz: 'ཕུན་ཚོགས་གླིང་ཁྲོམ་སྡེ་',
    dzStatus: 'composed',
    dzVariantsSeen: 'ཕུན་ཚོགས་གླིང་ (Kuensel) + ཁྲོམ་སྡེ་ (composed — unverified)',
    dzongkhag: 'BT-12',
  },
  {
    id: 'gelephu',
    en: 'Gelephu Thromde',
    enVariants: ['Gelegphu', 'Gaylegphug'],
    dz: 'དགེ་ལེགས་ཕུག་ཁྲོམ་སྡེ་',
    dzStatus: 'composed',
    dzVariantsSeen: 'དགེ་ལེགས་ཕུག་ / དགེ་ལེགས་ཕུ་ (en.wikipedia) + ཁྲོམ་སྡེ་ (composed — unverified)',
    dzongkhag: 'BT-31',
  },
  {
    id: 'samdrup-jongkhar',
    en: 'Samdrup Jongkhar Thromde',
    enVariants: [],
    dz: 'བསམ་གྲུབ་ལྗོངས་མཁར་ཁྲོམ་སྡེ་',
    dzStatus: 'composed',
    dzVariantsSeen: 'བསམ་གྲུབ་ལྗོངས་མཁར + ཁྲོམ་སྡེ་ (composed — unverified)',
    dzongkhag: 'BT-45',
  },
] as const satisfies readonly {
  id: string;
  en: string;
  enVariants: readonly string[];
  dz: string;
  dzStatus: DzongkhaStatus;
  dzVariantsSeen: string;
  dzongkhag: DzongkhagCode;
}[];
