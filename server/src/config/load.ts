// Loads and checks a configuration file at boot: a bad file stops the server with the field named.
import { readFileSync } from 'node:fs';
import { Value } from 'typebox/value';
import { assertTimeZone } from '../domain/business-day.ts';
import { businessHoursProblem } from '../domain/business-hours.ts';
import { CenterConfig } from '@motcua/protocol';

export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** Checks a parsed configuration: its shape, then the references between its parts. */
export function validateConfig(raw: unknown, source = 'configuration'): CenterConfig {
  const errors = Value.Errors(CenterConfig, raw).filter((e) => e.keyword !== 'boolean');
  if (errors.length > 0) {
    const lines = errors.slice(0, 8).map((e) => `  ${e.instancePath || '/'}: ${e.message}${'params' in e && e.params && 'additionalProperties' in e.params ? ` (${String(e.params.additionalProperties)})` : ''}`);
    throw new ConfigError(`${source} is not valid:\n${lines.join('\n')}`);
  }
  const config = raw as CenterConfig;
  const fail = (path: string, message: string): never => {
    throw new ConfigError(`${source} is not valid:\n  ${path}: ${message}`);
  };
  try {
    assertTimeZone(config.center.timeZone);
  } catch {
    fail('/center/timeZone', `unknown time zone "${config.center.timeZone}"`);
  }
  const hours = config.center.businessHours;
  const hoursProblem = hours && businessHoursProblem(hours);
  if (hoursProblem) fail(`/center/businessHours${hoursProblem.path}`, hoursProblem.message);
  const lunch = config.center.lunchTurns;
  if (lunch && lunch.until <= lunch.from) fail('/center/lunchTurns/until', `must be after from (${lunch.from})`);
  const departments = new Map(config.departments.map((d) => [d.code, d]));
  if (departments.size !== config.departments.length) fail('/departments', 'department codes must be unique');
  const blocks = config.departments.map((d, i) => ({ ...d.block, i }));
  for (const b of blocks) {
    if (b.end < b.start) fail(`/departments/${b.i}/block`, 'end must not be below start');
    for (const o of blocks) {
      if (o.i < b.i && b.start <= o.end && o.start <= b.end) fail(`/departments/${b.i}/block`, `overlaps the block of /departments/${o.i}`);
    }
  }
  config.departments.forEach((d, i) => {
    if (new Set(d.services.map((s) => s.code)).size !== d.services.length) fail(`/departments/${i}/services`, 'service codes must be unique within a department');
  });
  const counterNumbers = new Set<number>();
  config.counters.forEach((c, i) => {
    if (counterNumbers.has(c.number)) fail(`/counters/${i}/number`, `counter number ${c.number} is used twice`);
    counterNumbers.add(c.number);
    const d = departments.get(c.department);
    if (!d) return fail(`/counters/${i}/department`, `no department with code "${c.department}"`);
    for (const code of Object.keys(c.services)) {
      if (!d.services.some((s) => s.code === code)) fail(`/counters/${i}/services/${code}`, `department ${d.code} has no service "${code}"`);
    }
  });
  config.users.forEach((u, i) => {
    if (u.department && !departments.has(u.department)) fail(`/users/${i}/department`, `no department with code "${u.department}"`);
    if (u.role === 'officer' && !u.department) fail(`/users/${i}/department`, 'an officer needs a department');
  });
  config.devices.forEach((d, i) => {
    if (d.counter !== undefined && !counterNumbers.has(d.counter)) fail(`/devices/${i}/counter`, `no counter number ${d.counter}`);
    if (d.printsThrough !== undefined) {
      if (d.kind !== 'kiosk') fail(`/devices/${i}/printsThrough`, 'only a kiosk prints through an agent');
      const agents = config.devices.filter((a) => a.kind === 'agent' && a.name === d.printsThrough).length;
      if (agents !== 1) fail(`/devices/${i}/printsThrough`, agents === 0 ? `no agent named "${d.printsThrough}"` : `${agents} agents are named "${d.printsThrough}": rename one`);
    }
  });
  const procedureCodes = new Set<string>();
  config.procedures?.forEach((p, i) => {
    if (procedureCodes.has(p.code)) fail(`/procedures/${i}/code`, `procedure code ${p.code} is used twice`);
    procedureCodes.add(p.code);
    const d = departments.get(p.department);
    if (!d) return fail(`/procedures/${i}/department`, `no department with code "${p.department}"`);
    if (!d.services.some((s) => s.code === p.service)) fail(`/procedures/${i}/service`, `department ${d.code} has no service "${p.service}"`);
  });
  return config;
}

export function loadConfigFile(path: string): CenterConfig {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    throw new ConfigError(`cannot read configuration file ${path}: ${(e as Error).message}`);
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    throw new ConfigError(`${path} is not valid JSON: ${(e as Error).message}`);
  }
  return validateConfig(raw, path);
}
