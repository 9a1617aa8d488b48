// The right-hand panel: the latest call in very large type ("Mời công dân có số 1023 đến quầy 5"),
// blinking briefly when it arrives, and the calls before it.
import type { Call } from '@motcua/protocol';
import { TEXT } from '../text.ts';
import { Bilingual, digits } from './Bilingual.tsx';

/** Recent calls listed under the latest one. */
const LISTED = 5;

export function CallsPanel({ calls }: { calls: Call[] }) {
  const [latest, ...earlier] = calls;
  return (
    <aside className="calls">
      <section className="now" data-testid="now-calling">
        <div className="now-label"><Bilingual text={TEXT.nowCalling} block /></div>
        {latest
          ? (
            <div key={`${latest.ticketId}@${latest.calledAt}`} className="now-call blink">
              <div className="now-number" style={digits(latest.number)}>{latest.number}</div>
              <div className="now-counter">
                <span lang="vi">{TEXT.toCounter.vi}</span> <b>{latest.counterNumber}</b>
                <div className="en" lang="en">{TEXT.toCounter.en} {latest.counterNumber}</div>
              </div>
            </div>
          )
          : <div className="now-none"><Bilingual text={TEXT.noCalls} block /></div>}
      </section>
      <section className="recent">
        <h2 className="recent-title"><Bilingual text={TEXT.recentCalls} /></h2>
        <ol className="recent-list" data-testid="recent-calls">
          {earlier.slice(0, LISTED).map((call) => (
            <li key={`${call.ticketId}@${call.calledAt}`} className="recent-call">
              <span className="recent-number">{call.number}</span>
              <span className="recent-arrow" aria-hidden="true">→</span>
              <span className="recent-counter"><span lang="vi">{TEXT.counter.vi}</span> <b>{call.counterNumber}</b></span>
            </li>
          ))}
        </ol>
      </section>
    </aside>
  );
}
