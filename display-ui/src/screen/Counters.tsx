// The counters, grouped by department: the number each one serves, paused and closed ones marked,
// the counter of the latest call highlighted and blinking for a few seconds. A zone screen has one
// department, whose counters then sit side by side with bigger numbers.
import type { Call, CounterView } from '@motcua/protocol';
import type { Board, DepartmentBoard } from '../board.ts';
import { PAUSED, TEXT } from '../text.ts';
import { Bilingual, digits } from './Bilingual.tsx';

export function CounterBoard({ board }: { board: Board }) {
  const latest = board.calls[0];
  return (
    <main className={board.zone ? 'board board-zone' : 'board'} style={{ gridTemplateColumns: `repeat(${board.departments.length}, minmax(0, 1fr))` }}>
      {board.departments.map((d) => <Department key={d.id} department={d} latest={latest} sideBySide={board.zone !== null} />)}
    </main>
  );
}

/** Up to this many counters side by side on a zone screen; more go on further rows. */
const ZONE_COLUMNS = 3;

function Department({ department, latest, sideBySide }: { department: DepartmentBoard; latest: Call | undefined; sideBySide: boolean }) {
  const columns = sideBySide ? Math.min(Math.max(department.counters.length, 1), ZONE_COLUMNS) : 1;
  return (
    <section className={`department accent-${department.index % 6}`} data-department={department.code}>
      <header className="department-head">
        <div className="department-name">
          <div lang="vi">{noDashAtLineStart(department.name.vi)}</div>
          <div className="en" lang="en">{noDashAtLineStart(department.name.en)}</div>
        </div>
        <div className="waiting" data-testid={`waiting-${department.code}`}>
          <span className="waiting-label"><Bilingual text={TEXT.waiting} block /></span>
          <span className="waiting-count">{department.waiting}</span>
        </div>
        <div className="next-up" data-testid={`next-${department.code}`}>
          <span className="next-label"><Bilingual text={TEXT.nextUp} /></span>
          <span className="next-numbers">{department.nextUp.map((n) => <b key={n}>{n}</b>)}</span>
        </div>
      </header>
      <div className="counters" style={{ gridTemplateColumns: `repeat(${columns}, minmax(0, 1fr))` }}>
        {department.counters.map((c) => <Counter key={c.id} counter={c} latest={latest} />)}
      </div>
    </section>
  );
}

function Counter({ counter, latest }: { counter: CounterView; latest: Call | undefined }) {
  const isLatest = latest !== undefined && latest.counterId === counter.id && counter.current?.ticketId === latest.ticketId;
  return (
    <div className={`counter counter-${counter.state}${isLatest ? ' counter-latest' : ''}`} data-counter={counter.number} data-state={counter.state}>
      {/* Keyed by the call, so each new call or recall restarts the blinking. */}
      <div key={isLatest ? `${latest.ticketId}@${latest.calledAt}` : 'still'} className={isLatest ? 'counter-body blink' : 'counter-body'}>
        <div className="counter-label"><span lang="vi">{TEXT.counter.vi}</span> <b>{counter.number}</b></div>
        <CounterContent counter={counter} />
      </div>
    </div>
  );
}

function CounterContent({ counter }: { counter: CounterView }) {
  if (counter.state === 'closed') return <div className="counter-status"><Bilingual text={TEXT.closed} block /></div>;
  if (counter.state === 'paused') return <div className="counter-status"><Bilingual text={PAUSED[counter.pauseReason ?? 'other']} block /></div>;
  if (!counter.current) return <div className="counter-status counter-idle"><Bilingual text={TEXT.idle} block /></div>;
  return <div className="counter-number" style={digits(counter.current.number)}>{counter.current.number}</div>;
}

/** "Sở Lao động – Thương binh…": a non-breaking space keeps the dash at the end of its line. */
function noDashAtLineStart(name: string): string {
  return name.replace(/ ([–—-]) /g, '\u00a0$1 ');
}
