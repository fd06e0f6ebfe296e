// A finding as a check reports it, on one page, before findings are merged across engines and pages.
import type { Engine, FindingStatus } from '../types.ts';

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface RawFinding {
  ruleId: string;
  status: FindingStatus;
  engines: Engine[];
  pageUrl: string;
  selector?: string;
  snippet?: string;
  message: string;
  /** Where the element is on the page (for the screenshot crop). */
  rect?: Rect;
  screenshot?: string;
  evidence?: Record<string, string | number | boolean | null>;
  /**
   * What makes two occurrences the same problem, when not the element: e.g. the missing header's name
   * for site-wide checks, or the broken link's URL.
   */
  groupKey?: string;
}
