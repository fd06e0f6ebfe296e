// Downloads found while crawling: size, and for PDFs whether there is a text layer and, for Dzongkha
// PDFs, whether that text is real Unicode Tibetan rather than legacy-font letters.
import { getDocumentProxy, getResolvedPDFJS } from 'unpdf';
import { fetchUrl } from '../crawl/http.ts';
import type { RawFinding } from '../rules/raw.ts';
import type { DownloadInfo, FindingStatus } from '../types.ts';

export const LARGE_FILE_BYTES = 10 * 1024 * 1024;
/** PDFs larger than this are sized but not opened. */
const PDF_ANALYSIS_LIMIT = 25 * 1024 * 1024;
const MIN_TEXT_CHARS = 20;

/** Pages examined for scans. */
const SCAN_PAGES_EXAMINED = 30;
/** A PDF that takes longer than this to read is reported for review, not waited for. */
const PDF_TIME_LIMIT_MS = 10_000;

type PdfFacts = NonNullable<DownloadInfo['pdf']>;
type PdfDocument = Awaited<ReturnType<typeof getDocumentProxy>>;

class TimeLimitPassed extends Error {}

/**
 * pdf.js in Node works through promises that never give the event loop a turn, so no timer can interrupt
 * it: the reading yields between pages and stops itself once the time limit has passed.
 */
async function nextStep(deadline: number): Promise<void> {
  await new Promise((resolve) => setImmediate(resolve));
  if (Date.now() > deadline) throw new TimeLimitPassed();
}

/**
 * Per page, its text and whether it paints a raster image; images are looked for only on the first pages
 * without text, where a scanned annex usually starts, to bound the work.
 */
async function readPages(document: PdfDocument, deadline: number) {
  // The operators that paint a raster image, from the pdf.js that getDocumentProxy loaded.
  const { OPS } = await getResolvedPDFJS();
  const imageOperators = new Set([OPS.paintImageXObject, OPS.paintInlineImageXObject, OPS.paintImageXObjectRepeat]);
  const texts: string[] = [];
  const scanned: number[] = [];
  for (let number = 1; number <= document.numPages; number += 1) {
    await nextStep(deadline);
    const page = await document.getPage(number);
    const content = await page.getTextContent();
    const text = content.items.map((item) => ('str' in item ? item.str : '')).join('');
    texts.push(text);
    if (!text.trim() && number <= SCAN_PAGES_EXAMINED) {
      const { fnArray } = await page.getOperatorList();
      if (fnArray.some((operator) => imageOperators.has(operator))) scanned.push(number);
    }
    page.cleanup();
  }
  return { texts, scanned };
}

async function readPdf(document: PdfDocument, deadline: number): Promise<PdfFacts> {
  const { texts, scanned } = await readPages(document, deadline);
  const visible = texts.join('').replace(/\s+/g, '');
  const tibetanChars = (visible.match(/[\u0F00-\u0FFF]/g) ?? []).length;
  // Legacy Dzongkha fonts map Tibetan glyphs onto Latin-1 code points; the text layer then holds
  // accented Latin letters and symbols instead of Tibetan.
  const latin1Letters = (visible.match(/[\u00C0-\u00FF\u0080-\u00BF]/g) ?? []).length;
  const brokenTibetan = visible.length > 0 && tibetanChars === 0 && latin1Letters / visible.length > 0.2;
  // pdf.js types these dictionaries as Object: read as records of unknown values.
  const info: Record<string, unknown> = Object.fromEntries(Object.entries((await document.getMetadata()).info));
  const markInfo = await document.getMarkInfo();
  const preferences: Record<string, unknown> = Object.fromEntries(
    Object.entries((await document.getViewerPreferences()) ?? {}),
  );
  return {
    pages: document.numPages,
    textChars: visible.length,
    tibetanChars,
    brokenTibetan,
    tagged: Boolean(markInfo?.Marked),
    lang: typeof info.Language === 'string' ? info.Language.trim() : '',
    title: typeof info.Title === 'string' ? info.Title.trim() : '',
    displayDocTitle: preferences.DisplayDocTitle === true,
    scannedPages: scanned,
  };
}

