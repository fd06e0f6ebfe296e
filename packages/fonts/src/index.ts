export {
  EDITABLE_FAMILY,
  FONT_FILES,
  TIBETAN_RANGE,
  fontFaceCss,
  fontPath,
  licencePath,
  type FaceSource,
  type FontFile,
} from './faces.ts';
export { FONTS_CSS, copyFonts } from './copy.ts';
export {
  subsetFontFile,
  subsetSite,
  tibetanCodePoints,
  unicodeRange,
  type SubsetReport,
  type SubsetSiteOptions,
} from './subset.ts';
export { scriptRuns, shapedGlyphs, tibetanRuns, type ScriptRun } from './glyph-subset.ts';
export { dzongkhaSamples, type DzongkhaSample } from './samples/samples.ts';
