/**
 * What a person's face should say of them: a woman's or a man's features when their first name tells it
 * (src/sim/people.ts), and their age band (a persona's, else the generation that bears the name). Read by
 * the faces chunk only: not exported from the state's index, so the name tables stay out of the first load.
 */
import type { AgeBand } from '../core/types';
import { firstNameLook, firstNameOf } from '../sim/people';

export interface FaceLook {
  gender?: 'woman' | 'man';
  age: 'young' | 'adult' | 'older';
}

export function faceLook(name: string, age?: AgeBand): FaceLook {
  const look = firstNameLook(firstNameOf(name));
  const older = age ? age === '51+' : look.generation === 'senior';
  const young = age ? age === '15-25' : look.generation === 'young';
  return { ...(look.gender ? { gender: look.gender } : {}), age: older ? 'older' : young ? 'young' : 'adult' };
}