/** A PDF that could not be read: nothing is known of its content. */
function unreadablePdf(reason: string): PdfFacts {
  return { pages: 0, textChars: 0, tibetanChars: 0, brokenTibetan: false, unreadable: reason };
}

/**
 * Reads a PDF's text, tags, language, title and scanned pages. Never throws: an encrypted or damaged PDF, or
 * one that takes longer than the time limit, is returned as unreadable (with why), for a person to open.
 */
export async function analysePdf(data: Uint8Array, timeLimitMs = PDF_TIME_LIMIT_MS): Promise<PdfFacts> {
  let document: PdfDocument | undefined;
  try {
    document = await getDocumentProxy(data);
    return await readPdf(document, Date.now() + timeLimitMs);
  } catch (error) {
    if (error instanceof TimeLimitPassed) return unreadablePdf(`not read within ${timeLimitMs / 1000} s`);
    const name = (error as Error | undefined)?.name ?? '';
    const message = String((error as Error | undefined)?.message ?? error).split('\n')[0]!;
    return unreadablePdf(name === 'PasswordException' ? 'encrypted: it needs a password' : message);
  } finally {
    await document?.loadingTask.destroy().catch(() => undefined);
  }
}

export interface DownloadLink {
  url: string;
  /** The link text and language, to tell a Dzongkha document from an English one. */
  text: string;
  lang: string;
  /** The page that links to it. */
  pageUrl: string;
}

function looksDzongkha(link: DownloadLink): boolean {
  return /^dz/i.test(link.lang) || /[\u0F00-\u0FFF]/.test(link.text) || /\/dz\//.test(new URL(link.url).pathname);
}

/**
 * Of two links to the same file, the one its findings are judged by and reported on: one that looks Dzongkha
 * over one that does not, then the page first in address order. Pages finish in a different order from run to
 * run, and a file linked from both language versions of a page must get the same verdict, on the same page,
 * whichever was crawled first.
 */
export function tellingLink(known: DownloadLink, other: DownloadLink): DownloadLink {
  const knownDz = looksDzongkha(known);
  if (knownDz !== looksDzongkha(other)) return knownDz ? known : other;
  return other.pageUrl < known.pageUrl ? other : known;
}

export async function probeDownload(url: string, timeoutMs: number): Promise<DownloadInfo> {
  const response = await fetchUrl(url, { timeoutMs, maxBytes: PDF_ANALYSIS_LIMIT });
  if (response.status >= 400)
    throw Object.assign(new Error(`HTTP ${response.status}`), { code: `HTTP_${response.status}` });
  const contentType = String(response.headers['content-type'] ?? 'application/octet-stream')
    .split(';')[0]!
    .trim();
  const info: DownloadInfo = { contentType, bytes: response.bytes };
  const isPdf = contentType === 'application/pdf' || response.body.subarray(0, 5).toString('latin1') === '%PDF-';
  if (isPdf && !response.truncated) {
    info.pdf = await analysePdf(new Uint8Array(response.body));
  }
  return info;
}

type FindingBase = Pick<RawFinding, 'engines' | 'pageUrl' | 'groupKey'>;

/**
 * Tags, language, title and scanned pages of a PDF that has text (one without any is downloads/pdf-no-text
 * or dzongkha/pdf-text-layer, and the rest would only repeat it).
 */
