export {
  DEFAULT_ASSETS,
  DescriptionError,
  LANGS,
  fieldName,
  parseDescription,
  type Bilingual,
  type Lang,
  type NavigationItem,
  type SiteDescription,
} from './description.ts';
export {
  ASSET_FILES,
  CHROME_MODULES,
  PARTS,
  headFragment,
  renderFragments,
  type Fragments,
  type Part,
} from './render.ts';
export { CHROME_FONT_FAMILY, chromeFamiliesCss, chromeText, writeChromeFont } from './chrome-font.ts';
export { CLIENT_SCRIPT, writeFragments, type WriteOptions, type WriteReport } from './write.ts';
