/**
 * People's faces, drawn by DiceBear with the Open Peeps style (Pablo Stanley, CC0 1.0): hand-drawn
 * adults of every age (grey hair, beards, glasses, a hijab or a turban) that read at 24–40 px.
 * The same seed gives the same face, on every machine, with no network. Part of the faces chunk
 * (src/ui/faces.ts), which loads with the first person shown.
 */
import { createAvatar } from '@dicebear/core';
import * as openPeeps from '@dicebear/open-peeps';

const OPTIONS: openPeeps.Options = {
  // Everyday expressions: no cyclops, monster or fangs among customers and journalists.
  face: [
    'awe',
    'blank',
    'calm',
    'cheeky',
    'concerned',
    'concernedFear',
    'contempt',
    'cute',
    'driven',
    'explaining',
    'eyesClosed',
    'fear',
    'hectic',
    'lovingGrin1',
    'lovingGrin2',
    'old',
    'rage',
    'serious',
    'smile',
    'smileBig',
    'smileLOL',
    'smileTeethGap',
    'solemn',
    'suspicious',
    'tired',
    'veryAngry',
  ],
  // Glasses, not an eyepatch; no face masks (they hide the face the player is meant to see).
  accessories: ['glasses', 'glasses2', 'glasses3', 'glasses4', 'glasses5', 'sunglasses', 'sunglasses2'],
  maskProbability: 0,
  facialHairProbability: 20,
};

/** Light backgrounds: the black line art stays readable on the dark desk, in either theme. */
const BACKGROUNDS = ['b6e3f4', 'c0aede', 'd1d4f9', 'ffd5dc', 'ffdfbf', 'c7ecd5'];

/** The face of `seed` as an SVG document of `px` × `px`, round. */
export function faceSvg(seed: string, px: number): string {
  return createAvatar(openPeeps, { ...OPTIONS, seed, size: px, radius: 50, backgroundColor: BACKGROUNDS }).toString();
}

let canvas: OffscreenCanvas | undefined;

/**
 * The face of `seed` as a PNG bitmap of `px` × `px`: the SVG is rasterised once here, so showing it
 * afterwards costs the browser what any small image does, not a vector drawing per paint.
 */
export async function drawFace(seed: string, px: number): Promise<Blob> {
  const img = new Image(px, px);
  // A data: URL, not a blob: one: ten times cheaper to make for a single use (the CSP allows both).
  img.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(faceSvg(seed, px))}`;
  await img.decode();
  canvas ??= new OffscreenCanvas(px, px);
  canvas.width = px;
  canvas.height = px; // also clears it
  const g = canvas.getContext('2d');
  if (!g) throw new Error('no 2d context');
  g.drawImage(img, 0, 0, px, px);
  return canvas.convertToBlob({ type: 'image/png' });
}
