// The small screen above one counter (/display?counter=<number>, any size from 800×480): the
// counter's number and name, the ticket it calls (flashing for a few seconds, on yellow) or
// serves, or "closed" / "paused" with the reason. Live from the same queue stream as the wall
// display: after a restart or a network cut it reconnects by itself, keeps the last state meanwhile
// and shows the "reconnecting" mark.
import type { Call, CounterView, LocalizedText } from '@motcua/protocol';
import { PAUSED, TEXT } from '../text.ts';
import { Bilingual, digits } from './Bilingual.tsx';
import { ReconnectingMark } from './Notices.tsx';

/** A call this recent (ms, server clock) is shown as "now calling"; older, as "now serving". */
const CALLING_MS = 60_000;

export interface CounterScreenProps {
  counter: CounterView;
  /** The newest call at this counter, if any. */
  call: Call | undefined;
  now: number;
  reconnecting: boolean;
}

export function CounterScreen({ counter, call, now, reconnecting }: CounterScreenProps) {
  const current = counter.state === 'open' ? counter.current : null;
  const calling = current !== null && call !== undefined && call.ticketId === current.ticketId && now - Date.parse(call.calledAt) < CALLING_MS;
  const tone = counter.state !== 'open' ? counter.state : calling ? 'calling' : current ? 'serving' : 'idle';
  return (
    <div className={`counter-screen cs-${tone}`} data-counter-screen={counter.number} data-state={tone}>
      <section className="cs-counter">
        <div className="cs-counter-label"><Bilingual text={TEXT.counterTitle} block /></div>
        <div className="cs-counter-number" data-testid="counter-number">{counter.number}</div>
        {counter.name !== `${TEXT.counter.vi} ${counter.number}` && <div className="cs-counter-name" lang="vi">{counter.name}</div>}
      </section>
      {/* Keyed by the call, so each call or recall flashes again. */}
      <section key={calling ? `${call.ticketId}@${call.calledAt}` : tone} className={calling ? 'cs-main blink' : 'cs-main'} aria-live="polite">
        <Main counter={counter} tone={tone} number={current?.number ?? null} />
      </section>
      {reconnecting ? <div className="cs-reconnecting"><ReconnectingMark /></div> : null}
    </div>
  );
}

function Main({ counter, tone, number }: { counter: CounterView; tone: string; number: string | null }) {
  if (tone === 'closed') return <State text={TEXT.closed} />;
  if (tone === 'paused') return <State text={PAUSED[counter.pauseReason ?? 'other']} />;
  if (number === null) return <State text={TEXT.idle} />;
  return (
    <>
      <div className="cs-main-label"><Bilingual text={tone === 'calling' ? TEXT.calling : TEXT.serving} block /></div>
      <div className="cs-ticket" data-testid="counter-ticket" style={digits(number)}>{number}</div>
    </>
  );
}

function State({ text }: { text: LocalizedText }) {
  return <div className="cs-state" data-testid="counter-state"><Bilingual text={text} block /></div>;
}
