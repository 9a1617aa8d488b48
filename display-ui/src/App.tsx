// The wall display: set-up checks (device key, zone or counter), then the live board with its
// voice, or one counter's screen. The socket comes back by itself after a server restart and gets
// a fresh snapshot; meanwhile the screen keeps the last state and shows a "reconnecting" mark.
import type { Catalog, CatalogDepartment, QueueSnapshot } from '@motcua/protocol';
import { useCatalog, useLiveQueue } from '@motcua/ui-kit';
import { useEffect, useRef, useState } from 'react';
import { buildBoard, callFilter, zoneDepartment } from './board.ts';
import { ServerClock } from './clock.ts';
import { CallsPanel } from './screen/Calls.tsx';
import { CounterScreen } from './screen/CounterScreen.tsx';
import { CounterBoard } from './screen/Counters.tsx';
import { Header } from './screen/Header.tsx';
import { FullMessage, SoundOverlay } from './screen/Notices.tsx';
import { Ticker } from './screen/Ticker.tsx';
import { TEXT } from './text.ts';
import { Announcer } from './voice/announcer.ts';
import { clipsOf, htmlAudioPlayer } from './voice/player.ts';

export interface DisplayProps {
  /** The display's device key (`?key=`, remembered), or null when none was ever given. */
  deviceKey: string | null;
  /** `?zone=<department code>`, or null for the whole center. */
  zone: string | null;
  /** `?counter=<number>`: the screen above that counter; null otherwise. */
  counter?: string | null;
}

export function App({ deviceKey, zone, counter = null }: DisplayProps) {
  if (deviceKey === null) return <FullMessage title={TEXT.setupTitle} hint={TEXT.setupHint} />;
  return <WithCatalog deviceKey={deviceKey} zone={zone} counter={counter} />;
}

function WithCatalog({ deviceKey, zone, counter }: { deviceKey: string; zone: string | null; counter: string | null }) {
  const { catalog, reload } = useCatalog();
  if (catalog === null) return <FullMessage title={TEXT.connecting} />;
  if (counter !== null) {
    const found = catalog.counters.find((c) => String(c.number) === counter);
    if (!found) {
      return (
        <FullMessage title={{ vi: `${TEXT.noCounterTitle.vi} “${counter}”`, en: `${TEXT.noCounterTitle.en} “${counter}”` }} hint={TEXT.noCounterHint}>
          <p className="message-codes">{catalog.counters.map((c) => c.number).join(' · ')}</p>
        </FullMessage>
      );
    }
    return <OneCounter deviceKey={deviceKey} counterId={found.id} reloadCatalog={reload} />;
  }
  const department = zone === null ? null : zoneDepartment(catalog, zone);
  if (department === undefined) {
    return (
      <FullMessage title={{ vi: `${TEXT.unknownZoneTitle.vi} “${zone}”`, en: `${TEXT.unknownZoneTitle.en} “${zone}”` }} hint={TEXT.unknownZoneHint}>
        <p className="message-codes">{catalog.departments.map((d) => d.code).join(' · ')}</p>
      </FullMessage>
    );
  }
  return <Display deviceKey={deviceKey} catalog={catalog} department={department} reloadCatalog={reload} />;
}

/** The screen above one counter: its state from the live stream, the server's clock for "now calling". */
function OneCounter({ deviceKey, counterId, reloadCatalog }: { deviceKey: string; counterId: number; reloadCatalog(): void }) {
  const [clock] = useState(() => new ServerClock());
  const [now, setNow] = useState(() => clock.now());
  const lastSnapshot = useRef<QueueSnapshot | null>(null);
  useEffect(() => {
    const timer = setInterval(() => setNow(clock.now()), 5_000);
    return () => clearInterval(timer);
  }, [clock]);
  const live = useLiveQueue({
    token: deviceKey,
    on: {
      change(state) {
        // Only a new snapshot tells the server's time (deltas carry none).
        if (state.snapshot !== lastSnapshot.current) {
          lastSnapshot.current = state.snapshot;
          clock.set(state.snapshot?.serverTime);
        }
        setNow(clock.now());
      },
      catalog: reloadCatalog,
    },
  });
  const counter = live.state?.counters.find((c) => c.id === counterId);
  useEffect(() => {
    if (counter) document.title = `Quầy ${counter.number} — motcua`;
  }, [counter]);
  if (live.connection === 'refused') return <FullMessage title={TEXT.refusedTitle} hint={TEXT.refusedHint} />;
  if (!counter) return <FullMessage title={TEXT.connecting} />;
  const call = live.state?.recentCalls.find((c) => c.counterId === counterId);
  return <CounterScreen counter={counter} call={call} now={now} reconnecting={live.connection === 'offline'} />;
}

/**
 * Recent calls kept from the stream: more than a snapshot's ten, so a zone screen (which shows
 * only its department's share) fills its list as the day goes on.
 */
const RECENT_KEPT = 40;

/** The clock and the voice live as long as the page (a catalog change keeps them). */
function useDisplayVoice() {
  const [soundBlocked, setSoundBlocked] = useState(false);
  const [parts] = useState(() => {
    const clock = new ServerClock();
    const announcer = new Announcer({ player: htmlAudioPlayer(), clipsOf, now: () => clock.now(), onBlocked: setSoundBlocked });
    return { clock, announcer };
  });
  return { ...parts, soundBlocked };
}

function Display({ deviceKey, catalog, department, reloadCatalog }: { deviceKey: string; catalog: Catalog; department: CatalogDepartment | null; reloadCatalog(): void }) {
  useEffect(() => {
    document.title = `${department ? `${department.code} — ` : ''}Màn hình gọi số — motcua`;
  }, [department]);
  const { clock, announcer, soundBlocked } = useDisplayVoice();
  const ours = callFilter(catalog, department);
  const lastSnapshot = useRef<QueueSnapshot | null>(null);
  const live = useLiveQueue({
    token: deviceKey,
    recentLimit: RECENT_KEPT,
    on: {
      change(state) {
        // Each snapshot (on connect, after a restart, after a resync) sets the clock and catches up the voice.
        if (state.snapshot === lastSnapshot.current) return;
        lastSnapshot.current = state.snapshot;
        clock.set(state.snapshot?.serverTime);
        announcer.sync(state.recentCalls.filter(ours));
      },
      call: (call) => { if (ours(call)) announcer.announce(call); },
      catalog: reloadCatalog,
    },
  });

  if (live.connection === 'refused') return <FullMessage title={TEXT.refusedTitle} hint={TEXT.refusedHint} />;
  const snapshot = live.state?.snapshot;
  if (!live.state || !snapshot) return <FullMessage title={TEXT.connecting} />;
  const center = snapshot.center ?? catalog.center;
  if (!center) return <FullMessage title={TEXT.connecting} />;
  const board = buildBoard(live.state, catalog, department);
  return (
    <div className={`screen${department ? ' screen-zone' : ''}`}>
      <Header center={center} zone={department} clock={clock} reconnecting={live.connection === 'offline'} />
      <CounterBoard board={board} />
      <CallsPanel calls={board.calls} />
      <Ticker notice={center.notice} />
      {soundBlocked ? <SoundOverlay onEnable={() => announcer.resume()} /> : null}
    </div>
  );
}
