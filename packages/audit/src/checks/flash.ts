// The WCAG 2.3.1 flash test on the frames of an animation, from the definitions of "general flash and red
// flash thresholds" (https://www.w3.org/TR/WCAG22/#dfn-general-flash-and-red-flash-thresholds):
// - a flash is a pair of opposing changes in relative luminance of 10% or more of the maximum, where the
//   darker state is below 0.80; or a pair of opposing transitions involving a saturated red (R/(R+G+B) ≥ 0.8,
//   with a change of (R−G−B)×320 above 20, negative values counted as 0);
// - content fails when more than three flashes fall within any one second, over a combined area larger than a
//   quarter of a 10° visual field: 25% of a 341 × 256 px rectangle of a 1024 × 768 screen, taken here as
//   CSS pixels of the image as it is rendered.
// Each frame is averaged down to a grid of cells (box filter); a cell's luminance over time gives its
// transitions by peak detection with the 10% step as hysteresis. ADR 0024 gives the method and its numbers.

/** One frame of an animation averaged down to the analysis grid: RGB, 0–255, row by row. */
export interface GridFrame {
  rgb: Uint8Array;
  /** How long the frame shows, in milliseconds. */
  delayMs: number;
}

export interface FlashInput {
  columns: number;
  rows: number;
  frames: GridFrame[];
  /** Times the animation plays; 0 for forever. */
  loop: number;
  /** The size of one grid cell on the page, in CSS pixels. */
  cellWidth: number;
  cellHeight: number;
}

export interface FlashResult {
  /** The most flashes of any one cell within one second. */
  maxFlashesPerSecond: number;
  /** The largest area, in CSS px², flashing more than three times within the same second inside one 341 × 256 rectangle. */
  flashingArea: number;
  /** Which threshold that area crosses: general (luminance), red, or none. */
  kind: 'general' | 'red' | null;
}

export const FIELD_WIDTH = 341;
export const FIELD_HEIGHT = 256;
/** A quarter of the 10° visual field (341 × 256 px at 1024 × 768): 21,824 px². */
export const FLASH_AREA_LIMIT = (FIELD_WIDTH * FIELD_HEIGHT) / 4;
const LUMINANCE_STEP = 0.1;
const DARKER_BELOW = 0.8;
const RED_STEP = 20;
const SATURATED_RED = 0.8;
/** More than three flashes: four pairs of opposing transitions. */
const FLASHES_OVER_LIMIT = 4;
const WINDOW_MS = 1000;

function linear(channel: number): number {
  const value = channel / 255;
  return value <= 0.04045 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
}

const LINEAR = Float64Array.from({ length: 256 }, (_, channel) => linear(channel));

interface Extreme {
  value: number;
  timeMs: number;
}

/**
 * The alternating maxima and minima of a series, each at least `step` from the one before (peak detection
 * with hysteresis: changes smaller than the step neither end nor start a transition).
 */
export function extremes(values: number[], times: number[], step: number): Extreme[] {
  const found: Extreme[] = [];
  let high = { value: values[0]!, timeMs: times[0]! };
  let low = { ...high };
  let rising: boolean | null = null;
  for (let index = 1; index < values.length; index += 1) {
    const point = { value: values[index]!, timeMs: times[index]! };
    if (point.value > high.value) high = point;
    if (point.value < low.value) low = point;
    if (rising !== false && point.value <= high.value - step) {
      found.push(high);
      low = point;
      rising = false;
    } else if (rising !== true && point.value >= low.value + step) {
      found.push(low);
      high = point;
      rising = true;
    }
  }
  if (rising === true) found.push(high);
  if (rising === false) found.push(low);
  return found;
}

/** The times at which transitions that count for a threshold complete. */
function transitionTimes(points: Extreme[], counts: (from: Extreme, to: Extreme) => boolean): number[] {
  const times: number[] = [];
  for (let index = 1; index < points.length; index += 1) {
    if (counts(points[index - 1]!, points[index]!)) times.push(points[index]!.timeMs);
  }
  return times;
}

/** Flashes (pairs of transitions) among these transitions within the one-second window from `startMs`. */
function flashesWithin(times: number[], startMs: number): number {
  let count = 0;
  for (const time of times) if (time >= startMs && time < startMs + WINDOW_MS) count += 1;
  return Math.floor(count / 2);
}

