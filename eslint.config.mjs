// Lint for News Lens: eslint's and typescript-eslint's recommended rules, plus the layout's import
// boundaries (the core never reaches the editor; areas do not reach into each other).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

const areas = ['navigation', 'events', 'actors', 'corrections', 'exports', 'walkthrough', 'indexing', 'reading'];

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'test-env/**', 'test-output/**', '.vscode-test/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' },
      ],
      '@typescript-eslint/consistent-type-imports': [
        'error',
        { fixStyle: 'inline-type-imports', disallowTypeAnnotations: false },
      ],
      // `import vscode = require('vscode')` is how the bundles load the API once (see src/extension.ts).
      '@typescript-eslint/no-require-imports': 'off',
    },
  },
  {
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['vscode', '**/workspace/**', '**/features/**', '**/presentation/**', '**/worker/**', '**/cli/**'],
              message: 'src/core is pure TypeScript: it runs in the CLI, workers and the web build.',
            },
          ],
        },
      ],
    },
  },
  ...areas.map(area => ({
    files: [`src/features/${area}/**/*.ts`],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: areas.filter(other => other !== area).map(other => `../${other}/**`),
              message: 'A feature area does not import another: share through src/workspace/ or src/presentation/.',
            },
          ],
        },
      ],
    },
  })),
  {
    files: ['scripts/**/*.js', 'bin/**/*.js'],
    // Scripts are Node programs; the screenshot runners also pass functions to run in the page.
    languageOptions: {
      sourceType: 'commonjs',
      globals: { ...globals.node, document: 'readonly', window: 'readonly', NodeFilter: 'readonly' },
    },
    rules: { '@typescript-eslint/no-require-imports': 'off', 'no-redeclare': ['error', { builtinGlobals: false }] },
  },
  {
    files: ['media/**/*.js'],
    languageOptions: { sourceType: 'script', globals: { ...globals.browser, acquireVsCodeApi: 'readonly' } },
  },
);
