#!/usr/bin/env node
// `npx motcua-agent …`: the device agent. motcua runs TypeScript as it is (no build step): this
// registers tsx's loader, found from here, then starts drivers/src/agent/main.ts in this process.
await import(import.meta.resolve('tsx'));
await import('../src/agent/main.ts');
