import { defineSiteConfig } from '@druk/astro/config';

// The one file an agency edits to make the template its own (see docs/webmaster-guide.md).
// A wrong value stops the build with a message naming the field.
export default defineSiteConfig({
  url: 'https://yulsum.gov.bt',
  name: { en: 'Yulsum Dzongkhag Administration', dz: 'ཡུལ་གསུམ་རྫོང་ཁག་བདག་སྐྱོང་།' },
  shortName: { en: 'Yulsum Dzongkhag', dz: 'ཡུལ་གསུམ་རྫོང་ཁག' },
  lineage: { en: 'Ministry of Home Affairs', dz: 'ནང་སྲིད་ལྷན་ཁག' },
  // A file in public/; favicons and the app icon are made from it at build.
  logo: 'logo.svg',
  logoAlt: { en: 'Emblem of Yulsum Dzongkhag', dz: 'ཡུལ་གསུམ་རྫོང་ཁག་གི་རྟགས་མཚན།' },
  contact: {
    address: { en: 'Dzongkhag Administration, Yulsum Dzong, Yulsum', dz: 'རྫོང་ཁག་བདག་སྐྱོང་། ཡུལ་གསུམ་རྫོང་།' },
    postcode: '34001',
    phone: '+975 3 741 100',
    email: 'info@yulsum.gov.bt',
    hours: {
      en: 'Monday to Friday, 9:00 to 17:00 (16:00 in winter)',
      dz: 'གཟའ་ཟླ་བ་ལས་ གཟའ་པ་སངས་ཚུན་ ཆུ་ཚོད་ ༩ ལས་ ༥ ཚུན།',
    },
    mapUrl: 'https://www.openstreetmap.org/?mlat=27.2&mlon=90.7#map=14/27.2/90.7',
  },
  social: [{ label: 'Facebook', url: 'https://www.facebook.com/yulsumdzongkhag' }],
  accent: '#7d1d1d',
  sections: { results: true, gewogs: true },
  defaultLang: 'en',
  forms: { endpoint: 'https://forms.yulsum.gov.bt/submit' },
  // The menu under the header. Left out, it has one link per main section with pages; to choose
  // the links, list them (Home always comes first). An item with `items` is a sub-menu; `href` is a
  // page of this site without the language, or a full https:// address (see docs/webmaster-guide.md):
  // navigation: [
  //   {
  //     label: { en: 'About us', dz: 'ང་བཅས་ཀྱི་སྐོར།' },
  //     items: [
  //       { label: { en: 'About us', dz: 'ང་བཅས་ཀྱི་སྐོར།' }, href: 'about/' },
  //       { label: { en: 'Gewogs', dz: 'རྒེད་འོག་ཚུ།' }, href: 'gewogs/' },
  //     ],
  //   },
  //   { label: { en: 'Services', dz: 'ཞབས་ཏོག' }, href: 'services/' },
  // ],
});
