/**
 * The faces chunk: avatar.ts loads it with the first person shown (on the desk), so the game's first
 * screen does not pay for DiceBear. Each person's face is drawn once, while the browser is idle, into
 * a small bitmap; a CSS rule of its own shows it (`.face-7 { background-image: url(blob:…) }`), so an
 * avatar is then a bare <span> with two classes: cheaper to make than the initials, for the desk
 * rebuilds its cards many times a second in a crisis, and the browser decodes each bitmap once.
 */
import type { AgeBand } from '../core/types';
import { faceLook } from '../state/face-look';
import { FaceCache } from './face-cache';
import { drawFace } from './face-art';

/** Bitmap side in pixels: twice the largest avatar (2.2rem, some 35–40 px), sharp on 2× screens. */
const FACE_PX = 80;

let sheet: CSSStyleSheet | undefined;
/** Each face's class → its bitmap's URL, to free both when the face is let go. */
const urls = new Map<string, string>();
let made = 0;

function release(face: string): void {
  const rules = sheet ? [...sheet.cssRules] : [];
  const index = rules.findIndex((r) => r instanceof CSSStyleRule && r.selectorText === `.${face}`);
  if (index >= 0) sheet?.deleteRule(index);
  URL.revokeObjectURL(urls.get(face) ?? '');
  urls.delete(face);
}

const faces = new FaceCache<Element>({ limit: 600, queue: 48, release });
/** Who each waiting seed is (their name and age band), for a face that fits them. */
const people = new Map<string, { name: string; age?: AgeBand }>();
let drawing = false;
/** A face would not draw (an old browser): everyone keeps their initials. */
let unavailable = false;

/** A CSS rule showing the bitmap; returns its class. The sheet is built (CSSOM), which the CSP allows. */
function showable(bitmap: Blob): string {
  if (!sheet) {
    sheet = new CSSStyleSheet();
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  }
  const face = `face-${++made}`;
  const url = URL.createObjectURL(bitmap);
  urls.set(face, url);
  sheet.insertRule(`.${face} { background-image: url("${url}"); }`, sheet.cssRules.length);
  return face;
}

/** Decorative, as the initials were: the name is written next to it. */
function faceElement(face: string): HTMLSpanElement {
  const span = document.createElement('span');
  span.className = `avatar face ${face}`;
  span.setAttribute('aria-hidden', 'true');
  return span;
}

/** Waits for the browser to be idle, so drawing a face never lengthens a frame. */
const idle = () =>
  new Promise<void>((resolve) => {
    if (typeof requestIdleCallback === 'function') requestIdleCallback(() => resolve(), { timeout: 500 });
    else setTimeout(resolve, 50);
  });

/** Draws the queued faces one at a time, newest first, and swaps each for the initials standing in. */
async function drawQueued(): Promise<void> {
  if (drawing || unavailable) return;
  drawing = true;
  try {
    for (let seed = faces.next(); seed !== undefined; seed = faces.next()) {
      await idle();
      if (!faces.waiting(seed).some((el) => el.isConnected)) {
        faces.skip(seed);
        people.delete(seed);
        continue;
      }
      const who = people.get(seed);
      people.delete(seed);
      const face = showable(await drawFace(seed, FACE_PX, who && faceLook(who.name, who.age)));
      for (const el of faces.done(seed, face)) if (el.isConnected) el.replaceWith(faceElement(face));
    }
  } catch {
    unavailable = true;
  } finally {
    drawing = false;
  }
}

/** The face of the person `id`, if it is drawn. */
export function faceOf(id: string): HTMLSpanElement | undefined {
  const face = faces.get(id);
  return face === undefined ? undefined : faceElement(face);
}

/** `stand` (their initials) shows the person `id` (called `name`, of age band `age`) until their face is drawn, then gives way to it. */
export function awaitFace(id: string, stand: Element, name: string, age?: AgeBand): void {
  if (unavailable) return;
  if (!people.has(id)) people.set(id, { name, ...(age ? { age } : {}) });
  faces.want(id, stand);
  void drawQueued();
}
