// The results journal: every finished page and download is appended to a JSONL file the moment it is done,
// so a crash or kill loses nothing, and `--resume` picks up where the run stopped.
import { appendFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { PageAudit } from '../page/audit-page.ts';
import type { RawFinding } from '../rules/raw.ts';
import type { DownloadInfo } from '../types.ts';

export type JournalEntry =
  | { type: 'page'; audit: PageAudit }
  | {
      type: 'download';
      url: string;
      pageUrl: string;
      info: DownloadInfo | null;
      error?: string;
      findings: RawFinding[];
    };

export class Journal {
  readonly path: string;

  constructor(path: string, resume: boolean) {
    this.path = path;
    mkdirSync(dirname(path), { recursive: true });
    if (!resume) rmSync(path, { force: true });
    // A line cut short by a kill must not swallow the first entry of the resumed run.
    else if (existsSync(path) && !readFileSync(path, 'utf8').endsWith('\n')) appendFileSync(path, '\n');
  }

  append(entry: JournalEntry): void {
    appendFileSync(this.path, `${JSON.stringify(entry)}\n`);
  }

  /** Replaces the journal's entries with these (pages to audit again are taken out). */
  rewrite(entries: JournalEntry[]): void {
    writeFileSync(this.path, entries.map((entry) => `${JSON.stringify(entry)}\n`).join(''));
  }

  /** Entries written by an earlier run; a last line cut short by a kill is skipped. */
  read(): JournalEntry[] {
    if (!existsSync(this.path)) return [];
    const entries: JournalEntry[] = [];
    for (const line of readFileSync(this.path, 'utf8').split('\n')) {
      if (!line.trim()) continue;
      try {
        entries.push(JSON.parse(line) as JournalEntry);
      } catch {
        // The line being written when the process died.
      }
    }
    return entries;
  }
}
