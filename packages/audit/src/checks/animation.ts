// Decodes animated images (GIF, WebP with sharp; APNG, which libvips reads as a still PNG, by its chunks) into
// frames averaged down to a small grid, with their delays and loop count, for the motion checks: how long
// the animation plays (WCAG 2.2.2) and whether it flashes (WCAG 2.3.1, src/checks/flash.ts).
import { crc32 } from 'node:zlib';
import sharp from 'sharp';
import type { GridFrame } from './flash.ts';

export interface DecodedAnimation {
  format: 'gif' | 'webp' | 'apng';
  width: number;
  height: number;
  /** Frames in the file (those decoded are at most MAX_FRAMES). */
  frameCount: number;
  /** Times it plays; 0 for forever. */
  loop: number;
  /** One play through every frame, in milliseconds. */
  cycleMs: number;
  columns: number;
  rows: number;
  frames: GridFrame[];
}

/** Frames decoded: at 10 frames a second, 20 s of animation. */
const MAX_FRAMES = 200;
/** Cells across the analysis grid. */
const GRID_COLUMNS = 64;
/** Browsers show frames with a delay of 10 ms or less for 100 ms (Chromium, Firefox). */
const SHORTEST_DELAY_MS = 20;
const DEFAULT_DELAY_MS = 100;

export function frameDelay(delayMs: number | undefined): number {
  return delayMs === undefined || delayMs < SHORTEST_DELAY_MS ? DEFAULT_DELAY_MS : delayMs;
}

function gridSize(width: number, height: number) {
  const columns = Math.max(1, Math.min(GRID_COLUMNS, width));
  return { columns, rows: Math.max(1, Math.round((height * columns) / width)) };
}

/** Frames of a GIF or WebP, composited by libvips, averaged down to the grid over a white page. */
async function decodeWithSharp(data: Buffer): Promise<DecodedAnimation | null> {
  const metadata = await sharp(data, { animated: true }).metadata();
  const frameCount = metadata.pages ?? 1;
  if (frameCount < 2 || (metadata.format !== 'gif' && metadata.format !== 'webp')) return null;
  const width = metadata.width;
  const height = metadata.pageHeight ?? metadata.height / frameCount;
  const { columns, rows } = gridSize(width, height);
  const decoded = Math.min(frameCount, MAX_FRAMES);
  const raw = await sharp(data, { animated: true, pages: decoded })
    // For an animated image sharp resizes each frame: the height is a frame's.
    .resize({ width: columns, height: rows, fit: 'fill', kernel: 'cubic' })
    .flatten({ background: '#ffffff' })
    .removeAlpha()
    .raw()
    .toBuffer({ resolveWithObject: true });
  const rowsPerFrame = raw.info.pageHeight ?? rows;
  const frameBytes = columns * rowsPerFrame * 3;
  const delays = (metadata.delay ?? []).map(frameDelay);
  const frames = Array.from({ length: decoded }, (_, index) => ({
    rgb: new Uint8Array(raw.data.subarray(index * frameBytes, (index + 1) * frameBytes)),
    delayMs: delays[index] ?? DEFAULT_DELAY_MS,
  }));
  return {
    format: metadata.format,
    width,
    height,
    frameCount,
    loop: metadata.loop ?? 0,
    cycleMs: Array.from({ length: frameCount }, (_, index) => delays[index] ?? DEFAULT_DELAY_MS).reduce(
      (a, b) => a + b,
      0,
    ),
    columns,
    rows: rowsPerFrame,
    frames,
  };
}

interface PngChunk {
  type: string;
  data: Buffer;
}

const PNG_SIGNATURE = Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]);

function pngChunks(data: Buffer): PngChunk[] {
  const chunks: PngChunk[] = [];
  for (let at = 8; at + 8 <= data.length;) {
    const length = data.readUInt32BE(at);
    const type = data.toString('latin1', at + 4, at + 8);
    chunks.push({ type, data: data.subarray(at + 8, at + 8 + length) });
    at += 12 + length;
    if (type === 'IEND') break;
  }
  return chunks;
}

/** A PNG chunk with its length and CRC (libspng, in sharp, checks the CRC). */
export function pngChunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

interface ApngFrame {
  width: number;
  height: number;
  x: number;
  y: number;
  delayMs: number;
  dispose: number;
  blend: number;
  data: Buffer[];
}

/**
 * Frames of an APNG, composited as the APNG specification says (dispose and blend operations), each averaged
 * down to the grid over a white page. Each frame's image data is decoded by sharp as a PNG of its own.
 */
