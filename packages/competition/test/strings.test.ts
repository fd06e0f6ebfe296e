// Times on the competition's pages sit next to UTC stamps (the score history, the JSON): each names its zone.
import { expect, test } from 'vitest';
import { formatDate } from '../src/strings.ts';

test('a time of day is Bhutan Time and says so, in both languages', () => {
  const at = Date.UTC(2026, 10, 22, 8, 5);
  expect(formatDate('en', at)).toMatch(/ 14:05 BTT \(UTC\+06:00\)$/);
  expect(formatDate('dz', at)).toMatch(/ ༡༤:༠༥ BTT \(UTC\+༠༦:༠༠\)$/);
});
