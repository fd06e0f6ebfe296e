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

/** An sfnt (TrueType/OpenType) font from a woff2 file. */
export async function readWoff2AsSfnt(path: string): Promise<Uint8Array> {
  return decompress(await readFile(path));
}

/**
 * Every glyph id the font produces while shaping `runs`: the glyphs of each character, every
 * glyph that appears between GSUB lookups, and the final glyphs.
 */
export function shapedGlyphs(sfnt: Uint8Array, runs: Iterable<string>): Set<number> {
  const font = new hb.Font(new hb.Face(new hb.Blob(sfnt)));
  const glyphs = new Set<number>();
  const collect = (buffer: hb.Buffer) => {
    if (buffer.getContentType() === hb.BufferContentType.GLYPHS) {
      for (const info of buffer.getGlyphInfos()) glyphs.add(info.codepoint);
    }
  };
  for (const run of new Set(runs)) {
    const buffer = new hb.Buffer();
    buffer.addText(run);
    buffer.guessSegmentProperties();
    buffer.setMessageFunc((traced) => {
      collect(traced);
      return true;
    });
    hb.shape(font, buffer);
    collect(buffer);
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
    hbs.hb_subset_input_set_flags(input, hbs.hb_subset_input_get_flags(input) | HB_SUBSET_FLAGS_NO_LAYOUT_CLOSURE);
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
