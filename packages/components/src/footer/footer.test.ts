import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderToString } from '../ssr/render.ts';
import { telephoneHref } from './footer.ts';

afterEach(() => {
  vi.restoreAllMocks();
});

describe('druk-footer', () => {
  it('turns a written +975 number into a tel: link, and leaves what is not a number unlinked', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    expect(telephoneHref('+975 2 322 602')).toBe('tel:+9752322602');
    expect(telephoneHref('(+975) 08-478205')).toBe('tel:+97508478205');
    expect(telephoneHref('call us')).toBeUndefined();
    expect(warn).toHaveBeenCalledWith(
      '<druk-footer> phone: "call us" is not valid; expected a telephone number such as +975 2 322 602. It is shown without a link.',
    );
  });

  it('leaves out only the last-updated line for a date it cannot read, warning once with the format', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const attributes = {
      agency: 'Ministry of Health',
      address: 'Kawajangsa, Thimphu',
      updated: '20/11/2026',
      links: JSON.stringify([{ label: 'Privacy', href: '/privacy/' }]),
    };
    const markup = await renderToString('druk-footer', { lang: 'en', attributes });
    await renderToString('druk-footer', { lang: 'en', attributes });
    expect(markup).toContain('Kawajangsa, Thimphu');
    expect(markup).toContain('href="/privacy/"');
    expect(markup).toContain(`© ${new Date().getFullYear()} Ministry of Health`);
    expect(markup).not.toContain('Last updated');
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn).toHaveBeenCalledWith(
      '<druk-footer> updated: "20/11/2026" is not valid; expected an ISO 8601 date such as 2026-11-20. The last-updated line is left out.',
    );
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
