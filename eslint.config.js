// Lint rules for the whole repository. The domain boundary rule keeps server/src/domain free of I/O.
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['**/node_modules/**', '**/dist/**', 'data/**', 'tests/artifacts/**'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['server/src/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: ['fastify', 'fastify-*', '@fastify/*'], message: 'The domain is pure: no Fastify.' },
          { group: ['socket.io', 'socket.io-*'], message: 'The domain is pure: no Socket.IO.' },
          { group: ['better-sqlite3'], message: 'The domain is pure: SQL lives in server/src/store.' },
          { group: ['node:fs', 'node:fs/*', 'fs', 'fs/*', 'node:net', 'net', 'node:http', 'http', 'node:child_process'], message: 'The domain does no I/O.' },
          { group: ['@motcua/drivers', '@motcua/drivers/*', '**/drivers/**'], message: 'The domain does not know about devices.' },
          { group: ['../store/*', '../http/*', '../realtime/*', '../store', '../http', '../realtime'], message: 'The domain depends on nothing outside itself (and protocol).' },
        ],
      }],
    },
  },
  {
    // The Rules of React (hooks, and what the React Compiler checks) in the UIs and their kit; a missing effect dependency is an error, not a warning.
    files: ['*-ui/src/**/*.{ts,tsx}', 'server/ui-kit/src/**/*.{ts,tsx}'],
    ...reactHooks.configs.flat.recommended,
    rules: { ...reactHooks.configs.flat.recommended.rules, 'react-hooks/exhaustive-deps': 'error' },
  },
  {
    files: ['server/protocol/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['node:*', 'fastify', 'socket.io', 'better-sqlite3'], message: 'protocol is imported by browsers: no Node imports.' }] }],
    },
  },
);
