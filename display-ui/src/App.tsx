// The wall display: set-up checks (device key, zone), then the live board with its voice. The
// socket comes back by itself after a server restart and gets a fresh snapshot; meanwhile the
// screen keeps the last state and shows a "reconnecting" mark.
import type { Catalog, CatalogDepartment, QueueSnapshot } from '@motcua/protocol';
import { useCatalog, useLiveQueue } from '@motcua/ui-kit';
import { useEffect, useRef, useState } from 'react';
import { buildBoard, callFilter, zoneDepartment } from './board.ts';
import { ServerClock } from './clock.ts';
import { CallsPanel } from './screen/Calls.tsx';
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
}

export function App({ deviceKey, zone }: DisplayProps) {
  if (deviceKey === null) return <FullMessage title={TEXT.setupTitle} hint={TEXT.setupHint} />;
  return <WithCatalog deviceKey={deviceKey} zone={zone} />;
}

function WithCatalog({ deviceKey, zone }: { deviceKey: string; zone: string | null }) {
  const { catalog, reload } = useCatalog();
  if (catalog === null) return <FullMessage title={TEXT.connecting} />;
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
