// Numbered migrations, applied in order at start inside one transaction each.
// Never edit a released migration: add the next number.

import { INIT_SQL } from './migration-init.ts';

export interface Migration { id: number; name: string; sql: string }

export const MIGRATIONS: readonly Migration[] = [
  {
    id: 1,
    name: 'init',
    sql: INIT_SQL,
  },
  {
    id: 2,
    name: 'retired services',
    sql: `
ALTER TABLE services ADD COLUMN retired INTEGER NOT NULL DEFAULT 0;
`,
  },
  {
    id: 3,
    name: 'kiosks printing through an agent',
    sql: `
-- on a kiosk's row: the agent whose printer prints its tickets (NULL: the server's own printer)
ALTER TABLE devices ADD COLUMN print_agent_id INTEGER REFERENCES devices(id);
`,
  },
  {
    id: 4,
    name: 'call reason in Vietnamese',
    sql: `
ALTER TABLE tickets ADD COLUMN call_reason_vi TEXT;
`,
  },
  {
    id: 5,
    name: 'recent service times by index',
    sql: `
-- the ETA of every waiting ticket reads the last service times of its service: without this index
-- that read scanned and sorted all of the day's tickets (npm run bench: call-next with 10,000 waiting)
CREATE INDEX tickets_service_done ON tickets(service_id, business_day, finished_at) WHERE status = 'done';
`,
  },
  {
    id: 6,
    name: 'waiting counts kept by triggers',
    sql: `
-- every issue, call and transfer pushes the waiting count of each department; counting them was a
-- scan of all waiting tickets (npm run bench: call-next with 10,000 waiting). Triggers keep the
-- counts in the same transaction as the change, so a rolled-back command leaves them right.
CREATE TABLE waiting_counts (department_id INTEGER PRIMARY KEY, n INTEGER NOT NULL);
INSERT INTO waiting_counts (department_id, n) SELECT department_id, count(*) FROM tickets WHERE status = 'waiting' GROUP BY department_id;
CREATE TRIGGER tickets_waiting_insert AFTER INSERT ON tickets WHEN NEW.status = 'waiting' BEGIN
  INSERT INTO waiting_counts (department_id, n) VALUES (NEW.department_id, 1) ON CONFLICT (department_id) DO UPDATE SET n = n + 1;
END;
CREATE TRIGGER tickets_waiting_enter AFTER UPDATE OF status ON tickets WHEN NEW.status = 'waiting' AND OLD.status <> 'waiting' BEGIN
  INSERT INTO waiting_counts (department_id, n) VALUES (NEW.department_id, 1) ON CONFLICT (department_id) DO UPDATE SET n = n + 1;
END;
CREATE TRIGGER tickets_waiting_leave AFTER UPDATE OF status ON tickets WHEN OLD.status = 'waiting' AND NEW.status <> 'waiting' BEGIN
  UPDATE waiting_counts SET n = n - 1 WHERE department_id = OLD.department_id;
END;
CREATE TRIGGER tickets_waiting_delete AFTER DELETE ON tickets WHEN OLD.status = 'waiting' BEGIN
  UPDATE waiting_counts SET n = n - 1 WHERE department_id = OLD.department_id;
END;
`,
  },
  {
    id: 7,
    name: 'sign-ins end when idle',
    sql: `
-- when the session was last used; a session unused for the idle time ends
ALTER TABLE sessions ADD COLUMN last_seen_at TEXT;
UPDATE sessions SET last_seen_at = created_at;
CREATE INDEX sessions_user ON sessions(user_id);
`,
  },
  {
    id: 8,
    name: 'procedures, and the procedure and dossier of a ticket',
    sql: `
-- the procedures catalog (thủ tục hành chính): national code, names, field (lĩnh vực), the service whose line it joins
CREATE TABLE procedures (
  id INTEGER PRIMARY KEY,
  code TEXT NOT NULL UNIQUE,
  name_vi TEXT NOT NULL,
  name_en TEXT NOT NULL,
  field TEXT NOT NULL,
  department_id INTEGER NOT NULL REFERENCES departments(id),
  service_id INTEGER NOT NULL REFERENCES services(id),
  kind TEXT NOT NULL CHECK (kind IN ('submit', 'return', 'guidance')),
  sort INTEGER NOT NULL DEFAULT 0,
  retired INTEGER NOT NULL DEFAULT 0
);
-- on a ticket: the procedure it was issued for, its kind, and (return tickets) the dossier whose result is collected
ALTER TABLE tickets ADD COLUMN procedure_code TEXT;
ALTER TABLE tickets ADD COLUMN kind TEXT;
ALTER TABLE tickets ADD COLUMN dossier_code TEXT;
`,
  },
  {
    id: 9,
    name: 'who entered a rating and on which scale; the audit log read by time',
    sql: `
-- a rating now says who entered it (the citizen's device, or the officer on the console) and its
-- scale (4 levels, or the official 5); ratings before this were entered by whoever the audit names
CREATE TABLE ratings_new (
  ticket_id INTEGER PRIMARY KEY REFERENCES tickets(id),
  score INTEGER NOT NULL CHECK (score BETWEEN 1 AND scale),
  scale INTEGER NOT NULL DEFAULT 4 CHECK (scale IN (4, 5)),
  rated_at INTEGER NOT NULL,
  officer_id INTEGER REFERENCES users(id),
  counter_id INTEGER REFERENCES counters(id),
  service_id INTEGER NOT NULL REFERENCES services(id),
  entered_by TEXT NOT NULL DEFAULT 'device' CHECK (entered_by IN ('device', 'officer')),
  device_id INTEGER REFERENCES devices(id)
);
INSERT INTO ratings_new (ticket_id, score, scale, rated_at, officer_id, counter_id, service_id, entered_by, device_id)
  SELECT r.ticket_id, r.score, 4, r.rated_at, r.officer_id, r.counter_id, r.service_id,
    CASE WHEN EXISTS (SELECT 1 FROM audit_log a WHERE a.ticket_id = r.ticket_id AND a.action = 'ticket.rate' AND a.user_id IS NOT NULL) THEN 'officer' ELSE 'device' END,
    (SELECT a.device_id FROM audit_log a WHERE a.ticket_id = r.ticket_id AND a.action = 'ticket.rate' LIMIT 1)
  FROM ratings r;
DROP TABLE ratings;
ALTER TABLE ratings_new RENAME TO ratings;
CREATE INDEX audit_log_at ON audit_log(at);
`,
  },
  {
    id: 10,
    name: 'priority changed by a supervisor',
    sql: `
-- a waiting ticket whose priority group a supervisor changed, and why: its call's reason says so
CREATE TABLE priority_changes (
  ticket_id INTEGER PRIMARY KEY REFERENCES tickets(id),
  priority TEXT,
  reason TEXT NOT NULL,
  user_id INTEGER NOT NULL REFERENCES users(id),
  at INTEGER NOT NULL
);
`,
  },
  {
    id: 11,
    name: 'appointments and notifications',
    sql: `
-- a booking: the ID number only as a keyed hash (HMAC), the phone until the day after the appointment
CREATE TABLE appointments (
  id INTEGER PRIMARY KEY,
  code TEXT NOT NULL UNIQUE,
  service_id INTEGER NOT NULL REFERENCES services(id),
  procedure_code TEXT,
  day TEXT NOT NULL,
  start TEXT NOT NULL,
  slot_end TEXT NOT NULL,
  start_at INTEGER NOT NULL,
  id_hash TEXT NOT NULL,
  phone TEXT,
  lang TEXT NOT NULL DEFAULT 'vi',
  status TEXT NOT NULL CHECK (status IN ('booked', 'checked_in', 'cancelled', 'no_show')),
  booked_at INTEGER NOT NULL,
  checked_in_at INTEGER,
  ticket_id INTEGER REFERENCES tickets(id)
);
CREATE INDEX appointments_slot ON appointments(service_id, day, start) WHERE status IN ('booked', 'checked_in', 'no_show');
CREATE INDEX appointments_person ON appointments(id_hash, day);
CREATE INDEX appointments_open ON appointments(start_at) WHERE status = 'booked';
-- a checked-in appointment's ticket: callable from the slot's start (ms), ahead of normal tickets
ALTER TABLE tickets ADD COLUMN appointment_at INTEGER;
ALTER TABLE tickets ADD COLUMN appointment_id INTEGER REFERENCES appointments(id);
CREATE INDEX tickets_appointment_line ON tickets(service_id, appointment_at) WHERE status = 'waiting' AND appointment_at IS NOT NULL;
-- secrets the server made itself (the key of the ID number's hash, the VAPID keys)
CREATE TABLE secrets (name TEXT PRIMARY KEY, value TEXT NOT NULL);
-- messages to citizens: queued in the transaction that caused them, sent outside the request path
CREATE TABLE notifications (
  id INTEGER PRIMARY KEY,
  ref TEXT NOT NULL,
  channel TEXT NOT NULL,
  recipient TEXT NOT NULL,
  message TEXT NOT NULL,
  status TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'sent', 'failed')),
  attempts INTEGER NOT NULL DEFAULT 0,
  next_at INTEGER NOT NULL,
  last_error TEXT,
  created_at INTEGER NOT NULL,
  sent_at INTEGER,
  UNIQUE (ref, channel)
);
CREATE INDEX notifications_due ON notifications(next_at) WHERE status = 'pending';
-- a phone page that asked to be told when its ticket is near (Web Push): the browser's subscription
CREATE TABLE push_subscriptions (
  ticket_id INTEGER NOT NULL REFERENCES tickets(id),
  endpoint TEXT NOT NULL,
  p256dh TEXT NOT NULL,
  auth TEXT NOT NULL,
  created_at INTEGER NOT NULL,
  PRIMARY KEY (ticket_id, endpoint)
);
`,
  },
  {
    id: 12,
    name: 'outbox for the province hub',
    sql: `
-- every change to a ticket, counter or rating writes an event here in the same transaction (these
-- triggers), so the province hub can be sent every change in order, whether or not it is reachable.
-- seq is the site's sequence number: AUTOINCREMENT so a number is never used twice, even after the
-- acknowledged rows are deleted. data holds public fields only (no personal data, no officer).
CREATE TABLE outbox (seq INTEGER PRIMARY KEY AUTOINCREMENT, at INTEGER NOT NULL, kind TEXT NOT NULL, data TEXT NOT NULL);
CREATE VIEW outbox_ticket AS SELECT t.id, json_object(
    'id', t.id, 'day', t.business_day, 'number', t.number,
    'department', (SELECT code FROM departments WHERE id = t.department_id),
    'service', (SELECT code FROM services WHERE id = t.service_id), 'targetWaitMinutes', (SELECT target_wait_minutes FROM services WHERE id = t.service_id),
    'procedure', t.procedure_code, 'kind', t.kind, 'priority', json(CASE t.is_priority WHEN 0 THEN 'false' ELSE 'true' END),
    'status', t.status, 'original', json(CASE WHEN t.transferred_from IS NULL THEN 'true' ELSE 'false' END),
    'queuedAt', t.queued_at, 'calledAt', t.called_at, 'servingAt', t.serving_at, 'finishedAt', t.finished_at,
    'counter', (SELECT number FROM counters WHERE id = t.counter_id)) AS data FROM tickets t;
CREATE TRIGGER outbox_ticket_insert AFTER INSERT ON tickets BEGIN
  INSERT INTO outbox (at, kind, data) SELECT CAST(unixepoch('subsec') * 1000 AS INTEGER), 'ticket', data FROM outbox_ticket WHERE id = NEW.id;
END;
CREATE TRIGGER outbox_ticket_update AFTER UPDATE OF status, counter_id, service_id, department_id, is_priority, queued_at, called_at, serving_at, finished_at ON tickets
WHEN OLD.status IS NOT NEW.status OR OLD.counter_id IS NOT NEW.counter_id OR OLD.service_id IS NOT NEW.service_id OR OLD.department_id IS NOT NEW.department_id
  OR OLD.is_priority IS NOT NEW.is_priority OR OLD.queued_at IS NOT NEW.queued_at OR OLD.called_at IS NOT NEW.called_at OR OLD.serving_at IS NOT NEW.serving_at
  OR OLD.finished_at IS NOT NEW.finished_at BEGIN
  INSERT INTO outbox (at, kind, data) SELECT CAST(unixepoch('subsec') * 1000 AS INTEGER), 'ticket', data FROM outbox_ticket WHERE id = NEW.id;
END;
CREATE TRIGGER outbox_counter_update AFTER UPDATE OF state, officer_id, department_id, retired ON counters
WHEN OLD.state IS NOT NEW.state OR OLD.officer_id IS NOT NEW.officer_id OR OLD.department_id IS NOT NEW.department_id OR OLD.retired IS NOT NEW.retired BEGIN
  INSERT INTO outbox (at, kind, data) VALUES (CAST(unixepoch('subsec') * 1000 AS INTEGER), 'counter', json_object(
    'number', NEW.number, 'department', (SELECT code FROM departments WHERE id = NEW.department_id),
    'state', NEW.state, 'staffed', json(CASE WHEN NEW.officer_id IS NULL THEN 'false' ELSE 'true' END), 'retired', json(CASE NEW.retired WHEN 0 THEN 'false' ELSE 'true' END)));
END;
CREATE TRIGGER outbox_rating_insert AFTER INSERT ON ratings BEGIN
  INSERT INTO outbox (at, kind, data) VALUES (NEW.rated_at, 'rating', json_object(
    'ticket', NEW.ticket_id, 'score', NEW.score, 'scale', NEW.scale, 'ratedAt', NEW.rated_at, 'enteredBy', NEW.entered_by,
    'service', (SELECT code FROM services WHERE id = NEW.service_id), 'counter', (SELECT number FROM counters WHERE id = NEW.counter_id)));
END;
`,
  },
  {
    id: 13,
    name: 'the waiting queue read whole from one index (the wait forecast)',
    sql: `
-- the wait forecast reads every waiting ticket after a change: from the index alone, not row by row
DROP INDEX tickets_waiting_department;
CREATE INDEX tickets_waiting ON tickets(department_id, service_id, priority, arrival_at, target_counter_id, appointment_at) WHERE status = 'waiting';
`,
  },
  {
    id: 14,
    name: 'waiting counts per line kept by triggers',
    sql: `
-- a new ticket's place in its line (on the kiosk, the printout and the phone page) was a count of
-- every ticket ahead of it: 100-200 us per issue with 870 waiting in a line (npm run bench). A line
-- is a service's waiting tickets not sent to one counter, priority (1) or not (0).
CREATE TABLE waiting_lines (service_id INTEGER NOT NULL, is_priority INTEGER NOT NULL, n INTEGER NOT NULL, PRIMARY KEY (service_id, is_priority));
INSERT INTO waiting_lines (service_id, is_priority, n) SELECT service_id, is_priority, count(*) FROM tickets
  WHERE status = 'waiting' AND target_counter_id IS NULL GROUP BY service_id, is_priority;
CREATE TRIGGER tickets_line_insert AFTER INSERT ON tickets WHEN NEW.status = 'waiting' AND NEW.target_counter_id IS NULL BEGIN
  INSERT INTO waiting_lines (service_id, is_priority, n) VALUES (NEW.service_id, NEW.is_priority, 1) ON CONFLICT DO UPDATE SET n = n + 1;
END;
CREATE TRIGGER tickets_line_leave AFTER UPDATE OF status, target_counter_id, service_id, is_priority ON tickets
WHEN OLD.status = 'waiting' AND OLD.target_counter_id IS NULL BEGIN
  UPDATE waiting_lines SET n = n - 1 WHERE service_id = OLD.service_id AND is_priority = OLD.is_priority;
END;
CREATE TRIGGER tickets_line_enter AFTER UPDATE OF status, target_counter_id, service_id, is_priority ON tickets
WHEN NEW.status = 'waiting' AND NEW.target_counter_id IS NULL BEGIN
  INSERT INTO waiting_lines (service_id, is_priority, n) VALUES (NEW.service_id, NEW.is_priority, 1) ON CONFLICT DO UPDATE SET n = n + 1;
END;
CREATE TRIGGER tickets_line_delete AFTER DELETE ON tickets WHEN OLD.status = 'waiting' AND OLD.target_counter_id IS NULL BEGIN
  UPDATE waiting_lines SET n = n - 1 WHERE service_id = OLD.service_id AND is_priority = OLD.is_priority;
END;
`,
  },
  {
    id: 15,
    name: 'the note an officer types when pausing',
    sql: `
-- shown to the officer and the supervisors (never on a screen); cleared on resume and close
ALTER TABLE counters ADD COLUMN pause_note TEXT;
`,
  },
];
