import type { Charter } from './schema';

/** The charter a teacher's scenario gets when it comes without one: the standard rules, plainly worded. */
export const DEFAULT_CHARTER: Charter = {
  id: 'default',
  brand: {
    name: 'Votre marque / Your brand',
    tagline: { fr: 'Une marque fictive pour s’entraîner', en: 'A fictional brand to practise with' },
    sector: { fr: 'Scénario personnalisé', en: 'Custom scenario' },
  },
  voice: {
    fr: 'Chaleureuse, précise et calme ; on vouvoie les clients.',
    en: 'Warm, precise and calm; courteous with every customer.',
  },
  register: { fr: 'vous', en: 'formal' },
  competitors: [],
  forbiddenTopics: { fr: ['politique', 'religion', 'chiffres internes'], en: ['politics', 'religion', 'internal figures'] },
  responseMinutes: { microblog: 30, comments: 60, forum: 120, reviews: 240, dm: 60 },
  escalation: [
    { department: 'after-sales', when: { fr: 'Commande, livraison, panne, remboursement', en: 'Orders, delivery, faults, refunds' } },
    { department: 'legal', when: { fr: 'Menace de poursuites, données personnelles', en: 'Legal threats, personal data' } },
    { department: 'press', when: { fr: 'Toute demande de journaliste', en: 'Any request from a journalist' } },
  ],
  rules: [
    {
      id: 'no-aggression',
      kind: 'aggression',
      severity: 'critical',
      text: {
        fr: 'Jamais d’agressivité, de mépris ni d’ironie envers quiconque.',
        en: 'Never be aggressive, contemptuous or sarcastic towards anyone.',
      },
    },
    {
      id: 'no-blame',
      kind: 'blame',
      severity: 'major',
      text: { fr: 'On ne rejette jamais la faute sur le client.', en: 'Never blame the customer.' },
    },
    {
      id: 'no-competitor',
      kind: 'competitor',
      severity: 'major',
      text: {
        fr: 'On ne parle pas des concurrents, encore moins de leurs difficultés.',
        en: 'Do not talk about competitors, let alone their troubles.',
      },
    },
    {
      id: 'no-politics',
      kind: 'politics',
      severity: 'major',
      text: { fr: 'Aucune prise de position politique, religieuse ou personnelle.', en: 'No political, religious or personal stances.' },
    },
    {
      id: 'no-personal-data',
      kind: 'personal-data',
      severity: 'critical',
      text: {
        fr: 'Aucune donnée personnelle en public : on passe en message privé.',
        en: 'No personal data in public: move to a private message.',
      },
    },
    {
      id: 'no-promise',
      kind: 'promise',
      severity: 'major',
      text: {
        fr: 'Pas de promesse de remboursement, de geste commercial ni de date sans validation.',
        en: 'No promise of refunds, compensation or dates without approval.',
      },
    },
    {
      id: 'register',
      kind: 'register',
      severity: 'minor',
      text: { fr: 'On vouvoie les clients.', en: 'Keep a courteous, formal register.' },
    },
    {
      id: 'no-confidential',
      kind: 'confidential',
      severity: 'critical',
      text: {
        fr: 'Rien de confidentiel : chiffres internes, projets, noms de collègues.',
        en: 'Nothing confidential: internal figures, projects, colleagues’ names.',
      },
    },
    {
      id: 'no-shouting',
      kind: 'shouting',
      severity: 'minor',
      text: { fr: 'Pas de majuscules ni de points d’exclamation en rafale.', en: 'No capitals or strings of exclamation marks.' },
    },
  ],
};
