import type { sharedFr } from './shared.fr';

type Shape<T> = { [K in keyof T]: T[K] extends string ? string : Shape<T[K]> };

/**
 * What the game and the teacher pages share, in English: the `shared` namespace of every i18next
 * instance (src/i18n/setup.ts). The score labels are defined here only. Same keys as French: the type
 * makes a missing key a compile error.
 */
export const sharedEn: Shape<typeof sharedFr> = {
  score: {
    overall: 'Overall score',
    diplomacy: 'Diplomacy',
    speed: 'Speed',
    charter: 'Policy compliance',
    judgement: 'Judgement',
    outcome: 'Community outcome',
  },
};
