// A worker thread's first module when its real one is TypeScript (thread-entry.ts): tsx's loader
// given to a plain thread with --import does not reach the thread's own imports here, so the
// thread registers it itself, then imports its module.
const { register } = await import('tsx/esm/api');
register();
await import(process.argv.at(-1));