async function decodeApng(data: Buffer): Promise<DecodedAnimation | null> {
  if (!data.subarray(0, 8).equals(PNG_SIGNATURE)) return null;
  const chunks = pngChunks(data);
  const control = chunks.find((item) => item.type === 'acTL');
  const header = chunks.find((item) => item.type === 'IHDR');
  if (!control || !header) return null;
  const frameCount = control.data.readUInt32BE(0);
  const loop = control.data.readUInt32BE(4);
  const width = header.data.readUInt32BE(0);
  const height = header.data.readUInt32BE(4);
  // Chunks every frame's PNG needs: palette, transparency, gamma and colour information.
  const shared = chunks.filter((item) => ['PLTE', 'tRNS', 'gAMA', 'cHRM', 'sRGB', 'iCCP'].includes(item.type));
  const frames: ApngFrame[] = [];
  for (const item of chunks) {
    if (item.type === 'fcTL') {
      const numerator = item.data.readUInt16BE(20);
      const denominator = item.data.readUInt16BE(22) || 100;
      frames.push({
        width: item.data.readUInt32BE(4),
        height: item.data.readUInt32BE(8),
        x: item.data.readUInt32BE(12),
        y: item.data.readUInt32BE(16),
        delayMs: frameDelay((numerator * 1000) / denominator),
        dispose: item.data[24]!,
        blend: item.data[25]!,
        data: [],
      });
    } else if (item.type === 'IDAT' && frames.length) {
      frames.at(-1)!.data.push(item.data);
    } else if (item.type === 'fdAT' && frames.length) {
      frames.at(-1)!.data.push(item.data.subarray(4));
    }
  }
  if (frameCount < 2 || frames.length < 2) return null;
  const { columns, rows } = gridSize(width, height);
  const canvas = new Uint8Array(width * height * 4);
  const grid: GridFrame[] = [];
  for (const frame of frames.slice(0, MAX_FRAMES)) {
    const frameHeader = Buffer.from(header.data);
    frameHeader.writeUInt32BE(frame.width, 0);
    frameHeader.writeUInt32BE(frame.height, 4);
    const png = Buffer.concat([
      PNG_SIGNATURE,
      pngChunk('IHDR', frameHeader),
      ...shared.map((item) => pngChunk(item.type, item.data)),
      pngChunk('IDAT', Buffer.concat(frame.data)),
      pngChunk('IEND', Buffer.alloc(0)),
    ]);
    const pixels = await sharp(png).ensureAlpha().raw().toBuffer();
    const before = frame.dispose === 2 ? new Uint8Array(canvas) : null;
    for (let row = 0; row < frame.height && frame.y + row < height; row += 1) {
      for (let column = 0; column < frame.width && frame.x + column < width; column += 1) {
        const source = (row * frame.width + column) * 4;
        const target = ((frame.y + row) * width + frame.x + column) * 4;
        const alpha = pixels[source + 3]! / 255;
        if (frame.blend === 0 || alpha === 1) {
          canvas.set(pixels.subarray(source, source + 4), target);
        } else if (alpha > 0) {
          // APNG_BLEND_OP_OVER: the frame over what the canvas holds.
          const below = canvas[target + 3]! / 255;
          const out = alpha + below * (1 - alpha);
          for (let channel = 0; channel < 3; channel += 1) {
            canvas[target + channel] = Math.round(
              (pixels[source + channel]! * alpha + canvas[target + channel]! * below * (1 - alpha)) / out,
            );
          }
          canvas[target + 3] = Math.round(out * 255);
        }
      }
    }
    const rgb = await sharp(Buffer.from(canvas), { raw: { width, height, channels: 4 } })
      .resize({ width: columns, height: rows, fit: 'fill', kernel: 'cubic' })
      .flatten({ background: '#ffffff' })
      .removeAlpha()
      .raw()
      .toBuffer();
    grid.push({ rgb: new Uint8Array(rgb), delayMs: frame.delayMs });
    // After the frame shows: APNG_DISPOSE_OP_BACKGROUND clears its region, APNG_DISPOSE_OP_PREVIOUS restores it.
    if (frame.dispose === 1) {
      for (let row = 0; row < frame.height && frame.y + row < height; row += 1) {
        const start = ((frame.y + row) * width + frame.x) * 4;
        canvas.fill(0, start, start + Math.min(frame.width, width - frame.x) * 4);
      }
    } else if (before) {
      canvas.set(before);
    }
  }
  return {
    format: 'apng',
    width,
    height,
    frameCount,
    loop,
    cycleMs: frames.reduce((sum, frame) => sum + frame.delayMs, 0),
    columns,
    rows,
    frames: grid,
  };
}

/** The frames of an animated GIF, WebP or APNG; null for a still image or one that cannot be decoded. */
export async function decodeAnimation(data: Buffer): Promise<DecodedAnimation | null> {
  if (data.subarray(0, 8).equals(PNG_SIGNATURE)) return decodeApng(data);
  return decodeWithSharp(data);
}
