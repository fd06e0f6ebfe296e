// Page-text sketches: the same text (and the same with small edits or an added sentence) is near, different
// text is far, Dzongkha is sketched by its syllables, and a page with little text gets no sketch.
import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import {
  MIN_SKETCH_WORDS,
  NEAR_DUPLICATE_SIMILARITY,
  sketchHashes,
  sketchSimilarity,
  textSketch,
} from '../src/results/text-sketch.ts';

const sample = (name: string) => readFileSync(new URL(`../../fonts/src/samples/${name}`, import.meta.url), 'utf8');
const PARO = sample('01-dzwiki-paro-rinpung-dzong.txt');
const ZHEMGANG = sample('02-dzwiki-zhemgang-dzongkhag.txt');

const SERVICE = `The Dzongkhag Administration issues trade licences for retail, wholesale and service businesses.
Applicants submit the form with a copy of their citizenship identity card, a no-objection certificate from the
landlord and the fee. Licences are processed within seven working days and are valid for one year. Renewals
are made at the counter of the economic development section or online through the government service portal.
Late renewal attracts a penalty for each month of delay. For help, call the section on weekdays.`;
const OTHER = `The Ministry of Health runs free vaccination clinics for children under five in every gewog. Parents
bring the child health card; nurses record each dose and the date of the next one. Clinics open on the first
Monday of the month, and mobile teams visit remote villages during the dry season. Outbreaks are reported to
the district health officer, who may call extra sessions. Vaccines are stored at the regional hospital.`;

const similarity = (a: string, b: string) =>
  sketchSimilarity(sketchHashes(textSketch(a)!), sketchHashes(textSketch(b)!));

test('the same text gives the same sketch, and a few changed words stay near', () => {
  const sketch = textSketch(SERVICE)!;
  expect(sketch).toMatch(/^([0-9a-f]{8})+$/);
  expect(textSketch(`  ${SERVICE.replace(/\n/g, ' ').toUpperCase()}  `)).toBe(sketch);
  expect(similarity(SERVICE, SERVICE)).toBe(1);
  const edited = SERVICE.replace('seven working days', 'five working days').replace('one year', 'two years');
  expect(similarity(SERVICE, edited)).toBeGreaterThanOrEqual(NEAR_DUPLICATE_SIMILARITY);
});

test('different texts are far apart, in English and in Dzongkha', () => {
  expect(similarity(SERVICE, OTHER)).toBeLessThan(0.1);
  expect(similarity(PARO, ZHEMGANG)).toBeLessThan(0.1);
  // A copied Dzongkha page with a sentence added is still near its source; long texts keep 64 hashes.
  expect(textSketch(PARO)!.length).toBe(64 * 8);
  expect(similarity(PARO, `${PARO}\nའབྲུག་གི་རྒྱལ་ཁབ་ཀྱི་གཞུང་གི་ཡིག་ཚང་།`)).toBeGreaterThanOrEqual(NEAR_DUPLICATE_SIMILARITY);
});

test('a page with little text has no sketch', () => {
  const words = Array.from({ length: MIN_SKETCH_WORDS - 1 }, (_, index) => `word${index}`).join(' ');
  expect(textSketch(words)).toBeUndefined();
  expect(textSketch(`${words} more`)).toBeDefined();
  expect(textSketch('')).toBeUndefined();
});

test('similarity is the share of the union’s smallest hashes that both sketches hold', () => {
  expect(sketchSimilarity([1, 2, 3, 4], [1, 2, 3, 4])).toBe(1);
  expect(sketchSimilarity([1, 2, 3, 4], [5, 6, 7, 8])).toBe(0);
  // Union's 4 smallest: 1, 2, 3, 5 (4 is beyond the second sketch); both hold 1 and 3.
  expect(sketchSimilarity([1, 3, 4, 9], [1, 2, 3, 5])).toBe(0.5);
  expect(sketchSimilarity([], [1])).toBe(0);
});
