import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { agentOptions } from './options.ts';
import { printerState } from './printer-state.ts';

function configFile(content: unknown): string {
  const path = join(mkdtempSync(join(tmpdir(), 'motcua-agent-')), 'agent.json');
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
  return path;
}

describe('agent settings', () => {
  it('take the flags over the environment over the file, with defaults for the rest', () => {
    const file = configFile({ server: 'http://file:3000/', key: 'file-key', printer: '/dev/usb/lp0', paper: 58, hid: { devices: [] } });
    expect(agentOptions(['--config', file], {})).toEqual({
      server: 'http://file:3000', key: 'file-key', printer: '/dev/usb/lp0', paperWidth: 384, statusSeconds: 30, hid: { devices: [] },
    });
    expect(agentOptions(['--config', file, '--server', 'http://flag:3000', '--printer', 'tcp://10.0.0.5'], { MOTCUA_AGENT_KEY: 'env-key' })).toMatchObject({
      server: 'http://flag:3000', key: 'env-key', printer: 'tcp://10.0.0.5', paperWidth: 384,
    });
    expect(agentOptions(['--server', 'http://s:3000', '--key', 'k'], {})).toEqual({ server: 'http://s:3000', key: 'k', printer: null, paperWidth: 576, statusSeconds: 30, hid: null });
    expect(agentOptions(['--help'], {})).toBe('help');
  });

  it.each([
    [['--key', 'k'], {}, /say which server/],
    [['--server', 'http://s'], {}, /give the agent key/],
    [['--server', 'ftp://s', '--key', 'k'], {}, /not an http/],
    [['--server', 'http://s', '--key', 'k', '--paper', '76'], {}, /expected 80 or 58/],
    [['--server', 'http://s', '--key', 'k', '--colour'], {}, /Unknown option '--colour'/],
    [['--server', 'http://s', '--key', 'k', '--config', '/nonexistent/agent.json'], {}, /cannot read the configuration file/],
    [['--key', 'k', '--config', configFile({ server: 'http://s', printers: [] })], {}, /unknown setting\(s\) printers/],
    [['--key', 'k', '--config', configFile('{ "server": ')], {}, /cannot read the configuration file/],
    [['--key', 'k', '--config', configFile({ server: 'http://s', statusSeconds: 0 })], {}, /statusSeconds/],
  ] as const)('stop at start on a mistake, saying what to fix (%#)', (argv, env, message) => {
    expect(() => agentOptions([...argv], env)).toThrow(message);
  });
});

describe('the printer state the agent reports', () => {
  it('is an error while the printer cannot print, with the fault in Vietnamese and its code', () => {
    expect(printerState({ online: false, paperOut: true, reason: 'paper_out: the printer reports no paper' })).toEqual({ state: 'error', detail: 'Hết giấy – paper_out: the printer reports no paper' });
    expect(printerState({ online: false, coverOpen: true, reason: 'cover_open: the printer cover is open' })).toEqual({ state: 'error', detail: 'Nắp máy in đang mở – cover_open: the printer cover is open' });
    expect(printerState({ online: false, reason: 'unreachable: connect ECONNREFUSED 10.0.0.5:9100' })).toEqual({ state: 'error', detail: 'Không kết nối được máy in – unreachable: connect ECONNREFUSED 10.0.0.5:9100' });
  });

  it('is online otherwise, with a warning when there is one', () => {
    expect(printerState({ online: true, paperNearEnd: true })).toEqual({ state: 'online', detail: expect.stringMatching(/^Sắp hết giấy – paper near end/) });
    expect(printerState({ online: true, reason: 'no_status: the printer answers no status request' })).toEqual({ state: 'online', detail: expect.stringMatching(/^Máy in không báo trạng thái/) });
    expect(printerState({ online: true, coverOpen: false, paperOut: false })).toEqual({ state: 'online' });
  });
});
