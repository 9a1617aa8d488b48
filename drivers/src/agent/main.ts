// The device agent's entry point (drivers/bin/motcua-agent.mjs runs it): reads the settings, starts
// the agent, and stops it cleanly on SIGTERM (systemd) or SIGINT (Ctrl+C). One log line per event.
import { readFileSync } from 'node:fs';
import { startAgent } from './agent.ts';
import { AgentConfigError, agentOptions, USAGE } from './options.ts';

/** A stop that hangs (a printer that never answers) must not keep systemd waiting forever. */
const STOP_LIMIT_MS = 20_000;

const log = (line: string) => console.log(`${new Date().toISOString()} ${line}`);
const { version } = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };

function fail(message: string, usage: boolean): never {
  console.error(`motcua-agent: ${message}${usage ? `\n\n${USAGE}` : ''}`);
  process.exit(2);
}

let options;
try {
  options = agentOptions(process.argv.slice(2), process.env);
} catch (error) {
  fail((error as Error).message, error instanceof AgentConfigError);
}
if (options === 'help') {
  console.log(USAGE);
  process.exit(0);
}

let agent: ReturnType<typeof startAgent>;
try {
  agent = startAgent(options, { version, log });
} catch (error) {
  fail((error as Error).message, false);
}

for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.once(signal, () => {
    log(`${signal}: stopping`);
    setTimeout(() => {
      log(`not stopped after ${STOP_LIMIT_MS / 1000} s: exiting anyway`);
      process.exit(1);
    }, STOP_LIMIT_MS).unref();
    void agent.stop().then(() => {
      log('stopped');
      process.exit(0);
    });
  });
}
