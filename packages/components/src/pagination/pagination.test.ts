import { describe, expect, it } from 'vitest';
import { renderToString } from '../ssr/render.ts';
import { pageWindow } from './pagination.ts';

describe('druk-pagination', () => {
  it('shows the first, last and neighbouring pages with gaps between', () => {
    expect(pageWindow(6, 12)).toEqual([1, null, 5, 6, 7, null, 12]);
    expect(pageWindow(1, 3)).toEqual([1, 2, 3]);
    expect(pageWindow(2, 12)).toEqual([1, 2, 3, null, 12]);
  });

  it('links pages with the href pattern and writes Tibetan digits in Dzongkha', async () => {
    const english = await renderToString('druk-pagination', {
      attributes: { current: 3, total: 5, href: '/news/{page}/' },
    });
    expect(english).toContain('href="/news/2/"');
    expect(english).toContain('rel="prev"');
    const dzongkha = await renderToString('druk-pagination', {
      lang: 'dz',
      attributes: { current: 3, total: 5, href: '/news/{page}/' },
    });
    expect(dzongkha).toContain('ཤོག་ངོས་ ༣');
  });

  it('refuses a pattern without {page}', async () => {
    await expect(renderToString('druk-pagination', { attributes: { total: 5, href: '/news/' } })).rejects.toThrow(
      'has no {page}',
    );
  });
});
