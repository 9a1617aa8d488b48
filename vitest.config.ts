import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['server/src/**/*.test.ts', 'drivers/src/**/*.test.ts', 'tests/**/*.test.ts', '*-ui/src/**/*.test.ts'],
    globalSetup: ['tests/support/global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    fileParallelism: true,
    maxWorkers: 2,
    // expect.poll waits for what the pages show after a push: queue:changed comes at most once a
    // second, and browser pages on a shared 2-core machine take their time
    expect: { poll: { timeout: 10_000 } },
  },
});
