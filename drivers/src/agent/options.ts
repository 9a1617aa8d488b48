// The agent's settings: command-line flags over the environment over the configuration file
// (--config agent.json). A mistake stops the agent at start with a message that says what to fix.
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import type { PaperWidth } from '../ticket/types.ts';

export interface AgentOptions {
  /** The motcua server, e.g. "http://192.168.1.10:3000". */
  server: string;
  /** The agent's device key (kind `agent`, issued by an administrator). */
  key: string;
  /** The printer spec (file:<dir>, tcp://host:port, /dev/usb/lp0, usb://vid:pid); null: no printer here. */
  printer: string | null;
  paperWidth: PaperWidth;
  /** How often the printer's status is read and reported. */
  statusSeconds: number;
  /** The `hid` section (keypads and rating boxes, drivers/README.md); null: none. */
  hid: unknown;
}

export const USAGE = `motcua-agent: runs the printer, call keypads and rating boxes plugged into this PC for a motcua server.

  motcua-agent --server http://<server>:3000 --key <agent key> [--printer <spec>] [--paper 80|58] [--config agent.json]

  --server   the motcua server's address
  --key      the device key of kind "agent" an administrator issued (or MOTCUA_AGENT_KEY; or "key" in the file)
  --printer  file:<dir> | tcp://<host>:9100 | /dev/usb/lp0 | usb://<vid>:<pid> (hex, as lsusb shows them)
  --paper    paper width in mm: 80 (576 dots, the default) or 58 (384 dots)
  --config   a JSON file with any of: server, key, printer, paper, statusSeconds, hid (keypads and rating boxes)
  --help     this text`;

export class AgentConfigError extends Error {
  override name = 'AgentConfigError';
}

const FILE_KEYS = ['server', 'key', 'printer', 'paper', 'statusSeconds', 'hid'];
const PAPER: Record<string, PaperWidth> = { 80: 576, 58: 384 };
const DEFAULT_STATUS_SECONDS = 30;

function readConfigFile(path: string): Record<string, unknown> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new AgentConfigError(`cannot read the configuration file ${path}: ${(error as Error).message}`);
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw new AgentConfigError(`${path}: expected a JSON object`);
  const unknown = Object.keys(parsed).filter((k) => !FILE_KEYS.includes(k));
  if (unknown.length > 0) throw new AgentConfigError(`${path}: unknown setting(s) ${unknown.join(', ')}; the settings are ${FILE_KEYS.join(', ')}`);
  return parsed as Record<string, unknown>;
}

function text(value: unknown, name: string): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string' || value.trim() === '') throw new AgentConfigError(`${name} must be a non-empty string`);
  return value.trim();
}

/** The settings from the command line (`argv` without node and the script), the environment and the file; throws AgentConfigError. */
export function agentOptions(argv: string[], env: NodeJS.ProcessEnv): AgentOptions | 'help' {
  let flags;
  try {
    flags = parseArgs({
      args: argv,
      options: {
        server: { type: 'string' }, key: { type: 'string' }, printer: { type: 'string' }, paper: { type: 'string' },
        config: { type: 'string' }, help: { type: 'boolean', short: 'h' },
      },
      strict: true,
    }).values;
  } catch (error) {
    throw new AgentConfigError((error as Error).message);
  }
  if (flags.help) return 'help';
  const file = flags.config ? readConfigFile(flags.config) : {};

  const server = text(flags.server ?? file.server, 'server');
  if (!server) throw new AgentConfigError('say which server: --server http://<server>:3000');
  if (!/^https?:\/\/[^/\s]+/.test(server)) throw new AgentConfigError(`server "${server}" is not an http:// or https:// address`);
  const key = text(flags.key ?? env.MOTCUA_AGENT_KEY ?? file.key, 'key');
  if (!key) throw new AgentConfigError('give the agent key: --key <key> (an administrator issues one of kind "agent")');
  const paper = String(flags.paper ?? file.paper ?? 80);
  const paperWidth = PAPER[paper];
  if (!paperWidth) throw new AgentConfigError(`paper "${paper}": expected 80 or 58 (mm)`);
  const statusSeconds = file.statusSeconds ?? DEFAULT_STATUS_SECONDS;
  if (typeof statusSeconds !== 'number' || !(statusSeconds >= 1 && statusSeconds <= 3600)) {
    throw new AgentConfigError('statusSeconds must be a number of seconds from 1 to 3600');
  }
  return {
    server: server.replace(/\/+$/, ''),
    key,
    printer: text(flags.printer ?? file.printer, 'printer') ?? null,
    paperWidth,
    statusSeconds,
    hid: file.hid ?? null,
  };
}
