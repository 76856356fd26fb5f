// Lint: the layer rules of docs/architecture.md, enforced with no-restricted-imports / -globals / -properties.
import tseslint from 'typescript-eslint';

const pureLayers = ['src/core/**', 'src/sim/**', 'src/analysis/**', 'src/scoring/**'];
const browserOrEngine = ['phaser', 'howler', 'i18next', 'i18next-*', 'inkjs', 'inkjs/*', 'zustand', 'zustand/*'];
const impureGlobals = [
  { name: 'window', message: 'Pure layers run in Node: no DOM.' },
  { name: 'document', message: 'Pure layers run in Node: no DOM.' },
  { name: 'localStorage', message: 'Storage goes through src/platform.' },
  { name: 'performance', message: 'Time is injected: use the clock passed in.' },
];
const impureProperties = [
  { object: 'Math', property: 'random', message: 'Use the seeded Rng from src/core/rng.' },
  { object: 'Date', property: 'now', message: 'Use the injected clock.' },
];
const layer = (name) => ({ group: [`**/${name}`, `**/${name}/**`], message: `This layer may not import src/${name}.` });

export default tseslint.config(
  { ignores: ['dist/**', 'dist-*/**', 'node_modules/**', 'coverage/**'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['src/core/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['*', '!./*'], message: 'src/core imports nothing.' }] }],
    },
  },
  {
    files: pureLayers.slice(1),
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: browserOrEngine, message: 'Pure layers import only src/core (no Phaser, DOM, audio, i18n, ink, store).' },
            ...['narrative', 'state', 'platform', 'ui', 'scenes', 'audio', 'i18n', 'content'].map(layer),
          ],
        },
      ],
    },
  },
  {
    files: pureLayers,
    rules: {
      'no-restricted-globals': ['error', ...impureGlobals],
      'no-restricted-properties': ['error', ...impureProperties],
    },
  },
  {
    files: ['src/narrative/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'inkjs/full', message: 'The compiler is build-time only (tools/) or in the lazy custom-scenario chunk.' }],
          patterns: [
            {
              group: ['inkjs/compiler/*', 'phaser', 'howler', 'i18next', 'zustand', 'zustand/*'],
              message: 'narrative imports core and the inkjs runtime only.',
            },
            ...['sim', 'analysis', 'scoring', 'state', 'platform', 'ui', 'scenes', 'audio', 'i18n'].map(layer),
          ],
        },
      ],
      'no-restricted-properties': ['error', ...impureProperties],
    },
  },
  {
    files: ['src/ui/**', 'src/scenes/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['inkjs/compiler/*'], message: 'The ink compiler never enters the main bundle.' },
            ...['sim', 'analysis', 'scoring', 'narrative', 'authoring'].map((n) => ({
              ...layer(n),
              message: `Scenes and UI go through src/state, not src/${n}.`,
            })),
          ],
        },
      ],
    },
  },
);
