// The measurement behind ADR 0025: accuracy of npm language-identification libraries on English, Dzongkha,
// Nepali and Hindi blocks of text at short and paragraph lengths, and their time per block. The candidates are
// not dependencies of druk-audit; install them apart and name the folder:
//
//   npm install --prefix /tmp/langid --ignore-scripts franc franc-min franc-all eld tinyld lande cld3-asm languagedetect
//   LANGID_MODULES=/tmp/langid/node_modules node packages/audit/scripts/language-identification-accuracy.mjs
//
// The first row is druk-audit's own identification (src/checks/language.ts), franc among a short list.
//
// Samples (nothing is downloaded): the translated messages of Debian's gettext catalogues
// (/usr/share/locale/{dz,ne,hi}/LC_MESSAGES/*.mo; the English originals are their msgids), which no library
// here was trained on, and the Dzongkha Wikipedia excerpts of shared/data/dzongkha. Interface messages are
// terse and technical, so the figures are lower than on prose, alike for every library.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const MODULES = process.env.LANGID_MODULES;
if (!MODULES) throw new Error('Set LANGID_MODULES to the node_modules folder the candidates are installed in');
const DZONGKHA_DIR =
  process.env.DZONGKHA_SAMPLES ?? new URL('../../../../../shared/data/dzongkha/', import.meta.url).pathname;
const CATALOGUES = [
  'apt',
  'dpkg',
  'glib20',
  'gtk30',
  'gtk20',
  'shadow',
  'Linux-PAM',
  'libapt-pkg6.0',
  'software-properties',
  'PackageKit',
  'appstream',
  'gdk-pixbuf',
  'at-spi2-core',
  'gsettings-desktop-schemas',
  'python-apt',
];
const LANGUAGES = ['en', 'dz', 'ne', 'hi'];
const SCRIPT = { en: /[A-Za-z]/g, dz: /[\u0F00-\u0FFF]/g, ne: /[\u0900-\u097F]/g, hi: /[\u0900-\u097F]/g };
const LENGTHS = [
  [20, 50],
  [50, 100],
  [100, 200],
  [200, 400],
];
const PER_LENGTH = 150;

/** The [original, translation] pairs of a GNU .mo file. */
function catalogue(file) {
  const bytes = readFileSync(file);
  const littleEndian = bytes.readUInt32LE(0) === 0x950412de;
  const word = (offset) => (littleEndian ? bytes.readUInt32LE(offset) : bytes.readUInt32BE(offset));
  const [count, originals, translations] = [word(8), word(12), word(16)];
  const string = (table, index) => {
    const length = word(table + index * 8);
    const offset = word(table + index * 8 + 4);
    return bytes.toString('utf8', offset, offset + length).split('\0')[0];
  };
  return Array.from({ length: count }, (_, index) => [string(originals, index), string(translations, index)]);
}

/** A message as text: format directives, markup, mnemonics and line breaks out. */
const clean = (text) =>
  text
    .replace(/%(\d+\$)?[-+ #0-9.]*l*[sdiufxXcp]|%\w|\{\w*\}|<[^>]*>|\\n|_(?=\w)/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

function messages(language) {
  const found = new Set();
  const folder = language === 'en' ? 'ne' : language;
  for (const name of CATALOGUES) {
    const file = `/usr/share/locale/${folder}/LC_MESSAGES/${name}.mo`;
    if (!existsSync(file)) continue;
    for (const [original, translation] of catalogue(file)) {
      const text = clean(language === 'en' ? original : translation);
      const letters = text.replace(/[\s\d\p{P}\p{S}]/gu, '').length;
      // Untranslated or mixed messages would measure the wrong language.
      if (text && (text.match(SCRIPT[language]) ?? []).length > 0.85 * letters && /\s/.test(text)) found.add(text);
    }
  }
  if (language === 'dz') {
    for (const name of readdirSync(DZONGKHA_DIR).filter((file) => file.endsWith('.txt'))) {
      for (const line of readFileSync(join(DZONGKHA_DIR, name), 'utf8').split(/\n+/))
        if (line.trim()) found.add(line.trim());
    }
  }
  return [...found];
}

/** Blocks of `min`–`max` characters: messages in a fixed pseudo-random order, joined until long enough. */
function blocks(pool, [min, max]) {
  const out = [];
  let current = '';
  for (let step = 0; step < pool.length * 3 && out.length < PER_LENGTH; step += 1) {
    const text = pool[(step * 7919) % pool.length];
    current = current ? `${current} ${text}` : text;
    if (current.length < min) continue;
    if (current.length <= max) out.push(current);
    current = '';
  }
  return out;
}

const load = async (name, entry = '') => import(pathToFileURL(join(MODULES, name, entry)).href);
const require = createRequire(join(MODULES, 'noop.js'));
/** ISO 639-3 and 639-1 answers as the samples' codes; Dzongkha and Tibetan are one script and one answer. */
const CODE = { eng: 'en', nep: 'ne', npi: 'ne', hin: 'hi', dzo: 'dz', bod: 'dz', bo: 'dz' };
const code = (answer) => CODE[answer] ?? answer;

async function detectors() {
  const cld3 = await require('cld3-asm').loadModule();
  const cld3Identifier = cld3.create(0, 2000);
  const LanguageDetect = require('languagedetect');
  const languageDetect = new LanguageDetect();
  languageDetect.setLanguageType('iso2');
  const tinyld = require('tinyld/heavy');
  const { eld } = await load('eld', 'src/entries/static.large.js');
  const franc = (await load('franc', 'index.js')).franc;
  const francMin = (await load('franc-min', 'index.js')).franc;
  const francAll = (await load('franc-all', 'index.js')).franc;
  const lande = (await load('lande', 'standalone/t50.js')).default;
  // franc as druk-audit calls it: the script first, franc among the languages of that script it judges.
  const { identify } = await import('../src/checks/language.ts');
  return {
    'druk-audit (franc, its languages)': (text) => identify(text).language,
    franc: (text) => franc(text, { minLength: 1 }),
    'franc-min': (text) => francMin(text, { minLength: 1 }),
    'franc-all': (text) => francAll(text, { minLength: 1 }),
    eld: (text) => eld.detect(text).language,
    tinyld: (text) => tinyld.detect(text),
    lande: (text) => lande(text)[0]?.[0],
    'cld3-asm': (text) => cld3Identifier.findLanguage(text).language,
    languagedetect: (text) => languageDetect.detect(text, 1)[0]?.[0],
  };
}

const samples = Object.fromEntries(LANGUAGES.map((language) => [language, messages(language)]));
const rows = [];
for (const [name, detect] of Object.entries(await detectors())) {
  const row = { library: name };
  let blocksRun = 0;
  const started = performance.now();
  for (const range of LENGTHS) {
    for (const language of LANGUAGES) {
      const texts = blocks(samples[language], range);
      const right = texts.filter((text) => code(detect(text)) === language).length;
      blocksRun += texts.length;
      row[`${language} ${range.join('–')}`] = `${Math.round((right / texts.length) * 100)}%`;
    }
  }
  row['ms/block'] = ((performance.now() - started) / blocksRun).toFixed(2);
  rows.push(row);
}
console.log(Object.fromEntries(LANGUAGES.map((language) => [language, samples[language].length])));
console.table(rows);
