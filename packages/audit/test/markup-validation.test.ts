// The validation of the HTML as the server sent it (src/checks/markup-validation.ts), on markup written here:
// what it reports, what it leaves alone, and where.
import { expect, test } from 'vitest';
import { markupValidation } from '../src/checks/markup-validation.ts';

const page = (body: string) =>
  `<!doctype html>\n<html lang="en">\n<head><meta charset="utf-8"><title>Page</title></head>\n<body>\n${body}\n</body>\n</html>\n`;

async function found(body: string): Promise<string[]> {
  return (await markupValidation('https://x.gov.bt/', page(body))).map(
    (finding) => `${finding.ruleId} ${finding.status} ${finding.message}`,
  );
}

test('valid markup, a duplicate id nothing points to and interactive content beside interactive content pass', async () => {
  expect(
    await found(
      '<main><h1>Notices</h1><p id="a">One</p><p id="a">Two</p><a href="/1">Notice</a> <button type="button">Print</button>\n<label for="cid">CID</label><input id="cid"></main>',
    ),
  ).toEqual([]);
});

test("Lit's <?> part markers are comments to a browser, not markup: nothing is misreported around them", async () => {
  expect(
    await found('<main><div class="field"><input id="q" aria-label="Search"><?></div><?>\n<p>After</p></main>'),
  ).toEqual([]);
});

test('a control inside a control fails, with its line and column', async () => {
  expect(await found('<p>\n<a href="/1">Notice <a href="/1.pdf">PDF</a></a></p>')).toEqual([
    'structure/nested-interactive fail Line 6, column 22: <a> inside <a>',
  ]);
});

test('a duplicate id a reference points to needs review, once per reference', async () => {
  expect(
    await found('<p id="hint">One</p><p id="hint">Two</p>\n<input aria-label="CID" aria-describedby="hint other">'),
  ).toEqual([
    'structure/referenced-duplicate-id needs-review Line 6, column 2: aria-describedby="hint" points to an id that 2 elements carry (lines 5, 5)',
  ]);
});

test('the first tag error needs review, with the count; obsolete styling is one finding a page, counted', async () => {
  expect(
    await found(
      '<center><font color="red">Closed</font></center>\n<div><span>Open</div>\n<p align="center">A</p><p align="left">B</p>',
    ),
  ).toEqual([
    expect.stringMatching(
      /^structure\/tag-mismatch needs-review Line 6, column 7: Unclosed element '<span>' \(\d+ tag errors on the page\)$/,
    ),
    'structure/obsolete-presentational fail Obsolete presentational markup: <center> ×1, <font> ×1, align on <p> ×2',
  ]);
});
