// Lint rules for the whole repository. The domain boundary rule keeps server/src/domain free of I/O.
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
    files: ['server/protocol/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['node:*', 'fastify', 'socket.io', 'better-sqlite3'], message: 'protocol is imported by browsers: no Node imports.' }] }],
    },
  },
);
