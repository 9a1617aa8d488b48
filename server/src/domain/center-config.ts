// Administration edits as changes of the center's configuration (the MOTCUA_CONFIG format): each
// function changes a copy in place and refuses, with what to do instead, what would leave the
// center inconsistent. The whole result is then checked by validateConfig and written. Pure.
import type { CenterConfig } from '@motcua/protocol';
import { conflict, notFound } from './errors.ts';

type Dept = CenterConfig['departments'][number];
type Svc = Dept['services'][number];
type CounterCfg = CenterConfig['counters'][number];
type UserCfg = CenterConfig['users'][number];
type DeviceCfg = CenterConfig['devices'][number];

export function department(config: CenterConfig, code: string): Dept {
  const d = config.departments.find((x) => x.code === code);
  if (!d) throw notFound('unknown_department', `No department with code ${code}.`);
  return d;
}

function counter(config: CenterConfig, number: number): CounterCfg {
  const c = config.counters.find((x) => x.number === number);
  if (!c) throw notFound('unknown_counter', `No counter number ${number}.`);
  return c;
}

function user(config: CenterConfig, username: string): UserCfg {
  const u = config.users.find((x) => x.username === username);
  if (!u) throw notFound('unknown_user', `No user ${username}.`);
  return u;
}

function assertNoBoundDevice(config: CenterConfig, numbers: number[]): void {
  const bound = config.devices.find((d) => d.counter !== undefined && numbers.includes(d.counter));
  if (bound) throw conflict('counter_has_device', `Device "${bound.name}" is bound to counter ${bound.counter}: revoke it first.`);
}

export function addDepartment(config: CenterConfig, d: Dept): void {
  if (config.departments.some((x) => x.code === d.code)) throw conflict('duplicate_code', `A department with code ${d.code} exists already.`);
  config.departments.push(d);
}

/** Retires a department with its counters; its officers must be moved or retired first. */
export function retireDepartment(config: CenterConfig, code: string): void {
  department(config, code);
  if (config.departments.length === 1) throw conflict('last_department', 'The center needs at least one department.');
  const users = config.users.filter((u) => u.department === code);
  if (users.length > 0) throw conflict('department_has_users', `Move or retire its ${users.length} users first (${users.map((u) => u.username).join(', ')}).`);
  const numbers = config.counters.filter((c) => c.department === code).map((c) => c.number);
  assertNoBoundDevice(config, numbers);
  config.counters = config.counters.filter((c) => c.department !== code);
  config.departments = config.departments.filter((d) => d.code !== code);
}

export function addService(config: CenterConfig, departmentCode: string, s: Svc): void {
  const d = department(config, departmentCode);
  if (d.services.some((x) => x.code === s.code)) throw conflict('duplicate_code', `${d.code} already has a service with code ${s.code}.`);
  d.services.push(s);
}

export function updateService(config: CenterConfig, departmentCode: string, code: string, fields: Omit<Svc, 'code'>): void {
  const d = department(config, departmentCode);
  const i = d.services.findIndex((x) => x.code === code);
  if (i < 0) throw notFound('unknown_service', `${d.code} has no service ${code}.`);
  d.services[i] = { code, ...fields };
}

/** Retires a service and takes it out of every counter's work profile. */
export function retireService(config: CenterConfig, departmentCode: string, code: string): void {
  const d = department(config, departmentCode);
  if (!d.services.some((x) => x.code === code)) throw notFound('unknown_service', `${d.code} has no service ${code}.`);
  if (d.services.length === 1) throw conflict('last_service', `${code} is the last service of ${d.code}: retire the department instead, or add another service first.`);
  d.services = d.services.filter((x) => x.code !== code);
  for (const c of config.counters) {
    if (c.department === d.code) delete c.services[code];
  }
}

export function addCounter(config: CenterConfig, c: CounterCfg): void {
  if (config.counters.some((x) => x.number === c.number)) throw conflict('duplicate_number', `Counter number ${c.number} exists already.`);
  config.counters.push(c);
  config.counters.sort((a, b) => a.number - b.number);
}

export function updateCounter(config: CenterConfig, number: number, fields: Omit<CounterCfg, 'number'>): void {
  const c = counter(config, number);
  Object.assign(c, fields);
}

export function retireCounter(config: CenterConfig, number: number): void {
  counter(config, number);
  assertNoBoundDevice(config, [number]);
  config.counters = config.counters.filter((c) => c.number !== number);
}

export function addUser(config: CenterConfig, u: UserCfg): void {
  if (config.users.some((x) => x.username === u.username)) throw conflict('duplicate_username', `The username ${u.username} is taken.`);
  config.users.push(u);
}

export function updateUser(config: CenterConfig, username: string, fields: Partial<Omit<UserCfg, 'username'>>): void {
  const u = user(config, username);
  if (u.role === 'admin' && fields.role !== undefined && fields.role !== 'admin') assertNotLastAdmin(config, username);
  Object.assign(u, fields);
  if (u.department === undefined) delete u.department;
}

function assertNotLastAdmin(config: CenterConfig, username: string): void {
  if (config.users.filter((x) => x.role === 'admin').length === 1) {
    throw conflict('last_admin', `${username} is the last administrator: make another user an administrator first.`);
  }
}

/** Retires a user; the last admin stays, so that someone can still administer the center. */
export function retireUser(config: CenterConfig, username: string): void {
  if (user(config, username).role === 'admin') assertNotLastAdmin(config, username);
  config.users = config.users.filter((x) => x.username !== username);
}

export function addDevice(config: CenterConfig, d: DeviceCfg): void {
  config.devices.push(d);
}

export function revokeDevice(config: CenterConfig, keyHash: string): void {
  const revoked = config.devices.find((d) => d.keyHash === keyHash);
  config.devices = config.devices.filter((d) => d.keyHash !== keyHash);
  // kiosks that printed through a revoked agent print on the server's own printer until bound again
  if (revoked?.kind !== 'agent') return;
  for (const d of config.devices) if (d.printsThrough === revoked.name) delete d.printsThrough;
}

/** Binds a kiosk to the agent whose printer prints its tickets, or (null) back to the server's own printer. */
export function setPrintAgent(config: CenterConfig, kioskKeyHash: string, agentName: string | null): void {
  const kiosk = config.devices.find((d) => d.keyHash === kioskKeyHash)!;
  if (agentName === null) delete kiosk.printsThrough;
  else kiosk.printsThrough = agentName;
}
