import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'node_modules/',
      '.output/',
      '.attack-tmp/',
      '.wxt/',
      '.demo/',
      '.bench/',
      'test-results/',
      'playwright-report/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: { console: 'readonly', process: 'readonly', URL: 'readonly' },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      'no-restricted-properties': [
        'error',
        { property: 'innerHTML', message: 'Render text with textContent; page text is untrusted.' },
        { property: 'outerHTML', message: 'Render text with textContent; page text is untrusted.' },
        {
          property: 'insertAdjacentHTML',
          message: 'Render text with textContent; page text is untrusted.',
        },
      ],
    },
  },
  {
    files: ['src/engine/**/*.ts'],
    rules: {
      'no-restricted-globals': [
        'error',
        'window',
        'document',
        'chrome',
        'browser',
        'localStorage',
        'fetch',
      ],
    },
  },
);
