// The Node half of the links-and-documents and motion-and-time checks (the in-page half is
// src/page/links-motion.js): which elements scripts listen to, from DevTools, for links that go nowhere;
// and the animated images of the page, fetched once per address and decoded for how long they play and
// whether they flash.
import type { CDPSession, Page } from 'playwright-core';
import { fetchUrl } from '../crawl/http.ts';
import type { ElementRef } from '../page/facts.ts';
import type { RawFinding } from '../rules/raw.ts';
import type { FindingStatus } from '../types.ts';
import { decodeAnimation, type DecodedAnimation } from './animation.ts';
import { analyseFlashes, FLASH_AREA_LIMIT, type FlashResult } from './flash.ts';

/** Rules the links check decides on every page. */
export const LINK_RULES = [
  'links/goes-nowhere',
  'links/new-window-unwarned',
  'links/adjacent-duplicate',
  'links/document-format-size',
  'links/media-no-transcript',
  'links/image-no-alternative',
];
/** Rules the motion check decides on every page. */
export const MOTION_RULES = [
  'motion/animation-no-pause',
  'motion/flashing',
  'motion/autoplay-audio',
  'motion/carousel-no-pause',
];

interface PageFinding extends ElementRef {
  ruleId: string;
  status: FindingStatus;
  evidence: Record<string, string | number | boolean | null>;
}

interface AnimationCandidate extends ElementRef {
  src: string;
  width: number;
  height: number;
  pauseControl: string | null;
}

type LinksMotionApi = {
  markHandled(target: unknown): void;
  links(): { findings: PageFinding[]; nowhere: number };
  nowhere(): PageFinding[];
  motion(): Promise<{ findings: PageFinding[]; animations: AnimationCandidate[] }>;
  movingRegions(maxWaitMs: number, hintWindowMs: number): Promise<{ findings: PageFinding[]; waitedMs: number }>;
};

function callLinksMotion<T>(page: Page, name: keyof LinksMotionApi, ...args: unknown[]): Promise<T> {
  return page.evaluate(
    ([fn, fnArgs]) =>
      (window as unknown as { __drukLinksMotion: Record<string, (...a: unknown[]) => unknown> }).__drukLinksMotion[
        fn as string
      ]!(...(fnArgs as unknown[])),
    [name, args] as const,
  ) as Promise<T>;
}

function toRaw(pageUrl: string, { ruleId, status, evidence, ...element }: PageFinding): RawFinding {
  return { ruleId, status, engines: ['druk'], pageUrl, ...element, message: element.message ?? ruleId, evidence };
}

/** Events by which a script makes a link act: a listener for one of them may be what the link does. */
const ACTIVATION_EVENTS = new Set([
  'click',
  'mousedown',
  'mouseup',
  'pointerdown',
  'pointerup',
  'touchstart',
  'touchend',
  'keydown',
  'keyup',
]);
/** Listener nodes resolved at most: a page with more is handled as if a script listened everywhere. */
const MAX_LISTENER_NODES = 500;

/**
 * Marks, in the page, every element, the document and the window when a script listens there for clicks or
 * keys (DevTools' event-listener inspection, which sees listeners that addEventListener leaves invisible to
 * the page itself).
 */