/** The largest sum of `weights` (a grid) inside any window of `width` × `height` cells. */
function largestWindowSum(weights: Float64Array, columns: number, rows: number, width: number, height: number): number {
  const w = Math.min(columns, Math.max(1, width));
  const h = Math.min(rows, Math.max(1, height));
  const prefix = new Float64Array((columns + 1) * (rows + 1));
  for (let row = 0; row < rows; row += 1) {
    for (let column = 0; column < columns; column += 1) {
      prefix[(row + 1) * (columns + 1) + column + 1] =
        weights[row * columns + column]! +
        prefix[row * (columns + 1) + column + 1]! +
        prefix[(row + 1) * (columns + 1) + column]! -
        prefix[row * (columns + 1) + column]!;
    }
  }
  let best = 0;
  for (let row = 0; row + h <= rows; row += 1) {
    for (let column = 0; column + w <= columns; column += 1) {
      const sum =
        prefix[(row + h) * (columns + 1) + column + w]! -
        prefix[row * (columns + 1) + column + w]! -
        prefix[(row + h) * (columns + 1) + column]! +
        prefix[row * (columns + 1) + column]!;
      best = Math.max(best, sum);
    }
  }
  return best;
}

/**
 * The frames as they play over time: a looping animation is played again so that flashes across the loop
 * point and windows longer than one cycle are seen, up to the time it really plays.
 */
function timeline(frames: GridFrame[], loop: number): { frame: GridFrame; timeMs: number }[] {
  const cycleMs = frames.reduce((sum, frame) => sum + frame.delayMs, 0);
  const plays = Math.max(
    1,
    Math.min(loop === 0 ? Infinity : loop, Math.ceil((2 * WINDOW_MS) / Math.max(cycleMs, 1)) + 1),
  );
  const played: { frame: GridFrame; timeMs: number }[] = [];
  let timeMs = 0;
  for (let play = 0; play < plays; play += 1) {
    for (const frame of frames) {
      played.push({ frame, timeMs });
      timeMs += frame.delayMs;
    }
  }
  return played;
}

export function analyseFlashes(input: FlashInput): FlashResult {
  const { columns, rows, cellWidth, cellHeight } = input;
  const played = timeline(input.frames, input.loop);
  const times = played.map((entry) => entry.timeMs);
  const cells = columns * rows;
  const general: number[][] = [];
  const red: number[][] = [];
  let maxFlashesPerSecond = 0;
  for (let cell = 0; cell < cells; cell += 1) {
    const luminance: number[] = [];
    const redness: number[] = [];
    const saturated: boolean[] = [];
    for (const { frame } of played) {
      const r = frame.rgb[cell * 3]!;
      const g = frame.rgb[cell * 3 + 1]!;
      const b = frame.rgb[cell * 3 + 2]!;
      const [lr, lg, lb] = [LINEAR[r]!, LINEAR[g]!, LINEAR[b]!];
      luminance.push(0.2126 * lr + 0.7152 * lg + 0.0722 * lb);
      redness.push(Math.max(0, (lr - lg - lb) * 320));
      saturated.push(lr + lg + lb > 0 && lr / (lr + lg + lb) >= SATURATED_RED);
    }
    general.push(
      transitionTimes(
        extremes(luminance, times, LUMINANCE_STEP),
        (from, to) => Math.min(from.value, to.value) < DARKER_BELOW,
      ),
    );
    // A red transition goes to or from a saturated red: the redder of its two states is saturated.
    const redPoints = extremes(redness, times, RED_STEP);
    red.push(
      transitionTimes(redPoints, (from, to) => {
        const redder = from.value > to.value ? from : to;
        return saturated[times.indexOf(redder.timeMs)] ?? false;
      }),
    );
  }
  const cellArea = cellWidth * cellHeight;
  const windowColumns = Math.round(FIELD_WIDTH / cellWidth);
  const windowRows = Math.round(FIELD_HEIGHT / cellHeight);
  let flashingArea = 0;
  let kind: FlashResult['kind'] = null;
  for (const [name, perCell] of [
    ['general', general],
    ['red', red],
  ] as const) {
    // Only cells with enough transitions in all can flash too often; a one-second window holding the most
    // transitions can always start at one of them.
    const candidates = [...perCell.keys()].filter((cell) => perCell[cell]!.length >= 2 * FLASHES_OVER_LIMIT);
    const starts = [...new Set(candidates.flatMap((cell) => perCell[cell]!))].sort((a, b) => a - b);
    for (const start of starts) {
      const weights = new Float64Array(cells);
      let any = false;
      for (const cell of candidates) {
        const flashes = flashesWithin(perCell[cell]!, start);
        maxFlashesPerSecond = Math.max(maxFlashesPerSecond, flashes);
        if (flashes >= FLASHES_OVER_LIMIT) {
          weights[cell] = cellArea;
          any = true;
        }
      }
      if (!any) continue;
      const area = largestWindowSum(weights, columns, rows, windowColumns, windowRows);
      if (area > flashingArea) {
        flashingArea = area;
        if (area > FLASH_AREA_LIMIT) kind = name;
      }
    }
  }
  return { maxFlashesPerSecond, flashingArea: Math.round(flashingArea), kind };
}
