// The kiosk's live link to the server: the catalog (reloaded on every reconnect, on catalog:changed
// and every minute, so that opening hours take effect), live waiting counts and the connection
// state through useLiveQueue, and print outcomes of this kiosk's tickets.
import type { Catalog, PrintStatus, WaitingCounts } from '@motcua/protocol';
import { useCatalog, useLiveQueue, type Connection } from '@motcua/ui-kit';
import { useEffect, useState } from 'react';

export interface KioskLink {
  catalog: Catalog | null;
  /** Waiting tickets per department code (live once the socket has its snapshot). */
  waiting: WaitingCounts;
  connection: Connection;
  /** print:status answers received, by ticket id (the last few). */
  prints: Record<number, PrintStatus>;
}

const CATALOG_REFRESH_MS = 60_000;
const KEEP_PRINTS = 20;

export function useKioskLink(key: string): KioskLink {
  const { catalog, reload } = useCatalog();
  const live = useLiveQueue({ token: key, on: { catalog: reload, online: reload } });
  const [prints, setPrints] = useState<Record<number, PrintStatus>>({});

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
    return () => {
      socket.off('print:status', onPrint);
    };
  }, [live.socket]);

  const waiting = live.state?.waiting ?? Object.fromEntries((catalog?.departments ?? []).map((d) => [d.code, d.waiting ?? 0]));
  return { catalog, waiting, connection: live.connection, prints };
}
