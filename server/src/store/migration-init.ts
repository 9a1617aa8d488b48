// The first schema (migration 1, "init"): centers, the catalog, counters, users and devices,
// tickets and ratings. Released: never edit it, add the next migration (migrations.ts).
export const INIT_SQL = `
CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL);

CREATE TABLE departments (
  id INTEGER PRIMARY KEY,
  code TEXT NOT NULL UNIQUE,
  name_vi TEXT NOT NULL,
  name_en TEXT NOT NULL,
  block_start INTEGER NOT NULL,
  block_end INTEGER NOT NULL,
  sort INTEGER NOT NULL DEFAULT 0,
  retired INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE services (
  id INTEGER PRIMARY KEY,
  department_id INTEGER NOT NULL REFERENCES departments(id),
  code TEXT NOT NULL,
  name_vi TEXT NOT NULL,
  name_en TEXT NOT NULL,
  target_wait_minutes INTEGER NOT NULL DEFAULT 15,
  daily_cap INTEGER,
  enabled INTEGER NOT NULL DEFAULT 1,
  sort INTEGER NOT NULL DEFAULT 0,
  UNIQUE (department_id, code)
);

CREATE TABLE users (
  id INTEGER PRIMARY KEY,
  username TEXT NOT NULL UNIQUE,
  display_name TEXT,
  password_hash TEXT NOT NULL,
  role TEXT NOT NULL CHECK (role IN ('officer','supervisor','admin')),
  department_id INTEGER REFERENCES departments(id),
  disabled INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE counters (
  id INTEGER PRIMARY KEY,
  number INTEGER NOT NULL UNIQUE,
  name TEXT NOT NULL,
  department_id INTEGER NOT NULL REFERENCES departments(id),
  state TEXT NOT NULL DEFAULT 'closed' CHECK (state IN ('closed','open','paused')),
  pause_reason TEXT,
  officer_id INTEGER REFERENCES users(id),
  priority_streak INTEGER NOT NULL DEFAULT 0,
  retired INTEGER NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX counters_officer ON counters(officer_id) WHERE officer_id IS NOT NULL;

CREATE TABLE counter_services (
  counter_id INTEGER NOT NULL REFERENCES counters(id),
  service_id INTEGER NOT NULL REFERENCES services(id),
  weight REAL NOT NULL DEFAULT 1 CHECK (weight > 0),
  PRIMARY KEY (counter_id, service_id)
);

CREATE TABLE sessions (
  token_hash TEXT PRIMARY KEY,
  user_id INTEGER NOT NULL REFERENCES users(id),
  created_at TEXT NOT NULL,
  expires_at TEXT NOT NULL
);

CREATE TABLE devices (
  id INTEGER PRIMARY KEY,
  kind TEXT NOT NULL CHECK (kind IN ('kiosk','display','agent')),
  name TEXT NOT NULL,
  key_hash TEXT NOT NULL UNIQUE,
  counter_id INTEGER REFERENCES counters(id),
  created_at TEXT NOT NULL,
  revoked_at TEXT
);

CREATE TABLE day_numbers (
  business_day TEXT NOT NULL,
  department_id INTEGER NOT NULL,
  last_number INTEGER NOT NULL,
  PRIMARY KEY (business_day, department_id)
);

CREATE TABLE tickets (
  id INTEGER PRIMARY KEY,
  business_day TEXT NOT NULL,
  number INTEGER NOT NULL,
  department_id INTEGER NOT NULL REFERENCES departments(id),
  service_id INTEGER NOT NULL REFERENCES services(id),
  priority TEXT,
  is_priority INTEGER NOT NULL DEFAULT 0,
  status TEXT NOT NULL,
  lang TEXT NOT NULL DEFAULT 'vi',
  track_code TEXT NOT NULL,
  issued_at INTEGER NOT NULL,
  queued_at INTEGER NOT NULL,
  arrival_at INTEGER NOT NULL,
  called_at INTEGER,
  serving_at INTEGER,
  finished_at INTEGER,
  counter_id INTEGER REFERENCES counters(id),
  officer_id INTEGER REFERENCES users(id),
  target_counter_id INTEGER REFERENCES counters(id),
  recalls INTEGER NOT NULL DEFAULT 0,
  call_reason TEXT,
  transferred_from INTEGER REFERENCES tickets(id),
  kiosk_id INTEGER REFERENCES devices(id),
  idempotency_key TEXT,
  print_status TEXT,
  print_reason TEXT
);
-- call-next reads the head of each line through these partial indexes, never scanning the queue
CREATE INDEX tickets_waiting_line ON tickets(service_id, is_priority, arrival_at, id)
  WHERE status = 'waiting' AND target_counter_id IS NULL;
CREATE INDEX tickets_waiting_targeted ON tickets(target_counter_id, is_priority, arrival_at, id)
  WHERE status = 'waiting' AND target_counter_id IS NOT NULL;
CREATE INDEX tickets_waiting_department ON tickets(department_id) WHERE status = 'waiting';
CREATE INDEX tickets_live_number ON tickets(business_day, number)
  WHERE status IN ('waiting','called','serving','parked');
CREATE INDEX tickets_counter_live ON tickets(counter_id)
  WHERE status IN ('called','serving','parked');
CREATE INDEX tickets_day ON tickets(business_day, department_id, service_id);
CREATE INDEX tickets_track ON tickets(track_code, id);
CREATE INDEX tickets_called ON tickets(called_at) WHERE called_at IS NOT NULL;
CREATE UNIQUE INDEX tickets_idempotency ON tickets(kiosk_id, idempotency_key) WHERE idempotency_key IS NOT NULL;

CREATE TABLE ratings (
  ticket_id INTEGER PRIMARY KEY REFERENCES tickets(id),
  score INTEGER NOT NULL CHECK (score BETWEEN 1 AND 4),
  rated_at INTEGER NOT NULL,
  officer_id INTEGER REFERENCES users(id),
  counter_id INTEGER REFERENCES counters(id),
  service_id INTEGER NOT NULL REFERENCES services(id)
);

CREATE TABLE audit_log (
  id INTEGER PRIMARY KEY,
  at INTEGER NOT NULL,
  user_id INTEGER REFERENCES users(id),
  device_id INTEGER REFERENCES devices(id),
  action TEXT NOT NULL,
  counter_id INTEGER,
  ticket_id INTEGER,
  detail TEXT
);
`;
