// npm start: build the UIs if their sources changed, then run the server (TypeScript through tsx).
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { buildStaleUis } from './ui-build.mjs';

const root = join(import.meta.dirname, '..', '..');
buildStaleUis();
const server = spawn(process.execPath, ['--import', import.meta.resolve('tsx'), join(root, 'server', 'src', 'main.ts')], { cwd: process.cwd(), stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
