// The kiosk's live link to the server: the catalog (reloaded on every reconnect, on catalog:changed
// and every minute, so that opening hours take effect), live waiting counts and the connection
// state through useLiveQueue, print outcomes of this kiosk's tickets, the state of its printer, and
// the socket itself for what only this kiosk hears (its call for staff dismissed).
import type { Catalog, DepartmentWait, KioskPrinterState, PrintStatus, WaitingCounts } from '@motcua/protocol';
import { call } from '@motcua/protocol/client';
import { useCatalog, useLiveQueue, type Connection, type LiveSocket } from '@motcua/ui-kit';
import { useEffect, useRef, useState } from 'react';

export interface KioskLink {
  catalog: Catalog | null;
  /** Waiting tickets per department code (live once the socket has its snapshot). */
  waiting: WaitingCounts;
  connection: Connection;
  /** print:status answers received, by ticket id (the last few). */
  prints: Record<number, PrintStatus>;
  /** The printer this kiosk's tickets print on (`printer:state`); null until the server says. */
  printer: KioskPrinterState | null;
  /** What a ticket taken now would wait, per department code (GET /api/waits): the range over its services. */
  waits: Record<string, DepartmentWait>;
  /** The socket once it has an answer (it reconnects by itself). */
  socket: LiveSocket | null;
}

const CATALOG_REFRESH_MS = 60_000;
const KEEP_PRINTS = 20;
/** The waits are asked again after a change of the queue, at most this often, and at least every WAITS_REFRESH_MS. */
const WAITS_GAP_MS = 5_000;
const WAITS_REFRESH_MS = 30_000;

/** The wait a ticket taken now would get, per department: after queue changes (at most every 5 s) and every 30 s. */
function useWaits(seq: number | undefined): Record<string, DepartmentWait> {
  const [waits, setWaits] = useState<Record<string, DepartmentWait>>({});
  const [tick, setTick] = useState(0);
  const asked = useRef(0);
  useEffect(() => {
    const refresh = setInterval(() => setTick((n) => n + 1), WAITS_REFRESH_MS);
    return () => clearInterval(refresh);
  }, []);
  useEffect(() => {
    let stale = false;
    const ask = setTimeout(() => {
      asked.current = Date.now();
      call('GET /api/waits', {}).then((w) => {
        if (!stale) setWaits(Object.fromEntries(w.departments.map((d) => [d.code, d])));
      }, () => {}); // keep the last figures: the next change or tick asks again
    }, Math.max(0, asked.current + WAITS_GAP_MS - Date.now()));
    return () => {
      stale = true;
      clearTimeout(ask);
    };
  }, [seq, tick]);
  return waits;
}

export function useKioskLink(key: string): KioskLink {
  const { catalog, reload } = useCatalog();
  const live = useLiveQueue({ token: key, on: { catalog: reload, online: reload } });
  const [prints, setPrints] = useState<Record<number, PrintStatus>>({});
  const [printer, setPrinter] = useState<KioskPrinterState | null>(null);

  useEffect(() => {
    const refresh = setInterval(reload, CATALOG_REFRESH_MS);
    return () => clearInterval(refresh);
  }, [reload]);
  useEffect(() => {
    const socket = live.socket;
    if (!socket) return;
    const onPrint = (status: PrintStatus) => setPrints((previous) => {
      const kept = Object.values(previous).slice(-(KEEP_PRINTS - 1));
      return Object.fromEntries([...kept, status].map((s) => [s.ticketId, s]));
    });
    socket.on('print:status', onPrint);
    socket.on('printer:state', setPrinter);
    return () => {
      socket.off('print:status', onPrint);
      socket.off('printer:state', setPrinter);
    };
  }, [live.socket]);

  const waits = useWaits(live.state?.seq);
  const waiting = live.state?.waiting ?? Object.fromEntries((catalog?.departments ?? []).map((d) => [d.code, d.waiting ?? 0]));
  return { catalog, waiting, connection: live.connection, prints, printer, waits, socket: live.socket };
}
