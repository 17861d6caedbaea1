import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const platformModules = ['electron', 'react', 'react-dom', 'dexie', 'dexie-react-hooks', 'antd', 'dayjs'];

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'test-results/**', 'playwright-report/**'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-restricted-syntax': [
        'error',
        { selector: 'ExportDefaultDeclaration', message: 'Use named exports.' },
      ],
    },
  },
  {
    // Tool configs must default-export by convention.
    files: ['*.config.ts', '*.config.js', '*.config.mjs'],
    rules: { 'no-restricted-syntax': 'off' },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'electron', message: 'The renderer reaches Electron only through src/platform.' }],
        },
      ],
    },
  },
  {
    // Only the db layer talks to Dexie.
    files: ['renderer/src/**/*.{ts,tsx}'],
    ignores: ['renderer/src/db/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'electron', message: 'The renderer reaches Electron only through src/platform.' },
            { name: 'dexie', message: 'Only renderer/src/db touches Dexie: use a repository.' },
          ],
        },
      ],
    },
  },
  {
    // shared/ is the pure domain: no platform, no clock, no randomness.
    files: ['shared/**/*.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: platformModules.map((name) => ({ name, message: 'shared/ is pure: no platform modules.' })),
          patterns: [{ group: ['node:*'], message: 'shared/ is pure: no Node modules.' }],
        },
      ],
      'no-restricted-syntax': [
        'error',
        { selector: 'ExportDefaultDeclaration', message: 'Use named exports.' },
        {
          selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']",
          message: 'Take `now` as an argument.',
        },
        {
          selector: "NewExpression[callee.name='Date'][arguments.length=0]",
          message: 'Take `now` as an argument.',
        },
        {
          selector: "CallExpression[callee.object.name='Math'][callee.property.name='random']",
          message: 'Take ids or a seed as arguments.',
        },
        { selector: "MemberExpression[object.name='crypto']", message: 'Take ids as arguments.' },
      ],
    },
  },
  {
    // Main and preload use typed IPC wrappers only.
    files: ['electron/**/*.ts'],
    ignores: ['electron/main/ipc.ts', 'electron/preload/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'electron',
              importNames: ['ipcMain', 'ipcRenderer'],
              message: 'Use the typed handle() wrapper in electron/main/ipc.ts.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['tests/**/*.{ts,tsx,mjs}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
  },
  {
    // Every e2e test runs with the print-dialog stand-in, so none depends on how a browser build treats
    // a dialog that nobody can close.
    files: ['tests/e2e/**/*.spec.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: '@playwright/test',
              importNames: ['test', 'expect'],
              message: "Import test and expect from './fixtures'.",
            },
          ],
        },
      ],
    },
  },
);
