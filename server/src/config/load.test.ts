import { describe, expect, it } from 'vitest';
import { demoConfig } from './demo.ts';
import { ConfigError, loadConfigFile, validateConfig } from './load.ts';

const good = demoConfig();
const clone = () => structuredClone(good);

describe('validateConfig', () => {
  it('accepts the demo center', () => {
    expect(validateConfig(clone()).departments).toHaveLength(4);
  });

  it('names the bad field', () => {
    const c = clone() as unknown as { policy: { agingMinutes: unknown } };
    c.policy.agingMinutes = 'soon';
    expect(() => validateConfig(c, 'center.json')).toThrow(ConfigError);
    expect(() => validateConfig(c, 'center.json')).toThrow(/center.json is not valid:\n {2}\/policy\/agingMinutes: /);
  });

  it('names an unknown field', () => {
    const c = { ...clone(), colour: 'red' };
    expect(() => validateConfig(c)).toThrow(/colour/);
  });

  it('refuses overlapping number blocks', () => {
    const c = clone();
    c.departments[1]!.block = { start: 1500, end: 2500 };
    expect(() => validateConfig(c)).toThrow(/\/departments\/1\/block: overlaps the block of \/departments\/0/);
  });

  it('refuses a counter serving a service of another department', () => {
    const c = clone();
    c.counters[0]!.services = { DD: 1 };
    expect(() => validateConfig(c)).toThrow(/\/counters\/0\/services\/DD: department TP has no service "DD"/);
  });

  it('refuses an unknown time zone', () => {
    const c = clone();
    c.center.timeZone = 'Mars/Olympus';
    expect(() => validateConfig(c)).toThrow(/\/center\/timeZone: unknown time zone/);
  });
});

describe('the example configuration file', () => {
  it('loads and validates', () => {
    const config = loadConfigFile(new URL('../../config/example-center.json', import.meta.url).pathname);
    expect(config.users.map((u) => u.username)).toEqual(['admin', 'nguyenvana']);
  });
});
