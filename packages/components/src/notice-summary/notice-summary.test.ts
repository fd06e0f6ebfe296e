import { describe, expect, it } from 'vitest';
import { renderToString } from '../ssr/render.ts';
import { closingInstant, noticeState } from './notice-summary.ts';

const at = (iso: string) => Date.parse(iso);

describe('druk-notice-summary state', () => {
  it('closes at the end of the closing day in Thimphu (UTC+6)', () => {
    expect(new Date(closingInstant('2026-12-01')).toISOString()).toBe('2026-12-01T17:59:59.000Z');
    expect(noticeState('2026-12-01', at('2026-12-01T23:59:00+06:00'), 7)).toBe('closing-soon');
    expect(noticeState('2026-12-01', at('2026-12-02T00:00:00+06:00'), 7)).toBe('closed');
  });

  it('is open until the closing-soon window starts', () => {
    expect(noticeState('2026-12-31', at('2026-11-28T10:00:00+06:00'), 7)).toBe('open');
    expect(noticeState('2026-12-31', at('2026-12-25T10:00:00+06:00'), 7)).toBe('closing-soon');
    expect(noticeState('2026-12-31', at('2026-12-20T10:00:00+06:00'), 14)).toBe('closing-soon');
  });

  it('names a bad closing date', () => {
    expect(() => closingInstant('31/12/2026')).toThrow('"31/12/2026" is not an ISO 8601 date');
  });

  it('renders the state and dates in Dzongkha', async () => {
    const markup = await renderToString('druk-notice-summary', {
      lang: 'dz',
      attributes: { kind: 'vacancy', heading: 'x', closing: '2026-11-01', now: '2026-11-28T10:00:00+06:00' },
    });
    expect(markup).toContain('ཁ་བསྡམས་ཡི།');
    expect(markup).toMatch(/<druk-notice-summary[^>]*\sstate="closed"/);
    expect(markup).toContain('ཟླ་བཅུ་གཅིག་པ་ ཚེས་༠༡');
  });
});
