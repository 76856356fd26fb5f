/**
 * Textes communs au jeu et aux pages enseignants, en français : l'espace de noms `shared` de chaque
 * instance i18next (src/i18n/setup.ts). Les libellés des scores ne sont définis qu'ici.
 */
export const sharedFr = {
  score: {
    overall: 'Score global',
    diplomacy: 'Diplomatie',
    speed: 'Rapidité',
    charter: 'Respect de la charte',
    judgement: 'Discernement',
    outcome: 'État de la communauté',
  },
};