async function markScriptHandlers(session: CDPSession): Promise<void> {
  const objectGroup = 'druk-links';
  const mark = (objectId: string) =>
    session.send('Runtime.callFunctionOn', {
      objectId,
      functionDeclaration: 'function () { window.__drukLinksMotion.markHandled(this); }',
      objectGroup,
    });
  try {
    const { result: windowObject } = await session.send('Runtime.evaluate', { expression: 'window', objectGroup });
    const onWindow = await session.send('DOMDebugger.getEventListeners', { objectId: windowObject.objectId! });
    if (onWindow.listeners.some((listener) => ACTIVATION_EVENTS.has(listener.type))) await mark(windowObject.objectId!);
    const { result: documentObject } = await session.send('Runtime.evaluate', { expression: 'document', objectGroup });
    const inDocument = await session.send('DOMDebugger.getEventListeners', {
      objectId: documentObject.objectId!,
      depth: -1,
      pierce: true,
    });
    const nodes = [
      ...new Set(
        inDocument.listeners
          .filter((listener) => ACTIVATION_EVENTS.has(listener.type))
          .map((listener) => listener.backendNodeId),
      ),
    ];
    if (nodes.length > MAX_LISTENER_NODES) {
      await mark(windowObject.objectId!);
      return;
    }
    for (const backendNodeId of nodes) {
      if (backendNodeId === undefined) continue;
      const { object } = await session.send('DOM.resolveNode', { backendNodeId, objectGroup });
      if (object.objectId) await mark(object.objectId);
    }
  } finally {
    await session.send('Runtime.releaseObjectGroup', { objectGroup }).catch(() => undefined);
  }
}

/** Links that go nowhere, new windows, adjacent duplicates, and the documents, media and images behind links. */
export async function linkChecks(page: Page, session: CDPSession, pageUrl: string): Promise<RawFinding[]> {
  const { findings, nowhere } = await callLinksMotion<ReturnType<LinksMotionApi['links']>>(page, 'links');
  // Asking DevTools for listeners costs a few round trips: only when some link may go nowhere.
  if (nowhere > 0) {
    await markScriptHandlers(session);
    findings.unshift(...(await callLinksMotion<PageFinding[]>(page, 'nowhere')));
  }
  return findings.map((item) => toRaw(pageUrl, item));
}

/** Image files read for animation at most; larger ones are left alone. */
const MAX_IMAGE_BYTES = 8 * 1024 * 1024;
const IMAGE_TIMEOUT_MS = 10_000;
/** Play time over which WCAG 2.2.2 asks for a way to pause. */
const PAUSE_AFTER_MS = 5000;

export interface AnimationFacts {
  animation: Omit<DecodedAnimation, 'frames'>;
  /** The flash test at the image's natural size (one image pixel to one CSS pixel); scaled per rendering. */
  flashes: (cellWidth: number, cellHeight: number) => FlashResult;
}

/**
 * Decoded animations by address, shared by the pages of a run: a site shows the same animated banner on every
 * page, and it is fetched and decoded once. Null for an image that is still or could not be read.
 */
const animationCache = new Map<string, Promise<AnimationFacts | null>>();
const ANIMATION_CACHE_SIZE = 300;

async function imageBytes(src: string): Promise<Buffer | null> {
  const data = /^data:[^;,]+(;base64)?,(.*)$/s.exec(src);
  if (data) return data[1] ? Buffer.from(data[2]!, 'base64') : Buffer.from(decodeURIComponent(data[2]!), 'latin1');
  if (!/^https?:/.test(src)) return null;
  const response = await fetchUrl(src, { timeoutMs: IMAGE_TIMEOUT_MS, maxBytes: MAX_IMAGE_BYTES });
  return response.status < 400 && !response.truncated ? response.body : null;
}

export async function animationFacts(data: Buffer): Promise<AnimationFacts | null> {
  const decoded = await decodeAnimation(data);
  if (!decoded) return null;
  const { frames, ...animation } = decoded;
  const results = new Map<string, FlashResult>();
  return {
    animation,
    flashes: (cellWidth, cellHeight) => {
      const key = `${cellWidth.toFixed(2)}x${cellHeight.toFixed(2)}`;
      if (!results.has(key)) {
        results.set(key, analyseFlashes({ ...animation, frames, cellWidth, cellHeight }));
      }
      return results.get(key)!;
    },
  };
}

