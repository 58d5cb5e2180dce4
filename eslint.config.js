// Lint rules, including the boundaries of the architecture: the domain imports neither React,
// Firebase nor Node; only the SPA's data layer imports firebase/*; features do not import one
// another.
import { readdirSync } from 'node:fs';
import js from '@eslint/js';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const NODE_BUILTINS = [
  'assert',
  'buffer',
  'child_process',
  'crypto',
  'events',
  'fs',
  'fs/promises',
  'http',
  'https',
  'net',
  'os',
  'path',
  'process',
  'stream',
  'url',
  'util',
  'worker_threads',
  'zlib',
];

const firebaseImports = {
  group: [
    'firebase',
    'firebase/*',
    '@firebase/*',
    'firebase-admin',
    'firebase-admin/*',
    'firebase-functions',
    'firebase-functions/*',
  ],
  message: 'Only the data layer (src/data) talks to Firebase.',
};

// An import that climbs out of functions/src (`depth` folders below it) and lands elsewhere than
// src/domain; the mail's translations are read from src/i18n, tests may use tests/support.
const functionsBoundary = (depth, tests) =>
  String.raw`^(\.\./){${depth}}(?!\.\./src/(domain/|i18n/[a-z]+\.json$)` +
  (tests ? String.raw`|\.\./tests/support/` : '') +
  ')';

// Every folder of src/features is a feature, so a new one gets the boundary rules at once.
const featureNames = readdirSync(new URL('./src/features', import.meta.url), {
  withFileTypes: true,
})
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

export default tseslint.config(
  {
    ignores: ['dist', 'functions/lib', 'node_modules', 'coverage', '.data', '.data.*', '.bench'],
  },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['src/**/*.tsx'],
    plugins: { 'react-hooks': reactHooks, 'jsx-a11y': jsxA11y },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...jsxA11y.flatConfigs.strict.rules,
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/data/**', 'src/domain/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [firebaseImports] }] },
  },
  ...[false, true].map((tests) => ({
    files: [tests ? 'src/domain/**/*.test.ts' : 'src/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: NODE_BUILTINS.map((name) => ({
            name,
            message: 'The domain runs in the browser and in the functions: no Node modules.',
          })),
          patterns: [
            firebaseImports,
            {
              group: ['react', 'react-*', 'react/*', 'zustand', 'zustand/*', 'wouter', 'i18next'],
              message: 'The domain is plain TypeScript: no UI library.',
            },
            { group: ['node:*'], message: 'The domain runs in the browser too: no Node modules.' },
            {
              // Its tests may share the fixtures of tests/support with the other tests.
              regex: tests ? String.raw`^\.\./(?!\.\./tests/support/)` : String.raw`^\.\./`,
              message: 'The domain imports nothing outside src/domain.',
            },
          ],
        },
      ],
    },
  })),
  ...featureNames.map((feature) => ({
    files: [`src/features/${feature}/**/*.{ts,tsx}`],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            firebaseImports,
            {
              group: featureNames
                .filter((other) => other !== feature)
                .map((other) => `**/${other}/**`),
              message: 'A feature does not reach into another: move shared code to src/components.',
            },
            { group: ['**/app/**'], message: 'Imports flow shared -> features -> app, not back.' },
          ],
        },
      ],
    },
  })),
  ...[['src/components/**', 'src/stores/**', 'src/i18n/**'], ['src/data/**']].map(
    (files, index) => ({
      files,
      rules: {
        'no-restricted-imports': [
          'error',
          {
            patterns: [
              ...(index === 0 ? [firebaseImports] : []),
              {
                group: ['**/features/**', '**/app/**'],
                message: 'Shared code imports no feature.',
              },
            ],
          },
        ],
      },
    }),
  ),
  {
    files: [
      'scripts/**/*.mjs',
      'e2e/**/*.{ts,mjs}',
      'tests/**/*.ts',
      'functions/**/*.{ts,mjs}',
      '*.{js,ts}',
    ],
    languageOptions: { globals: { ...globals.node } },
  },
  // The functions import only themselves and the domain (plus the translations their mail is
  // written in, and, in their tests, the fixtures of tests/support). Callables are commands
  // defined through lib/on-call.ts, which refuses oversized payloads first.
  ...[1, 2].flatMap((depth) =>
    [false, true].map((tests) => ({
      files: [
        depth === 1
          ? `functions/src/*.${tests ? 'test.ts' : 'ts'}`
          : `functions/src/*/**/*.${tests ? 'test.ts' : 'ts'}`,
      ],
      ...(tests ? {} : { ignores: ['**/*.test.ts'] }),
      rules: {
        'no-restricted-imports': [
          'error',
          {
            paths: [
              {
                name: 'firebase-functions/v2/https',
                importNames: ['onCall'],
                message:
                  'Define callables with command() from lib/on-call.ts (it limits payload size).',
              },
            ],
            patterns: [
              {
                regex: functionsBoundary(depth, tests),
                message: 'The functions import only functions/src and src/domain.',
              },
            ],
          },
        ],
      },
    })),
  ),
  {
    files: ['functions/src/lib/on-call.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: functionsBoundary(2, false),
              message: 'The functions import only functions/src and src/domain.',
            },
          ],
        },
      ],
    },
  },
);
