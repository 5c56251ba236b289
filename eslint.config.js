// Import boundaries from DESIGN.md "Folders", enforced here rather than by good intentions.
import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

const nodeBuiltins = [
  'node:*',
  'fs',
  'path',
  'os',
  'crypto',
  'http',
  'https',
  'net',
  'child_process',
  'url',
  'stream',
  'events',
  'worker_threads',
  'zlib',
  'util',
];
const pattern = (group, message) => ({ group, message });

const noElectron = pattern(
  ['electron', 'electron/*', 'electron-updater'],
  'Only electron/main and electron/preload may import electron.',
);
const noNode = pattern(nodeBuiltins, 'shared/ and renderer/ run in the browser too: no Node APIs.');
const onlyShared = (from) =>
  pattern(
    ['**/electron/**', '**/db/**', '**/server/**', '**/renderer/**', '**/tests/**'].filter(
      (g) => !g.includes(from),
    ),
    `${from}/ may import only shared/ (and its own files).`,
  );

export default tseslint.config(
  {
    ignores: [
      'node_modules/',
      'out/',
      'dist/',
      'release/',
      'test-results/',
      'playwright-report/',
      '.cuecard/',
      'renderer/dist/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            noElectron,
            noNode,
            pattern(
              [
                '**/electron/**',
                '**/db/**',
                '**/server/**',
                '**/renderer/**',
                'react',
                'react-dom',
              ],
              'shared/ imports nothing but small pure libraries.',
            ),
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        'window',
        'document',
        'process',
        'Buffer',
        'require',
        '__dirname',
      ],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        { patterns: [noElectron, noNode, onlyShared('renderer')] },
      ],
    },
  },
  {
    // Tests run under Node and may read fixtures from disk.
    files: ['renderer/**/*.test.{ts,tsx}', 'shared/**/*.test.ts', 'renderer/vite.config.ts'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    files: ['server/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [noElectron, onlyShared('server')] }] },
  },
  {
    files: ['db/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            noElectron,
            pattern(
              ['**/electron/**', '**/server/**', '**/renderer/**'],
              'db/ may import only shared/.',
            ),
          ],
        },
      ],
    },
  },
  {
    files: ['electron/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            pattern(
              ['electron', 'electron/*', 'electron-updater'],
              'AgentCore is plain Node: it never imports electron (DESIGN.md).',
            ),
            pattern(
              ['**/electron/main/**', '**/electron/preload/**', '**/server/**', '**/renderer/**'],
              'AgentCore may import only shared/ and db/.',
            ),
          ],
        },
      ],
    },
  },
  {
    files: ['electron/main/**/*.ts', 'electron/preload/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            pattern(
              ['**/db/**', '**/server/**', '**/renderer/**'],
              'The Electron shell imports only shared/ and electron/core.',
            ),
          ],
        },
      ],
    },
  },
);
