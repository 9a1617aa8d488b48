// The queue service, split by job: issuing (kiosks), counters (open, pause, close), calling, the
// ticket in hand, what supervisors do (close an abandoned counter, change a priority), and read
// views. Each command is one store transaction applying the domain's rules; it returns the events
// it caused, published once committed (state.ts). HTTP routes, keypads and tests all go through
// here; the store stays behind it.
import type { CallPolicy } from '../../domain/call-policy.ts';
import type { Clock } from '../../domain/business-day.ts';
import type { Settings, Store } from '../../store/index.ts';
import type { CatalogIndex } from '../catalog-index.ts';
import { Calling } from './calling.ts';
import { Counters } from './counters.ts';
import type { QueuePublisher } from './events.ts';
import { TicketInHand } from './in-hand.ts';
import { Issuing } from './issuing.ts';
import { QueueState } from './state.ts';
import { Supervising } from './supervising.ts';
import { QueueViews } from './views.ts';

export type { QueuePublisher } from './events.ts';
export type { Printing, TicketOrder } from './issuing.ts';

export class QueueService {
  private readonly state: QueueState;
  readonly views: QueueViews;
  readonly issuing: Issuing;
  readonly counters: Counters;
  readonly calling: Calling;
  readonly hand: TicketInHand;
  readonly supervising: Supervising;

  constructor(store: Store, clock: Clock, publisher: QueuePublisher) {
    this.state = new QueueState(store, clock, publisher);
    this.views = new QueueViews(this.state);
    this.issuing = new Issuing(this.state, this.views);
    this.counters = new Counters(this.state, this.views);
    this.calling = new Calling(this.state, this.views);
    this.hand = new TicketInHand(this.state, this.views);
    this.supervising = new Supervising(this.state, this.views);
  }

  /** Ends the wait forecast's thread, if a long queue started it (before the store closes). */
  close(): void {
    this.views.waits.close();
  }

  /** Re-reads the catalog and settings (after an admin change). */
  reload(): void {
    this.state.reload();
  }

  get catalog(): CatalogIndex {
    return this.state.catalog;
  }

  get settings(): Settings {
    return this.state.settings;
  }

  get policy(): CallPolicy {
    return this.state.settings.policy;
  }

  /** Today's business day; the first use on a new day closes what the last one left waiting. */
  today(): string {
    return this.state.settle(this.state.rollover());
  }
}
