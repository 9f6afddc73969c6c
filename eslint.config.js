// @ts-check
import tseslint from 'typescript-eslint';

const infrastructure = [
  'botbuilder', 'botbuilder-*', '@microsoft/teams-ai', 'restify', '@azure/*', 'pino',
  'fs', 'node:fs', 'fs/promises', 'node:fs/promises', 'http', 'node:http', 'https', 'node:https',
  'net', 'node:net', 'child_process', 'node:child_process', 'adaptivecards-templating',
];

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'data/**', '.tmp/**', 'coverage/**'] },
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['src/**/*.ts'],
    rules: {
      'no-console': 'error',
      'no-restricted-properties': ['error', { object: 'process', property: 'env', message: 'Read settings in src/config.ts only.' }],
    },
  },
  {
    files: ['src/config.ts', 'src/cli/**/*.ts'],
    rules: { 'no-restricted-properties': 'off', 'no-console': 'off' },
  },
  {
    // The domain is pure: no I/O, no frameworks, no clock. Checked here so nobody has to remember it.
    files: ['src/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: infrastructure, message: 'src/domain must stay pure: pass what you need in as an argument or a port.' },
          { group: ['../adapters/*', '../../adapters/*', '../usecases/*', '../jobs/*', '../cli/*'], message: 'The domain imports nothing outside src/domain.' },
        ],
      }],
      'no-restricted-syntax': ['error',
        { selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']", message: 'Time comes in as an argument (Clock).' },
        { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: 'Time comes in as an argument (Clock).' },
        { selector: "CallExpression[callee.object.name='Math'][callee.property.name='random']", message: 'Randomness comes in as an argument.' },
      ],
    },
  },
);
