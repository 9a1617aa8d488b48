// The wall display: set-up checks (device key, zone), then the live board with its voice.
import type { Call, Catalog, CatalogDepartment } from '@motcua/protocol';
import { useEffect, useRef, useState } from 'react';
import { buildBoard, callFilter, zoneDepartment } from './board.ts';
import { ServerClock, useCatalog, useLiveQueue, type LiveListener } from './live.ts';
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

interface Scope { ours(call: Call): boolean; reloadCatalog(): void }

/** The clock, the voice and the stream listener live as long as the page (a catalog change keeps them). */
function useDisplayVoice(scope: { current: Scope }) {
  const [soundBlocked, setSoundBlocked] = useState(false);
  const [parts] = useState(() => {
    const clock = new ServerClock();
    const announcer = new Announcer({ player: htmlAudioPlayer(), clipsOf, now: () => clock.now(), onBlocked: setSoundBlocked });
    const listener: LiveListener = {
      call: (call) => { if (scope.current.ours(call)) announcer.announce(call); },
      snapshot: (calls) => announcer.sync(calls.filter((c) => scope.current.ours(c))),
      catalogChanged: () => scope.current.reloadCatalog(),
    };
    return { clock, announcer, listener };
  });
  return { ...parts, soundBlocked };
}

function Display({ deviceKey, catalog, department, reloadCatalog }: { deviceKey: string; catalog: Catalog; department: CatalogDepartment | null; reloadCatalog(): void }) {
  const scope = useRef<Scope>({ ours: callFilter(catalog, department), reloadCatalog });
  useEffect(() => {
    scope.current = { ours: callFilter(catalog, department), reloadCatalog };
    document.title = `${department ? `${department.code} — ` : ''}Màn hình gọi số — motcua`;
  }, [catalog, department, reloadCatalog]);
  const { clock, announcer, listener, soundBlocked } = useDisplayVoice(scope);
  const live = useLiveQueue(deviceKey, clock, listener);

  if (live.connection === 'refused') return <FullMessage title={TEXT.refusedTitle} hint={TEXT.refusedHint} />;
  const snapshot = live.state?.snapshot;
  if (!live.state || !snapshot) return <FullMessage title={TEXT.connecting} />;
  const center = snapshot.center ?? catalog.center;
  if (!center) return <FullMessage title={TEXT.connecting} />;
  const board = buildBoard(live.state, catalog, department);
  return (
    <div className={`screen${department ? ' screen-zone' : ''}`}>
      <Header center={center} zone={department} clock={clock} reconnecting={live.connection === 'reconnecting'} />
      <CounterBoard board={board} />
      <CallsPanel calls={board.calls} />
      <Ticker notice={center.notice} />
      {soundBlocked ? <SoundOverlay onEnable={() => announcer.resume()} /> : null}
    </div>
  );
}
