// The kiosk's live link to the server: the catalog (reloaded on every reconnect, on catalog:changed
// and every minute, so that opening hours take effect), live waiting counts through followQueue,
// print outcomes of this kiosk's tickets, and the connection state.
import type { Catalog, PrintStatus, WaitingCounts } from '@motcua/protocol';
import { apiRequest, followQueue } from '@motcua/protocol/client';
import { useEffect, useState } from 'react';
import { isAuthRefusal, openSocket } from '../shared/socket.ts';

export type Connection = 'connecting' | 'online' | 'offline' | 'refused';

export interface KioskLink {
  catalog: Catalog | null;
  /** Waiting tickets per department code (live once the socket has its snapshot). */
  waiting: WaitingCounts;
  connection: Connection;
  /** print:status answers received, by ticket id (the last few). */
  prints: Record<number, PrintStatus>;
}

const CATALOG_RETRY_MS = 3000;
const CATALOG_REFRESH_MS = 60_000;
const KEEP_PRINTS = 20;

export function useKioskLink(key: string): KioskLink {
  const [catalog, setCatalog] = useState<Catalog | null>(null);
  const [live, setLive] = useState<WaitingCounts | null>(null);
  const [connection, setConnection] = useState<Connection>('connecting');
  const [prints, setPrints] = useState<Record<number, PrintStatus>>({});

  useEffect(() => {
    const socket = openSocket(key);
    let stopped = false;
    let retry: ReturnType<typeof setTimeout> | undefined;
    const loadCatalog = () => {
      clearTimeout(retry);
      apiRequest<Catalog>('/api/catalog').then(
        (c) => { if (!stopped) setCatalog(c); },
        () => { if (!stopped) retry = setTimeout(loadCatalog, CATALOG_RETRY_MS); },
      );
    };
    loadCatalog();
    const refresh = setInterval(loadCatalog, CATALOG_REFRESH_MS);
    followQueue(socket, {
      change: (state) => setLive(state.waiting),
      catalog: loadCatalog,
      connection: (connected, error) => {
        if (connected) loadCatalog();
        setConnection(connected ? 'online' : error !== undefined && isAuthRefusal(error) ? 'refused' : 'offline');
      },
    });
    socket.on('print:status', (status) => setPrints((previous) => {
      const kept = Object.values(previous).slice(-(KEEP_PRINTS - 1));
      return Object.fromEntries([...kept, status].map((s) => [s.ticketId, s]));
    }));
    return () => {
      stopped = true;
      clearTimeout(retry);
      clearInterval(refresh);
      socket.close();
    };
  }, [key]);

  const waiting = live ?? Object.fromEntries((catalog?.departments ?? []).map((d) => [d.code, d.waiting ?? 0]));
  return { catalog, waiting, connection, prints };
}
