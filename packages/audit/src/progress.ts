// Live progress on a terminal: pages done, errors and the estimated time left, redrawn on one line.
// Silent when stderr is not a terminal (CI logs stay clean) or with --quiet.
import type { CliIO } from './cli-commands.ts';
import type { AuditEvent } from './types.ts';

const BAR_WIDTH = 24;

export function formatDuration(ms: number): string {
  const seconds = Math.max(0, Math.round(ms / 1000));
  const minutes = Math.floor(seconds / 60);
  return minutes ? `${minutes}m${String(seconds % 60).padStart(2, '0')}s` : `${seconds}s`;
}

export class Progress {
  private readonly io: CliIO;
  private readonly enabled: boolean;
  private readonly expected: number;
  private readonly started = Date.now();
  private done = 0;
  private errors = 0;
  private site = '';

  constructor(io: CliIO, quiet: boolean, expectedPages: number) {
    this.io = io;
    this.enabled = io.isTTY && !quiet;
    this.expected = Math.max(1, expectedPages);
  }

  /** The progress line for the current state (exported for tests through render()). */
  render(): string {
    const share = Math.min(1, this.done / this.expected);
    const filled = Math.round(share * BAR_WIDTH);
    const elapsed = Date.now() - this.started;
    const eta = this.done > 0 ? formatDuration((elapsed / this.done) * (this.expected - this.done)) : '…';
    return `[${'#'.repeat(filled)}${'-'.repeat(BAR_WIDTH - filled)}] ${this.done} pages, ${this.errors} errors, ETA ${eta} ${this.site}`;
  }

  update(event: AuditEvent): void {
    if (event.type === 'site-start') this.site = event.site;
    if (event.type === 'page-done') {
      this.done += 1;
      if (event.page.kind === 'error' || (event.page.status ?? 0) >= 400) this.errors += 1;
    }
    if (this.enabled) this.io.stderr(`\r\x1b[2K${this.render().slice(0, 150)}`);
  }

  finish(): void {
    if (this.enabled) this.io.stderr('\n');
  }
}
