import { describe, expect, it } from 'vitest';
import { renderToString } from '../ssr/render.ts';
import { telephoneHref } from './footer.ts';

describe('druk-footer', () => {
  it('turns a written +975 number into a tel: link and rejects what is not a number', () => {
    expect(telephoneHref('+975 2 322 602')).toBe('tel:+9752322602');
    expect(telephoneHref('(+975) 08-478205')).toBe('tel:+97508478205');
    expect(() => telephoneHref('call us')).toThrow('"call us" is not a telephone number');
  });

  it('writes the last-updated date as a <time> and in Dzongkha with Tibetan digits', async () => {
    const markup = await renderToString('druk-footer', {
      lang: 'dz',
      attributes: { agency: 'x', updated: '2026-11-20' },
    });
    expect(markup).toContain('datetime="2026-11-20"');
    expect(markup).toContain('སྤྱི་ལོ་༢༠༢༦ ཟླ་བཅུ་གཅིག་པ་ ཚེས་༢༠');
    expect(markup).toContain('© ༢༠༢༦');
  });
});
