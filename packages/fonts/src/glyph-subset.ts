// Glyph-level subsetting of a Tibetan font to the text a site shows.
//
// A character subset with layout closure keeps every stack the font can build from the kept
// letters: Jomolhari's closure for a site's ~60 letters is 223 KB, most of a Dzongkha page's
// weight. A site shows far fewer stacks than it could form, so the text itself is shaped with
// HarfBuzz, every glyph the shaper passes through is kept (intermediate forms of multi-step
// substitutions included, read from HarfBuzz's lookup trace), and the font is cut to those glyphs
// with closure off: the same site text shapes to the same glyphs, for a file a sixth the size.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import * as hb from 'harfbuzzjs';
import { compress, decompress } from 'wawoff2';

/** A character of the Tibetan block. */
export const TIBETAN = /[\u0F00-\u0FFF]/;
/** Text between tags or inside an attribute value: the stretches one element shapes together. */
const TEXT_STRETCH = /[^<>"]+/g;

/** `&#xF40;` and `&#3904;` as the characters they stand for. */
export function decodeCharacterReferences(html: string): string {
  return html.replace(/&#(x[0-9a-f]+|\d+);/gi, (_match, code: string) =>
    String.fromCodePoint(code[0] === 'x' || code[0] === 'X' ? Number.parseInt(code.slice(1), 16) : Number(code)),
  );
}

/**
 * The stretches of an HTML page that contain Tibetan, as the browser will shape them: whole text
 * nodes and attribute values with their spaces and punctuation, since a contextual substitution can
 * look past a tsheg or a space.
 */
export function tibetanRuns(html: string): string[] {
  const runs: string[] = [];
  for (const [stretch] of decodeCharacterReferences(html).matchAll(TEXT_STRETCH)) {
    if (TIBETAN.test(stretch)) runs.push(stretch.trim());
  }
  return runs;
}

/**
 * ISO 15924 codes of the scripts Unicode assigns characters to, as regular expressions and HarfBuzz
 * both name them; Tibetan and Latin first, as the scripts pages use most. Common (Zyyy), Inherited
 * (Zinh) and Unknown (Zzzz) are left out: such characters take the script of the text around them.
 */
const SCRIPT_CODES = (
  'Tibt Latn Adlm Aghb Ahom Arab Armi Armn Avst Bali Bamu Bass Batk Beng Berf Bhks Bopo Brah Brai Bugi Buhd ' +
  'Cakm Cans Cari Cham Cher Chrs Copt Cpmn Cprt Cyrl Deva Diak Dogr Dsrt Dupl Egyp Elba Elym Ethi Gara Geor ' +
  'Glag Gong Gonm Goth Gran Grek Gujr Gukh Guru Hang Hani Hano Hatr Hebr Hira Hluw Hmng Hmnp Hung Ital Java ' +
  'Kali Kana Kawi Khar Khmr Khoj Kits Knda Krai Kthi Lana Laoo Lepc Limb Lina Linb Lisu Lyci Lydi Mahj Maka ' +
  'Mand Mani Marc Medf Mend Merc Mero Miao Mlym Modi Mong Mroo Mtei Mult Mymr Nagm Nand Narb Nbat Newa Nkoo ' +
  'Nshu Ogam Olck Onao Orkh Orya Osge Osma Ougr Palm Pauc Perm Phag Phli Phlp Phnx Plrd Prti Rjng Rohg Runr ' +
  'Samr Sarb Saur Sgnw Shaw Shrd Sidd Sidt Sind Sinh Sogd Sogo Sora Soyo Sund Sunu Sylo Syrc Tagb Takr Tale ' +
  'Talu Taml Tang Tavt Tayo Telu Tfng Tglg Thaa Thai Tirh Tnsa Todr Tols Toto Tutg Ugar Vaii Vith Wara Wcho ' +
  'Xpeo Xsux Yezi Yiii Zanb'
).split(' ');
const SCRIPT_PATTERNS = SCRIPT_CODES.map((code) => [code, new RegExp(`^\\p{Script=${code}}$`, 'u')] as const);
const scriptByCodePoint = new Map<number, string | undefined>();

/** The ISO 15924 code of a character's script, `undefined` for Common, Inherited and unassigned characters. */
export function scriptOf(char: string): string | undefined {
  const codePoint = char.codePointAt(0) as number;
  if (!scriptByCodePoint.has(codePoint)) {
    scriptByCodePoint.set(codePoint, SCRIPT_PATTERNS.find(([, pattern]) => pattern.test(char))?.[0]);
  }
  return scriptByCodePoint.get(codePoint);
}

/** Opening brackets and their closing partners: a closing bracket belongs to the script of its opening one. */
const BRACKET_PAIRS = new Map([
  ['(', ')'],
  ['[', ']'],
  ['{', '}'],
  ['«', '»'],
  ['‹', '›'],
  ['〈', '〉'],
  ['《', '》'],
  ['「', '」'],
  ['『', '』'],
  ['【', '】'],
  ['〔', '〕'],
]);

export interface ScriptRun {
  text: string;
  /** ISO 15924 code; `undefined` when the run holds only Common and Inherited characters. */
  script: string | undefined;
}

/**
 * `text` cut where its script changes, as browsers itemize a text node before shaping it (ICU's
 * script runs, which Chromium's itemizer follows): spaces, digits, punctuation and combining marks
 * (Common and Inherited) continue the run they follow, or join the first script after them at the
 * start of the text, and a closing bracket takes the script of its opening bracket.
 */
export function scriptRuns(text: string): ScriptRun[] {
  const runs: ScriptRun[] = [];
  const openBrackets: { closing: string; run: ScriptRun }[] = [];
  let run: ScriptRun | undefined;
  for (const char of text) {
    let script = scriptOf(char);
    if (script === undefined) {
      const opening = openBrackets.findLastIndex((bracket) => bracket.closing === char);
      if (opening >= 0) {
        script = openBrackets[opening]?.run.script;
        openBrackets.length = opening;
      }
    }
    if (run && (script === undefined || run.script === undefined || run.script === script)) {
      run.script ??= script;
      run.text += char;
    } else {
      run = { text: char, script };
      runs.push(run);
    }
    const closing = BRACKET_PAIRS.get(char);
    if (closing) openBrackets.push({ closing, run });
  }
  return runs;
}

/** An sfnt (TrueType/OpenType) font from a woff2 file. */
export async function readWoff2AsSfnt(path: string): Promise<Uint8Array> {
  return decompress(await readFile(path));
}

/**
 * Every glyph id the font produces while shaping `runs`: the glyphs of each character, every
 * glyph that appears between GSUB lookups, and the final glyphs. Each stretch is shaped per script
 * run, with that run's script, as the browser does: a Dzongkha paragraph that begins with a Latin
 * name is Latin for HarfBuzz's guess from its first letter, and Tibetan shaped as Latin forms no
 * stacks.
 */
export function shapedGlyphs(sfnt: Uint8Array, runs: Iterable<string>): Set<number> {
  const font = new hb.Font(new hb.Face(new hb.Blob(sfnt)));
  const glyphs = new Set<number>();
  const collect = (buffer: hb.Buffer) => {
    if (buffer.getContentType() === hb.BufferContentType.GLYPHS) {
      for (const info of buffer.getGlyphInfos()) glyphs.add(info.codepoint);
    }
  };
  const shaped = new Set<string>();
  for (const run of runs) {
    for (const { text, script } of scriptRuns(run)) {
      const key = `${script}:${text}`;
      if (shaped.has(key)) continue;
      shaped.add(key);
      const buffer = new hb.Buffer();
      buffer.addText(text);
      if (script) buffer.setScript(script);
      // Fills in what is not set: the direction from the script, and Common for a run with no script.
      buffer.guessSegmentProperties();
      buffer.setMessageFunc((traced) => {
        collect(traced);
        return true;
      });
      hb.shape(font, buffer);
      collect(buffer);
    }
  }
  return glyphs;
}

// hb-subset's C API, from the subset build of harfbuzzjs (the shaping build lacks it).
interface HbSubsetExports {
  memory: WebAssembly.Memory;
  _initialize(): void;
  malloc(size: number): number;
  free(pointer: number): void;
  hb_blob_create(data: number, length: number, mode: number, userData: number, destroy: number): number;
  hb_blob_destroy(blob: number): void;
  hb_blob_get_data(blob: number, length: number): number;
  hb_blob_get_length(blob: number): number;
  hb_face_create(blob: number, index: number): number;
  hb_face_destroy(face: number): void;
  hb_face_reference_blob(face: number): number;
  hb_set_add(set: number, value: number): void;
  hb_set_clear(set: number): void;
  hb_set_invert(set: number): void;
  hb_subset_input_create_or_fail(): number;
  hb_subset_input_destroy(input: number): void;
  hb_subset_input_get_flags(input: number): number;
  hb_subset_input_set_flags(input: number, flags: number): void;
  hb_subset_input_set(input: number, which: number): number;
  hb_subset_input_unicode_set(input: number): number;
  hb_subset_input_glyph_set(input: number): number;
  hb_subset_or_fail(face: number, input: number): number;
}

const HB_MEMORY_MODE_READONLY = 1;
const HB_SUBSET_SETS_LAYOUT_FEATURE_TAG = 6;
const HB_SUBSET_FLAGS_NO_LAYOUT_CLOSURE = 0x200;
/**
 * TrueType hinting instructions are left out (docs/adr/0020-unhinted-dzongkha-subsets.md): they
 * are close to half of Jomolhari's subset, and Chromium, Firefox and Safari on Android, macOS, iOS
 * and Linux rasterise web fonts without them.
 */
const HB_SUBSET_FLAGS_NO_HINTING = 0x1;

let subsetter: Promise<HbSubsetExports> | undefined;

function loadSubsetter(): Promise<HbSubsetExports> {
  subsetter ??= (async () => {
    const wasm = await readFile(createRequire(import.meta.url).resolve('harfbuzzjs/dist/harfbuzz-subset.wasm'));
    const { instance } = await WebAssembly.instantiate(wasm);
    const exports = instance.exports as unknown as HbSubsetExports;
    exports._initialize();
    return exports;
  })();
  return subsetter;
}

/**
 * A woff2 of `sfnt` with the glyphs that shaping `runs` uses, the cmap entries of their characters,
 * and every layout feature (lookups are kept where all their glyphs are).
 */
export async function subsetToText(sfnt: Uint8Array, runs: readonly string[]): Promise<Uint8Array> {
  const glyphs = shapedGlyphs(sfnt, runs);
  const hbs = await loadSubsetter();
  const input = hbs.hb_subset_input_create_or_fail();
  if (input === 0) throw new Error('HarfBuzz could not start a subset.');
  const data = hbs.malloc(sfnt.byteLength);
  new Uint8Array(hbs.memory.buffer).set(sfnt, data);
  const blob = hbs.hb_blob_create(data, sfnt.byteLength, HB_MEMORY_MODE_READONLY, 0, 0);
  const face = hbs.hb_face_create(blob, 0);
  hbs.hb_blob_destroy(blob);
  try {
    const features = hbs.hb_subset_input_set(input, HB_SUBSET_SETS_LAYOUT_FEATURE_TAG);
    hbs.hb_set_clear(features);
    hbs.hb_set_invert(features);
    hbs.hb_subset_input_set_flags(
      input,
      hbs.hb_subset_input_get_flags(input) | HB_SUBSET_FLAGS_NO_LAYOUT_CLOSURE | HB_SUBSET_FLAGS_NO_HINTING,
    );
    const unicodes = hbs.hb_subset_input_unicode_set(input);
    for (const run of runs) for (const char of run) hbs.hb_set_add(unicodes, char.codePointAt(0) as number);
    const glyphSet = hbs.hb_subset_input_glyph_set(input);
    for (const glyph of glyphs) hbs.hb_set_add(glyphSet, glyph);
    const subset = hbs.hb_subset_or_fail(face, input);
    if (subset === 0) throw new Error('HarfBuzz could not subset the font.');
    const result = hbs.hb_face_reference_blob(subset);
    const offset = hbs.hb_blob_get_data(result, 0);
    const bytes = new Uint8Array(hbs.memory.buffer).slice(offset, offset + hbs.hb_blob_get_length(result));
    hbs.hb_blob_destroy(result);
    hbs.hb_face_destroy(subset);
    return compress(bytes);
  } finally {
    hbs.hb_subset_input_destroy(input);
    hbs.hb_face_destroy(face);
    hbs.free(data);
  }
}
