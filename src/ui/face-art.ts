/**
 * People's faces, drawn by DiceBear with the Open Peeps style (Pablo Stanley, CC0 1.0): hand-drawn
 * adults of every age (grey hair, beards, glasses, a hijab or a turban) that read at 24–40 px.
 * The same seed gives the same face, on every machine, with no network. Part of the faces chunk
 * (src/ui/faces.ts), which loads with the first person shown.
 */
import { createAvatar } from '@dicebear/core';
import * as openPeeps from '@dicebear/open-peeps';
import type { FaceLook } from '../state/face-look';

type Head = NonNullable<openPeeps.Options['head']>[number];

/**
 * Hair by who the person is (Open Peeps' heads): long hair, buns and a hijab for women; short, shaved
 * or a turban for men; grey or none for the older; no grey on the young. Someone whose name tells
 * neither (an account, a nickname) may wear any head of their age.
 */
const HEADS: Record<'woman' | 'man', Record<FaceLook['age'], Head[]>> = {
  woman: {
    young: [
      'bangs',
      'bangs2',
      'bantuKnots',
      'bun',
      'bun2',
      'buns',
      'hijab',
      'long',
      'longAfro',
      'longBangs',
      'longCurly',
      'mediumBangs',
      'mediumStraight',
      'twists2',
    ],
    adult: [
      'bangs',
      'bantuKnots',
      'bun',
      'bun2',
      'hijab',
      'long',
      'longAfro',
      'longBangs',
      'longCurly',
      'medium1',
      'medium2',
      'medium3',
      'mediumBangs',
      'mediumBangs2',
      'mediumBangs3',
      'mediumStraight',
      'twists',
      'twists2',
    ],
    older: ['grayBun', 'grayMedium'],
  },
  man: {
    young: [
      'afro',
      'cornrows',
      'dreads1',
      'flatTop',
      'hatBeanie',
      'hatHip',
      'mohawk',
      'mohawk2',
      'pomp',
      'shaved1',
      'shaved2',
      'short1',
      'short2',
      'short3',
      'short4',
      'short5',
    ],
    adult: [
      'afro',
      'cornrows',
      'flatTop',
      'flatTopLong',
      'hatBeanie',
      'noHair1',
      'pomp',
      'shaved2',
      'shaved3',
      'short1',
      'short2',
      'short3',
      'short4',
      'short5',
      'turban',
    ],
    older: ['grayShort', 'noHair1', 'noHair2', 'noHair3'],
  },
};
const ANY_HEAD: Record<FaceLook['age'], Head[]> = {
  young: [...new Set([...HEADS.woman.young, ...HEADS.man.young])],
  adult: [...new Set([...HEADS.woman.adult, ...HEADS.man.adult])],
  older: [...HEADS.woman.older, ...HEADS.man.older],
};

/** Beards on men only, and more of them with age. */
const FACIAL_HAIR: Record<FaceLook['age'], number> = { young: 15, adult: 30, older: 40 };

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
};

/** The options for a person of this look ("old", the wrinkled expression, only on the older). */
export function lookOptions(look: FaceLook): openPeeps.Options {
  const face = look.age === 'older' ? OPTIONS.face : OPTIONS.face?.filter((f) => f !== 'old');
  return {
    ...OPTIONS,
    face,
    head: look.gender ? HEADS[look.gender][look.age] : ANY_HEAD[look.age],
    facialHairProbability: look.gender === 'man' ? FACIAL_HAIR[look.age] : look.gender === 'woman' ? 0 : 10,
  };
}

/** Light backgrounds: the black line art stays readable on the dark desk, in either theme. */
const BACKGROUNDS = ['b6e3f4', 'c0aede', 'd1d4f9', 'ffd5dc', 'ffdfbf', 'c7ecd5'];

/** The face of `seed` as an SVG document of `px` × `px`, round, fitting the person's look. */
export function faceSvg(seed: string, px: number, look: FaceLook = { age: 'adult' }): string {
  return createAvatar(openPeeps, { ...lookOptions(look), seed, size: px, radius: 50, backgroundColor: BACKGROUNDS }).toString();
}

let canvas: OffscreenCanvas | undefined;

/**
 * The face of `seed` as a PNG bitmap of `px` × `px`: the SVG is rasterised once here, so showing it
 * afterwards costs the browser what any small image does, not a vector drawing per paint.
 */
export async function drawFace(seed: string, px: number, look?: FaceLook): Promise<Blob> {
  const img = new Image(px, px);
  // A data: URL, not a blob: one: ten times cheaper to make for a single use (the CSP allows both).
  img.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(faceSvg(seed, px, look))}`;
  await img.decode();
  canvas ??= new OffscreenCanvas(px, px);
  canvas.width = px;
  canvas.height = px; // also clears it
  const g = canvas.getContext('2d');
  if (!g) throw new Error('no 2d context');
  g.drawImage(img, 0, 0, px, px);
  return canvas.convertToBlob({ type: 'image/png' });
}
