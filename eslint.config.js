import js from '@eslint/js'
import prettier from 'eslint-config-prettier'
import tseslint from 'typescript-eslint'

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'coverage/'] },
  js.configs.recommended,
  {
    files: ['**/*.ts'],
    extends: [tseslint.configs.recommendedTypeChecked],
    languageOptions: { parserOptions: { project: ['./tsconfig.test.json'], tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      eqeqeq: ['error', 'always'],
      'no-console': 'error'
    }
  },
  {
    // Outside text reaches the log only through safe-text, which keeps the runner from reading it as commands.
    files: ['src/**/*.ts'],
    ignores: ['src/lib/safe-text.ts'],
    rules: {
      'no-restricted-properties': [
        'error',
        ...['info', 'warning', 'error', 'notice', 'debug', 'group', 'startGroup', 'setFailed'].map((property) => ({
          object: 'core',
          property,
          message: 'Print through log in src/lib/safe-text.ts, which makes outside text safe for the runner.'
        })),
        ...['stdout', 'stderr'].map((property) => ({
          object: 'process',
          property,
          message: 'Print through log in src/lib/safe-text.ts, which makes outside text safe for the runner.'
        }))
      ]
    }
  },
  {
    files: ['test/**/*.ts', 'scripts/**/*.ts'],
    rules: { 'no-console': 'off' }
  },
  { files: ['**/*.js'], languageOptions: { globals: { process: 'readonly' } } },
  prettier
)
