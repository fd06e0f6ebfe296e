// The motion checks' Node half: animated GIF, WebP and APNG decoded, how long they play, and the WCAG 2.3.1
// flash test on their frames at the size they are rendered.
import { describe, expect, test } from 'vitest';
import { animationFacts, animationFindings } from '../src/checks/links-motion.ts';
import { extremes, FLASH_AREA_LIMIT } from '../src/checks/flash.ts';
import { animatedImage, apng, type AnimationSpec, type Colour } from './fixtures/animation.ts';

const BLACK: Colour = [0, 0, 0];
const WHITE: Colour = [255, 255, 255];
const RED: Colour = [255, 0, 0];
/** As bright as the red (relative luminance 0.21 against 0.13): no general flash, only a red one. */
const GREY: Colour = [100, 100, 100];
const alternate = (a: Colour, b: Colour, count = 10) =>
  Array.from({ length: count }, (_, index) => (index % 2 ? b : a));

async function rendered(
  spec: AnimationSpec,
  size: number,
  format: 'gif' | 'webp' | 'apng' = 'gif',
  pauseControl: string | null = null,
) {
  const data = format === 'apng' ? apng(spec) : await animatedImage(spec, format);
  const facts = await animationFacts(data);
  expect(facts).not.toBeNull();
  const candidate = { src: `https://x.gov.bt/a.${format}`, width: size, height: size, pauseControl, selector: 'img' };
  return { facts: facts!, findings: animationFindings('https://x.gov.bt/', candidate, facts!) };
}
const outcome = (findings: { ruleId: string; status: string }[]) =>
  findings.map((item) => `${item.ruleId} ${item.status}`);

describe('flash test (WCAG 2.3.1)', () => {
  test('black and white five times a second over a large area fails; the same image shown small does not', async () => {
    const spec = { frames: alternate(BLACK, WHITE), delayMs: 100, loop: 0 };
    const large = await rendered(spec, 300);
    expect(large.facts.flashes(300 / 40, 300 / 40)).toMatchObject({ kind: 'general', maxFlashesPerSecond: 5 });
    expect(outcome(large.findings)).toEqual(['motion/flashing fail', 'motion/animation-no-pause needs-review']);
    // 100 × 100 px is 10,000 px², under a quarter of the 341 × 256 field.
    const small = await rendered(spec, 100);
    expect(small.facts.flashes(100 / 40, 100 / 40).flashingArea).toBeLessThan(FLASH_AREA_LIMIT);
    expect(outcome(small.findings)).toEqual(['motion/animation-no-pause needs-review']);
  });

  test('three flashes a second or fewer, and changes under 10% of luminance, do not fail', async () => {
    const slow = await rendered({ frames: alternate(BLACK, WHITE), delayMs: 170, loop: 0 }, 400);
    expect(slow.facts.flashes(10, 10).kind).toBeNull();
    const faint = await rendered({ frames: alternate([120, 120, 120], [135, 135, 135]), delayMs: 50, loop: 0 }, 400);
    expect(faint.facts.flashes(10, 10)).toMatchObject({ kind: null, maxFlashesPerSecond: 0 });
    // Both bright: the darker state is above 0.80.
    const bright = await rendered({ frames: alternate([235, 235, 235], WHITE), delayMs: 50, loop: 0 }, 400);
    expect(bright.facts.flashes(10, 10).kind).toBeNull();
  });

  test('a saturated red flashing against a grey as bright fails the red flash threshold only', async () => {
    const { facts } = await rendered({ frames: alternate(RED, GREY), delayMs: 100, loop: 0 }, 300);
    expect(facts.flashes(300 / 40, 300 / 40).kind).toBe('red');
  });

  test('peak detection ignores wobbles under the step', () => {
    const values = [0, 0.5, 0.45, 0.5, 0, 0.05, 0.5];
    const found = extremes(
      values,
      values.map((_, index) => index * 100),
      0.1,
    );
    expect(found.map((point) => point.value)).toEqual([0, 0.5, 0, 0.5]);
  });
});

describe('animated images (WCAG 2.2.2)', () => {
  test('GIF, WebP and APNG are decoded with their frames, delays and loops', async () => {
    const spec = { frames: alternate([200, 0, 0], [0, 0, 200], 6), delayMs: 400, loop: 0 };
    for (const format of ['gif', 'webp', 'apng'] as const) {
      const { facts, findings } = await rendered(spec, 100, format);
      expect(facts.animation).toMatchObject({ format, frameCount: 6, loop: 0, cycleMs: 2400, columns: 40, rows: 40 });
      expect(outcome(findings)).toEqual(['motion/animation-no-pause needs-review']);
    }
  });

  test('an animation that stops within 5 seconds, or has a pause control near it, is fine', async () => {
    // Three plays of 1.2 s: 3.6 s in all.
    const short = await rendered({ frames: alternate([200, 0, 0], [0, 0, 200], 6), delayMs: 200, loop: 3 }, 100);
    expect(short.findings).toEqual([]);
    const paused = await rendered(
      { frames: alternate([200, 0, 0], [0, 0, 200], 6), delayMs: 400, loop: 0 },
      100,
      'gif',
      'Pause',
    );
    expect(paused.findings).toEqual([]);
  });

  test('a still image is not an animation', async () => {
    expect(await animationFacts(await animatedImage({ frames: [WHITE], delayMs: 100, loop: 0 }, 'gif'))).toBeNull();
  });
});
