// npm start: build the UIs and the server if their sources changed, then run the compiled server
// with node (no TypeScript loader in a center's process; `npm run dev` keeps tsx).
import { spawn } from 'node:child_process';
import { buildStaleServer, SERVER_MAIN, SERVER_NODE_ARGS } from './server-build.mjs';
import { buildStaleUis } from './ui-build.mjs';

buildStaleUis();
buildStaleServer();
const server = spawn(process.execPath, [...SERVER_NODE_ARGS, SERVER_MAIN], { cwd: process.cwd(), stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
