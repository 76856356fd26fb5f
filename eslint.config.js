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
/** Every folder of src/, for "imports only …" rules. */
const FOLDERS = [
  'core',
  'records',
  'content',
  'sim',
  'analysis',
  'scoring',
  'narrative',
  'platform',
  'i18n',
  'audio',
  'authoring',
  'engine',
  'state',
  'lms',
  'ui',
  'scenes',
  'pages',
];
const only = (allowed) => FOLDERS.filter((f) => !allowed.includes(f)).map(layer);

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
    files: ['src/records/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [{ group: browserOrEngine, message: 'Records import only src/core and valibot.' }, ...only(['core', 'records'])],
        },
      ],
    },
  },
  {
    files: ['src/platform/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [...only(['core', 'platform'])] }],
    },
  },
  {
    files: ['src/engine/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['zustand', 'zustand/*', 'phaser', 'howler', 'i18next', 'i18next-*', 'inkjs/compiler/*'],
              message: 'The engine runs in Node: no store, no DOM, no audio, no i18n, no compiler.',
            },
            ...['platform', 'state', 'lms', 'ui', 'scenes', 'pages', 'audio', 'i18n', 'authoring'].map(layer),
          ],
        },
      ],
      'no-restricted-globals': ['error', ...impureGlobals],
      'no-restricted-properties': ['error', ...impureProperties],
    },
  },
  {
    // The hub (server/) runs the engine, records and content as the game does; never a browser layer.
    files: ['server/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['zustand', 'zustand/*', 'phaser', 'howler', 'i18next', 'i18next-*', 'inkjs/compiler/*'],
              message: 'The hub runs in Node: no store, no DOM, no audio, no i18n; stories are compiled through tools/scenarios.',
            },
            ...['platform', 'state', 'lms', 'ui', 'scenes', 'pages', 'audio', 'i18n', 'authoring'].map(layer),
          ],
        },
      ],
    },
  },
  {
    files: ['src/state/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [...['lms', 'ui', 'scenes', 'pages', 'audio', 'i18n'].map(layer)] }],
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
      'no-restricted-syntax': [
        'error',
        {
          selector: "MemberExpression[property.name='session']",
          message: 'Views read a read model (deskModel, feed, optionsFor…), never the live session.',
        },
      ],
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