function pdfStructureFindings(link: DownloadLink, pdf: PdfFacts, base: FindingBase): RawFinding[] {
  if (pdf.textChars < MIN_TEXT_CHARS) return [];
  const findings: RawFinding[] = [];
  const add = (
    ruleId: string,
    message: string,
    evidence: RawFinding['evidence'] = {},
    status: FindingStatus = 'fail',
  ) => findings.push({ ...base, status, ruleId, message, evidence: { file: link.url, ...evidence } });
  if (pdf.tagged === false) add('downloads/pdf-untagged', `${link.url} is not tagged`);
  if (pdf.lang === '') add('downloads/pdf-no-language', `${link.url} declares no language (/Lang)`);
  if (pdf.title === '' || pdf.displayDocTitle === false) {
    add(
      'downloads/pdf-no-title',
      pdf.title
        ? `${link.url} has the title "${pdf.title}" but its viewer shows the file name (no /DisplayDocTitle)`
        : `${link.url} has no title`,
      { title: pdf.title ?? '', displayDocTitle: pdf.displayDocTitle ?? false },
    );
  }
  if (pdf.scannedPages?.length) {
    const pages = pdf.scannedPages.join(', ');
    // In a tagged PDF the scanned page may be a figure with alt text, which only a person can judge.
    add(
      'downloads/pdf-scanned-pages',
      `${link.url}: page${pdf.scannedPages.length > 1 ? 's' : ''} ${pages} of ${pdf.pages} ${pdf.scannedPages.length > 1 ? 'are images' : 'is an image'} with no text${pdf.tagged ? ' (tagged: check for alt text)' : ''}`,
      { pages, pageCount: pdf.pages, tagged: pdf.tagged ?? false },
      pdf.tagged ? 'needs-review' : 'fail',
    );
  }
  return findings;
}

export function downloadFindings(link: DownloadLink, info: DownloadInfo): RawFinding[] {
  const findings: RawFinding[] = [];
  const base = { status: 'fail' as const, engines: ['druk' as const], pageUrl: link.pageUrl, groupKey: link.url };
  if (info.bytes !== null && info.bytes > LARGE_FILE_BYTES) {
    findings.push({
      ...base,
      ruleId: 'downloads/large-file',
      message: `${link.url} is ${(info.bytes / 1048576).toFixed(1)} MB`,
      evidence: { file: link.url, bytes: info.bytes },
    });
  }
  if (info.pdf?.unreadable) {
    findings.push({
      ...base,
      status: 'needs-review',
      ruleId: 'downloads/pdf-unreadable',
      message: `${link.url} could not be read: ${info.pdf.unreadable}`,
      evidence: { file: link.url, reason: info.pdf.unreadable },
    });
  } else if (info.pdf) {
    findings.push(...pdfStructureFindings(link, info.pdf, base));
    const { pdf } = info;
    const dzongkha = looksDzongkha(link);
    const evidence = { file: link.url, textChars: pdf.textChars, tibetanChars: pdf.tibetanChars };
    if (dzongkha && (pdf.tibetanChars < MIN_TEXT_CHARS || pdf.brokenTibetan)) {
      // Text that is neither Tibetan nor legacy-font Latin-1, in a PDF that does not declare Dzongkha, is most
      // often an English document linked from a Dzongkha page (one not yet translated); a legacy font that
      // maps Tibetan onto plain ASCII letters reads the same way. Only a person can tell them apart.
      const latinOnly =
        pdf.textChars >= MIN_TEXT_CHARS && !pdf.brokenTibetan && pdf.tibetanChars === 0 && !/^dz/i.test(pdf.lang ?? '');
      findings.push({
        ...base,
        ...(latinOnly ? { status: 'needs-review' as const } : {}),
        ruleId: 'dzongkha/pdf-text-layer',
        message: pdf.brokenTibetan
          ? `${link.url} has text in a legacy (non-Unicode) Dzongkha font`
          : latinOnly
            ? `${link.url} is linked as Dzongkha (from ${link.pageUrl}) but its text has no Tibetan (${pdf.textChars} characters, all Latin): check whether it is an English document, to be marked as such on the link, or Dzongkha in a legacy font`
            : `${link.url} has no Unicode Dzongkha text (${pdf.tibetanChars} Tibetan characters)`,
        evidence,
      });
    } else if (!dzongkha && pdf.textChars < MIN_TEXT_CHARS) {
      findings.push({ ...base, ruleId: 'downloads/pdf-no-text', message: `${link.url} has no text layer`, evidence });
    }
  }
  return findings;
}
