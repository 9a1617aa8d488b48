// The kiosk's live link to the server: the catalog (reloaded on every reconnect, on catalog:changed
// and every minute, so that opening hours take effect), live waiting counts and the connection
// state through useLiveQueue, print outcomes of this kiosk's tickets, and the state of its printer.
import type { Catalog, KioskPrinterState, PrintStatus, WaitingCounts } from '@motcua/protocol';
import { useCatalog, useLiveQueue, type Connection } from '@motcua/ui-kit';
import { useEffect, useState } from 'react';

export interface KioskLink {
  catalog: Catalog | null;
  /** Waiting tickets per department code (live once the socket has its snapshot). */
  waiting: WaitingCounts;
  connection: Connection;
  /** print:status answers received, by ticket id (the last few). */
  prints: Record<number, PrintStatus>;
  /** The printer this kiosk's tickets print on (`printer:state`); null until the server says. */
  printer: KioskPrinterState | null;
}

const CATALOG_REFRESH_MS = 60_000;
const KEEP_PRINTS = 20;

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

  const waiting = live.state?.waiting ?? Object.fromEntries((catalog?.departments ?? []).map((d) => [d.code, d.waiting ?? 0]));
  return { catalog, waiting, connection: live.connection, prints, printer };
}