function cachedAnimation(src: string): Promise<AnimationFacts | null> {
  let facts = animationCache.get(src);
  if (!facts) {
    facts = imageBytes(src)
      .then((data) => (data ? animationFacts(data) : null))
      .catch(() => null);
    if (animationCache.size >= ANIMATION_CACHE_SIZE) animationCache.delete(animationCache.keys().next().value!);
    animationCache.set(src, facts);
  }
  return facts;
}

/** The findings of one animated image as rendered on the page. */
export function animationFindings(pageUrl: string, candidate: AnimationCandidate, facts: AnimationFacts): RawFinding[] {
  const { animation } = facts;
  const element = { selector: candidate.selector, snippet: candidate.snippet, rect: candidate.rect };
  const base = { engines: ['druk' as const], pageUrl, ...element };
  const findings: RawFinding[] = [];
  const playMs = animation.loop === 0 ? Infinity : animation.cycleMs * animation.loop;
  const seconds = (ms: number) => Math.round(ms / 100) / 10;
  const evidence = {
    image: candidate.src.slice(0, 300),
    format: animation.format,
    frames: animation.frameCount,
    cycleSeconds: seconds(animation.cycleMs),
    plays: animation.loop === 0 ? 'forever' : animation.loop,
  };
  const flash = facts.flashes(candidate.width / animation.columns, candidate.height / animation.rows);
  if (flash.kind) {
    findings.push({
      ...base,
      ruleId: 'motion/flashing',
      status: 'fail',
      message: `Flashes ${flash.maxFlashesPerSecond} times within one second over ${flash.flashingArea} px² (${flash.kind} flash; the limit is 3 flashes over ${FLASH_AREA_LIMIT} px²)`,
      evidence: {
        ...evidence,
        flashesPerSecond: flash.maxFlashesPerSecond,
        flashingArea: flash.flashingArea,
        threshold: flash.kind,
      },
    });
  }
  if (playMs > PAUSE_AFTER_MS && !candidate.pauseControl) {
    findings.push({
      ...base,
      ruleId: 'motion/animation-no-pause',
      status: 'needs-review',
      message: `Moves for ${playMs === Infinity ? 'ever' : `${seconds(playMs)} s`} (${animation.frameCount} frames, ${seconds(animation.cycleMs)} s a cycle) and no pause control was found near it`,
      evidence,
    });
  }
  return findings;
}

/** Animated images, autoplaying media and carousels. */
export async function motionChecks(page: Page, pageUrl: string): Promise<RawFinding[]> {
  const { findings, animations } = await callLinksMotion<{ findings: PageFinding[]; animations: AnimationCandidate[] }>(
    page,
    'motion',
  );
  const raw = findings.map((item) => toRaw(pageUrl, item));
  for (const candidate of animations) {
    const facts = await cachedAnimation(candidate.src);
    if (facts) raw.push(...animationFindings(pageUrl, candidate, facts));
  }
  return raw;
}

/**
 * How long the page is watched for content that moves by itself: the wait at most, and the window since
 * `load` that a page with carousel markup is given (ms). The watching starts at `load`, so the page's other
 * checks count towards the window; a page with nothing that moved and no carousel markup does not wait.
 */
export const MOVING_CONTENT_WAIT = { maxWaitMs: 4000, hintWindowMs: 6000 };

/**
 * Carousels, sliders and tickers found by what they do (WCAG 2.2.2): regions that changed by themselves since
 * `load`, with no pause or stop button near them. Run before any check that presses keys, moves focus or
 * resizes the page, whose effects would look like motion.
 */
export async function movingContentChecks(
  page: Page,
  pageUrl: string,
  wait: typeof MOVING_CONTENT_WAIT = MOVING_CONTENT_WAIT,
): Promise<RawFinding[]> {
  const { findings } = await callLinksMotion<Awaited<ReturnType<LinksMotionApi['movingRegions']>>>(
    page,
    'movingRegions',
    wait.maxWaitMs,
    wait.hintWindowMs,
  );
  return findings.map((item) => toRaw(pageUrl, item));
}
