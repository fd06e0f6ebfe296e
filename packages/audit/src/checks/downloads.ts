// Downloads found while crawling: size, and for PDFs whether there is a text layer and, for Dzongkha
// PDFs, whether that text is real Unicode Tibetan rather than legacy-font letters.
import { extractText, getDocumentProxy } from 'unpdf';
import { fetchUrl } from '../crawl/http.ts';
import type { RawFinding } from '../rules/raw.ts';
import type { DownloadInfo } from '../types.ts';

export const LARGE_FILE_BYTES = 10 * 1024 * 1024;
/** PDFs larger than this are sized but not opened. */
const PDF_ANALYSIS_LIMIT = 25 * 1024 * 1024;
const MIN_TEXT_CHARS = 20;

export async function analysePdf(data: Uint8Array): Promise<NonNullable<DownloadInfo['pdf']>> {
  const document = await getDocumentProxy(data);
  const { totalPages, text } = await extractText(document, { mergePages: true });
  const visible = text.replace(/\s+/g, '');
  const tibetanChars = (visible.match(/[\u0F00-\u0FFF]/g) ?? []).length;
  // Legacy Dzongkha fonts map Tibetan glyphs onto Latin-1 code points; the text layer then holds
  // accented Latin letters and symbols instead of Tibetan.
  const latin1Letters = (visible.match(/[\u00C0-\u00FF\u0080-\u00BF]/g) ?? []).length;
  const brokenTibetan = visible.length > 0 && tibetanChars === 0 && latin1Letters / visible.length > 0.2;
  return { pages: totalPages, textChars: visible.length, tibetanChars, brokenTibetan };
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
    try {
      info.pdf = await analysePdf(new Uint8Array(response.body));
    } catch {
      // A PDF that cannot be parsed has no usable text layer either.
      info.pdf = { pages: 0, textChars: 0, tibetanChars: 0, brokenTibetan: false };
    }
  }
  return info;
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
  if (info.pdf) {
    const dzongkha = looksDzongkha(link);
    const evidence = { file: link.url, textChars: info.pdf.textChars, tibetanChars: info.pdf.tibetanChars };
    if (dzongkha && (info.pdf.tibetanChars < MIN_TEXT_CHARS || info.pdf.brokenTibetan)) {
      findings.push({
        ...base,
        ruleId: 'dzongkha/pdf-text-layer',
        message: info.pdf.brokenTibetan
          ? `${link.url} has text in a legacy (non-Unicode) Dzongkha font`
          : `${link.url} has no Unicode Dzongkha text (${info.pdf.tibetanChars} Tibetan characters)`,
        evidence,
      });
    } else if (!dzongkha && info.pdf.textChars < MIN_TEXT_CHARS) {
      findings.push({ ...base, ruleId: 'downloads/pdf-no-text', message: `${link.url} has no text layer`, evidence });
    }
  }
  return findings;
}
