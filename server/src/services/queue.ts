// The queue service: each command is one store transaction that applies the domain's rules, then
// tells the realtime hub what changed. HTTP routes, keypads and tests all go through here.
import { businessDay, type Clock } from '../domain/business-day.ts';
import { assertIssuingOpen, issuingState } from '../domain/business-hours.ts';
import { chooseNext, recallOutcome, type CallPolicy, type Candidate } from '../domain/call-policy.ts';
import { conflict, forbidden, invalid, notFound } from '../domain/errors.ts';
import { estimateWaitMinutes } from '../domain/eta.ts';
import { nextNumber } from '../domain/numbering.ts';
import { transition, type TicketAction } from '../domain/ticket-state.ts';
import { buildAnnouncement } from '../domain/announcement.ts';
import type {
  AnnouncementPreview, Call, CallResponse, CenterInfo, CounterView, Lang, PauseReason, PriorityGroup, RatingClosed, RatingPrompt, RatingScore, Ticket, TrackView, TransferRequest, WaitingCounts,
} from '@motcua/protocol';
import type { CounterRuntime, Settings, Store, TicketRecord } from '../store/index.ts';
import type { TicketChange } from '../store/tickets.ts';
import { newTrackCode } from '../security/crypto.ts';
import { CatalogIndex } from './catalog-index.ts';

/** Who asks: an officer (or supervisor/admin) by session, or a device by its key. */
export interface Actor {
  userId: number | null;
  deviceId: number | null;
  role: 'officer' | 'supervisor' | 'admin' | 'kiosk' | 'display' | 'agent';
  departmentId: number | null;
  /** For a device bound to a counter by an admin (keypad, rating box, rating tablet). */
  deviceCounterId: number | null;
  username?: string;
}

/** What the realtime hub hears after each committed change. */
export interface QueueEvents {
  called(call: Omit<Call, 'seq'>): void;
  queueChanged(waiting: WaitingCounts): void;
  counterChanged(counter: CounterView): void;
  /** A ticket was finished: the rating tablet of its counter asks the citizen (outside the stream). */
  ratingOpen?(prompt: RatingPrompt): void;
  /** A ticket was rated: its counter's tablet returns to idle, its officer's day updates (outside the stream). */
  ratingClosed?(closed: RatingClosed, counterId: number, officerId: number | null): void;
}

export interface IssueInput {
  serviceId: number;
  priority?: PriorityGroup | undefined;
  lang?: Lang | undefined;
  kioskId: number | null;
  idempotencyKey?: string | undefined;
}

const HELD: readonly string[] = ['called', 'serving'];

export class QueueService {
  private index!: CatalogIndex;
  private settingsValue!: Settings;
  private sweptDay: string | null = null;

  constructor(
    readonly store: Store,
    private readonly clock: Clock,
    private readonly events: QueueEvents,
  ) {
    this.reload();
  }

  /** Re-reads the catalog and settings (after an admin change). */
  reload(): void {
    this.index = new CatalogIndex(this.store.catalog.load());
    const settings = this.store.catalog.settings();
    if (!settings) throw new Error('the database holds no center settings: apply a configuration first');
    this.settingsValue = settings;
  }

  get catalog(): CatalogIndex {
    return this.index;
  }

  get settings(): Settings {
    return this.settingsValue;
  }

  /** The center as kiosks and displays see it, with whether tickets are issued right now. */
  centerInfo(): CenterInfo {
    const { center } = this.settingsValue;
    const info: CenterInfo = { name: center.name, timeZone: center.timeZone, kioskPriorityStep: center.kioskPriorityStep, notice: center.notice ?? { vi: '', en: '' } };
    if (center.businessHours) {
      const state = issuingState(this.clock(), center.timeZone, center.businessHours);
      info.businessHours = center.businessHours;
      info.issuingOpen = state.open;
      if (state.opensAt) info.opensAt = state.opensAt.toISOString();
    }
    return info;
  }

  get policy(): CallPolicy {
    return this.settingsValue.policy;
  }

  /** Today's business day; the first command of a new day closes what the last one left waiting. */
  today(): string {
    const now = this.clock();
    const day = businessDay(now, this.settingsValue.center.timeZone);
    if (day !== this.sweptDay) {
      const expired = this.store.tickets.expireBefore(day, now.getTime());
      this.sweptDay = day;
      if (expired > 0) this.events.queueChanged(this.waitingCounts());
    }
    return day;
  }

  // ------------------------------------------------------------ citizens

  issue(input: IssueInput): { ticket: Ticket; replayed: boolean } {
    const service = this.index.service(input.serviceId);
    if (!service.enabled) throw conflict('service_disabled', `The service "${service.name.en}" is not on offer now.`, `Dịch vụ "${service.name.vi}" hiện không tiếp nhận.`);
    const department = this.index.department(service.departmentId);
    // Grouped: kiosks issuing at the same moment share one commit; the caller awaits issued().
    const result = this.store.grouped(() => {
      if (input.idempotencyKey && input.kioskId !== null) {
        const existing = this.store.tickets.byIdempotencyKey(input.kioskId, input.idempotencyKey);
        if (existing) {
          if (existing.serviceId !== input.serviceId) throw conflict('idempotency_key_reused', 'This Idempotency-Key was already used for another service: send a new key for a new ticket.', 'Mã yêu cầu này đã dùng cho dịch vụ khác: hãy gửi mã mới cho phiếu mới.');
          return { record: existing, replayed: true };
        }
      }
      const day = this.today();
      assertIssuingOpen(this.clock(), this.settingsValue.center.timeZone, this.settingsValue.center.businessHours);
      if (service.dailyCap !== null && this.store.tickets.issuedToday(day, service.id) >= service.dailyCap) {
        throw conflict('daily_cap_reached', `Today's ${service.dailyCap} tickets for "${service.name.en}" have all been issued. Please come back on the next working day.`, `Đã hết ${service.dailyCap} số của dịch vụ "${service.name.vi}" trong hôm nay. Vui lòng quay lại vào ngày làm việc tiếp theo.`);
      }
      const number = nextNumber(this.store.tickets.lastNumber(day, department.id), department.block, (n) => this.store.tickets.isLiveNumber(day, n));
      this.store.tickets.setLastNumber(day, department.id, number);
      const now = this.clock().getTime();
      const record = this.store.tickets.insert({
        businessDay: day, number, departmentId: department.id, serviceId: service.id, priority: input.priority ?? null,
        lang: input.lang ?? 'vi', trackCode: newTrackCode(), issuedAt: now, queuedAt: now, arrivalAt: now,
        targetCounterId: null, transferredFrom: null, kioskId: input.kioskId, idempotencyKey: input.idempotencyKey ?? null,
      });
      return { record, replayed: false };
    });
    if (!result.replayed) this.store.afterCommit('queue:changed', () => this.events.queueChanged(this.waitingCounts()));
    return { ticket: this.view(result.record), replayed: result.replayed };
  }

  /** Resolves once the tickets issued so far are durable (group commit): answer the kiosk only then. */
  issued(): Promise<void> {
    return this.store.durable();
  }

  track(trackCode: string): TrackView {
    const t = this.store.tickets.byTrackCode(trackCode);
    if (!t) throw notFound('unknown_ticket', 'No ticket has this tracking code. Check the address on your ticket.', 'Không tìm thấy phiếu có mã theo dõi này. Vui lòng kiểm tra lại địa chỉ in trên phiếu.');
    const v = this.view(t);
    const service = this.index.services.get(t.serviceId);
    const department = this.index.departments.get(t.departmentId);
    return {
      number: v.number, status: v.status, departmentCode: v.departmentCode, counterNumber: v.counterNumber,
      position: v.position ?? 0, etaMinutes: v.etaMinutes ?? 0, serviceName: service?.name, departmentName: department?.name,
    };
  }

  ticketById(id: number): Ticket {
    return this.view(this.ticket(id));
  }

  /** Records a printout's outcome on the ticket (for the dashboard and reprints). */
  recordPrint(ticketId: number, status: 'printed' | 'failed', reason: string | null): void {
    this.store.tickets.update(ticketId, { printStatus: status, printReason: reason });
  }

  // ------------------------------------------------------------ counters

  open(counterId: number, actor: Actor): CounterView {
    const counter = this.index.counter(counterId);
    if (actor.userId === null) throw forbidden('officers_only', 'Only a signed-in officer can open a counter.', 'Chỉ cán bộ đã đăng nhập mới mở được quầy.');
    if (actor.role === 'officer' && actor.departmentId !== counter.departmentId) {
      throw forbidden('foreign_counter', `Counter ${counter.number} belongs to ${this.index.department(counter.departmentId).name.en}; you may open only counters of your own department.`, `Quầy ${counter.number} thuộc ${this.index.department(counter.departmentId).name.vi}; bạn chỉ được mở quầy của đơn vị mình.`);
    }
    const userId = actor.userId;
    const previous = this.store.transaction(() => {
      const runtime = this.runtime(counterId);
      if (runtime.officerId !== null && runtime.officerId !== userId) {
        throw conflict('counter_taken', `Counter ${counter.number} is already open by another officer. Ask them to close it first.`, `Quầy ${counter.number} đang do cán bộ khác mở. Đề nghị người đó đóng quầy trước.`);
      }
      const previous = this.store.catalog.counterOfOfficer(userId);
      if (previous !== undefined && previous !== counterId) {
        this.assertEmptyHanded(previous);
        this.store.catalog.saveRuntime({ ...this.runtime(previous), state: 'closed', officerId: null, pauseReason: null, priorityStreak: 0 });
      }
      this.store.catalog.saveRuntime({ ...runtime, state: runtime.state === 'paused' ? 'paused' : 'open', officerId: userId });
      this.audit(actor, 'counter.open', counterId, null);
      return previous;
    });
    if (previous !== undefined && previous !== counterId) this.pushCounter(previous);
    return this.pushCounter(counterId);
  }

  close(counterId: number, actor: Actor): CounterView {
    this.store.transaction(() => {
      const runtime = this.requireAt(counterId, actor);
      this.assertEmptyHanded(counterId);
      this.store.catalog.saveRuntime({ ...runtime, state: 'closed', officerId: null, pauseReason: null, priorityStreak: 0 });
      this.audit(actor, 'counter.close', counterId, null);
    });
    return this.pushCounter(counterId);
  }

  pause(counterId: number, actor: Actor, reason: PauseReason, note?: string): CounterView {
    this.store.transaction(() => {
      const runtime = this.requireAt(counterId, actor);
      this.assertEmptyHanded(counterId);
      this.store.catalog.saveRuntime({ ...runtime, state: 'paused', pauseReason: reason });
      this.audit(actor, 'counter.pause', counterId, null, { reason, note });
    });
    return this.pushCounter(counterId);
  }

  resumeCounter(counterId: number, actor: Actor): CounterView {
    this.store.transaction(() => {
      const runtime = this.requireAt(counterId, actor);
      if (runtime.state !== 'paused') throw conflict('not_paused', `Counter ${this.index.counter(counterId).number} is not paused.`, `Quầy ${this.index.counter(counterId).number} không ở trạng thái tạm dừng.`);
      this.store.catalog.saveRuntime({ ...runtime, state: 'open', pauseReason: null });
      this.audit(actor, 'counter.resume', counterId, null);
    });
    return this.pushCounter(counterId);
  }

  // ------------------------------------------------------------ calling

  callNext(counterId: number, actor: Actor): CallResponse {
    const counter = this.index.counter(counterId);
    const result = this.store.transaction(() => {
      const runtime = this.requireAt(counterId, actor);
      this.assertCalling(runtime);
      this.assertEmptyHanded(counterId);
      this.today();
      const now = this.clock();
      const candidates: Candidate[] = [];
      const weights = new Map(counter.services.map((s) => [s.serviceId, s.weight]));
      const maxWeight = Math.max(1, ...weights.values());
      const heads = [...this.store.tickets.targetedHeads(counterId), ...counter.services.flatMap((s) => this.store.tickets.lineHeads(s.serviceId))];
      for (const h of heads) {
        candidates.push({
          ticketId: h.id, number: String(h.number), serviceName: this.index.services.get(h.serviceId)?.name ?? { vi: '', en: '' },
          priority: h.priority, arrivalAt: new Date(h.arrivalAt), weight: h.targeted ? maxWeight : (weights.get(h.serviceId) ?? 1), targeted: h.targeted,
        });
      }
      const choice = chooseNext(candidates, runtime.priorityStreak, this.policy, now);
      if (!choice) {
        return { record: null, reason: `no ticket is waiting for the services of counter ${counter.number}`, reasonVi: `không có phiếu nào đang chờ các dịch vụ của quầy ${counter.number}` };
      }
      const record = this.apply(choice.ticketId, 'call', actor, counterId, {
        calledAt: now.getTime(), counterId, officerId: runtime.officerId, callReason: choice.reason, callReasonVi: choice.reasonVi, recalls: 0,
      });
      this.store.catalog.saveRuntime({ ...runtime, priorityStreak: choice.priorityStreak });
      return { record, reason: choice.reason, reasonVi: choice.reasonVi };
    });
    if (!result.record) return { ticket: null, reason: result.reason, reasonVi: result.reasonVi };
    this.announce(result.record, false);
    return { ticket: this.view(result.record), reason: result.reason, reasonVi: result.reasonVi };
  }

  /** Calls one live number: a waiting ticket, or one parked at this counter. */
  callNumber(counterId: number, actor: Actor, number: number): Ticket {
    const record = this.store.transaction(() => {
      const runtime = this.requireAt(counterId, actor);
      this.assertCalling(runtime);
      this.assertEmptyHanded(counterId);
      const t = this.store.tickets.liveByNumber(this.today(), number);
      if (!t) throw notFound('no_live_ticket', `No live ticket has number ${number} today.`, `Hôm nay không có phiếu số ${number} đang chờ hoặc đang phục vụ.`);
      if (t.status === 'parked' && t.counterId !== counterId) throw conflict('parked_elsewhere', `Ticket ${number} is parked at counter ${this.counterNumber(t.counterId)}.`, `Phiếu số ${number} đang được tạm giữ tại quầy ${this.counterNumber(t.counterId)}.`);
      if (HELD.includes(t.status)) throw conflict('already_called', `Ticket ${number} was already called at counter ${this.counterNumber(t.counterId)}.`, `Phiếu số ${number} đã được gọi tại quầy ${this.counterNumber(t.counterId)}.`);
      return this.apply(t.id, 'call', actor, counterId, {
        calledAt: this.clock().getTime(), counterId, officerId: runtime.officerId, recalls: 0,
        callReason: `called by number at counter ${this.index.counter(counterId).number}`,
        callReasonVi: `gọi theo số tại quầy ${this.index.counter(counterId).number}`,
      });
    });
    this.announce(record, false);
    return this.view(record);
  }

  recall(counterId: number, actor: Actor): Ticket {
    const { record, recalled } = this.store.transaction(() => {
      this.requireAt(counterId, actor);
      const t = this.store.tickets.liveAtCounter(counterId).find((x) => x.status === 'called');
      if (!t) throw conflict('nothing_to_recall', `Counter ${this.index.counter(counterId).number} has no called ticket to recall.`, `Quầy ${this.index.counter(counterId).number} không có phiếu đã gọi để gọi lại.`);
      if (recallOutcome(t.recalls, this.policy) === 'no_show') {
        return { record: this.apply(t.id, 'no_show', actor, counterId, { finishedAt: this.clock().getTime() }), recalled: false };
      }
      return { record: this.apply(t.id, 'recall', actor, counterId, { recalls: t.recalls + 1 }), recalled: true };
    });
    if (recalled) this.announce(record, true);
    else this.pushCounter(counterId);
    return this.view(record);
  }

  // ------------------------------------------------------------ a ticket in hand

  serve(ticketId: number, actor: Actor): Ticket {
    return this.act(ticketId, actor, 'serve', () => ({ servingAt: this.clock().getTime() }));
  }

  finish(ticketId: number, actor: Actor): Ticket {
    const at = this.clock();
    const ticket = this.act(ticketId, actor, 'finish', () => ({ finishedAt: at.getTime() }));
    this.events.ratingOpen?.({ ticketId: ticket.id, number: ticket.number, counterId: ticket.counterId!, counterNumber: ticket.counterNumber ?? 0, finishedAt: at.toISOString() });
    return ticket;
  }

  noShow(ticketId: number, actor: Actor): Ticket {
    return this.act(ticketId, actor, 'no_show', () => ({ finishedAt: this.clock().getTime() }));
  }

  park(ticketId: number, actor: Actor): Ticket {
    return this.act(ticketId, actor, 'park', () => ({}));
  }

  resume(ticketId: number, actor: Actor): Ticket {
    return this.act(ticketId, actor, 'resume', (t) => {
      this.assertEmptyHanded(t.counterId!);
      return { servingAt: this.clock().getTime() };
    });
  }

  /** Sends a ticket in hand to another service or counter; the new ticket keeps number and arrival. */
  transfer(ticketId: number, actor: Actor, request: TransferRequest): Ticket {
    if (request.serviceId === undefined && request.counterId === undefined) {
      throw invalid('transfer_target_missing', 'Say where to transfer the ticket: a serviceId, a counterId, or both.', 'Hãy chọn nơi chuyển phiếu: một dịch vụ, một quầy, hoặc cả hai.');
    }
    const targetCounter = request.counterId === undefined ? undefined : this.index.counter(request.counterId);
    let serviceId = request.serviceId;
    const { created, counterId } = this.store.transaction(() => {
      const t = this.held(ticketId, actor);
      serviceId ??= targetCounter!.services.some((s) => s.serviceId === t.serviceId)
        ? t.serviceId
        : [...targetCounter!.services].sort((a, b) => b.weight - a.weight)[0]?.serviceId;
      if (serviceId === undefined) throw conflict('counter_serves_nothing', `Counter ${targetCounter!.number} serves no service yet.`, `Quầy ${targetCounter!.number} chưa phục vụ dịch vụ nào.`);
      const service = this.index.service(serviceId);
      if (targetCounter && !targetCounter.services.some((s) => s.serviceId === service.id)) {
        throw conflict('counter_does_not_serve', `Counter ${targetCounter.number} does not serve "${service.name.en}".`, `Quầy ${targetCounter.number} không phục vụ dịch vụ "${service.name.vi}".`);
      }
      const now = this.clock().getTime();
      this.apply(t.id, 'transfer', actor, t.counterId, { finishedAt: now }, { serviceId: service.id, counterId: targetCounter?.id ?? null, toBack: request.toBack ?? false });
      const created = this.store.tickets.insert({
        businessDay: t.businessDay, number: t.number, departmentId: service.departmentId, serviceId: service.id, priority: t.priority,
        lang: t.lang, trackCode: t.trackCode, issuedAt: t.issuedAt, queuedAt: now, arrivalAt: request.toBack ? now : t.arrivalAt,
        targetCounterId: targetCounter?.id ?? null, transferredFrom: t.id, kioskId: t.kioskId, idempotencyKey: null,
      });
      return { created, counterId: t.counterId! };
    });
    this.pushCounter(counterId);
    this.events.queueChanged(this.waitingCounts());
    return this.view(created);
  }

  rate(ticketId: number, actor: Actor, score: RatingScore): void {
    const t = this.store.transaction(() => {
      const t = this.ticket(ticketId);
      const atCounter = actor.deviceCounterId ?? (actor.userId === null ? undefined : this.store.catalog.counterOfOfficer(actor.userId));
      if (t.counterId === null || atCounter !== t.counterId) {
        throw forbidden('not_at_counter', `Ticket ${t.number} was served at counter ${this.counterNumber(t.counterId)}; rate it there.`, `Phiếu số ${t.number} được phục vụ tại quầy ${this.counterNumber(t.counterId)}; vui lòng đánh giá tại quầy đó.`);
      }
      if (t.status !== 'done') throw conflict('not_finished', `Ticket ${t.number} is not finished yet: a rating is taken after service.`, `Phiếu số ${t.number} chưa phục vụ xong: chỉ đánh giá sau khi phục vụ.`);
      if (this.store.audit.isRated(t.id)) throw conflict('already_rated', `Ticket ${t.number} has already been rated. Thank you!`, `Phiếu số ${t.number} đã được đánh giá. Xin cảm ơn!`);
      this.store.audit.addRating({ ticketId: t.id, score, ratedAt: this.clock().getTime(), officerId: t.officerId, counterId: t.counterId, serviceId: t.serviceId });
      this.audit(actor, 'ticket.rate', t.counterId, t.id, { score });
      return t;
    });
    this.events.ratingClosed?.({ ticketId: t.id, number: String(t.number), score }, t.counterId!, t.officerId);
  }

  // ------------------------------------------------------------ views

  view(t: TicketRecord): Ticket {
    const department = this.index.departments.get(t.departmentId);
    const service = this.index.services.get(t.serviceId);
    const ticket: Ticket = {
      id: t.id, number: String(t.number), departmentId: t.departmentId, departmentCode: department?.code ?? '', serviceId: t.serviceId,
      priority: t.priority, status: t.status, issuedAt: new Date(t.issuedAt).toISOString(), trackCode: t.trackCode, recalls: t.recalls,
    };
    if (service) ticket.serviceName = service.name;
    if (t.calledAt !== null) ticket.calledAt = new Date(t.calledAt).toISOString();
    if (t.counterId !== null) {
      ticket.counterId = t.counterId;
      ticket.counterNumber = this.index.counters.get(t.counterId)?.number;
    }
    if (t.callReason) ticket.callReason = t.callReason;
    if (t.callReasonVi) ticket.callReasonVi = t.callReasonVi;
    if (t.targetCounterId !== null) ticket.targetCounterId = t.targetCounterId;
    if (t.status === 'waiting') {
      const ahead = this.store.tickets.ahead(t);
      ticket.position = ahead + 1;
      ticket.etaMinutes = estimateWaitMinutes({
        ahead,
        recentServiceSeconds: this.store.tickets.recentServiceSeconds(t.businessDay, t.serviceId),
        countersServing: this.openCountersServing(t),
      });
    }
    return ticket;
  }

  counterView(counterId: number): CounterView {
    const c = this.index.counter(counterId);
    const runtime = this.runtime(counterId);
    const current = this.store.tickets.liveAtCounter(counterId).find((t) => HELD.includes(t.status));
    return {
      id: c.id, number: c.number, name: c.name, departmentId: c.departmentId, state: runtime.state, pauseReason: runtime.pauseReason,
      current: current ? { number: String(current.number), ticketId: current.id } : null,
    };
  }

  counters(): CounterView[] {
    return this.index.data.counters.map((c) => this.counterView(c.id));
  }

  waitingCounts(): WaitingCounts {
    const counts = this.store.tickets.waitingCounts();
    return Object.fromEntries(this.index.data.departments.map((d) => [d.code, counts.get(d.id) ?? 0]));
  }

  /** The waiting tickets a counter may call, for the officer's console. */
  waitingAt(counterId: number): Ticket[] {
    const counter = this.index.counter(counterId);
    return this.store.tickets.waitingFor(counter.services.map((s) => s.serviceId), counterId).map((t) => this.view(t));
  }

  /** Tickets held or parked at a counter. */
  heldAt(counterId: number): Ticket[] {
    this.index.counter(counterId);
    return this.store.tickets.liveAtCounter(counterId).map((t) => this.view(t));
  }

  recentCalls(limit: number): Omit<Call, 'seq'>[] {
    return this.store.tickets.recentCalls(limit).filter((t) => t.counterId !== null).map((t) => this.callOf(t, false));
  }

  // ------------------------------------------------------------ internals

  private ticket(id: number): TicketRecord {
    const t = this.store.tickets.get(id);
    if (!t) throw notFound('unknown_ticket', `No ticket with id ${id}.`);
    return t;
  }

  private runtime(counterId: number): CounterRuntime {
    const r = this.store.catalog.runtime(counterId);
    if (!r) throw notFound('unknown_counter', `No counter with id ${counterId}.`);
    return r;
  }

  private counterNumber(counterId: number | null): string {
    return counterId === null ? '?' : String(this.index.counters.get(counterId)?.number ?? counterId);
  }

  /** The counter's state, checking that the actor works there (an officer who opened it, or its bound device). */
  private requireAt(counterId: number, actor: Actor): CounterRuntime {
    const counter = this.index.counter(counterId);
    const runtime = this.runtime(counterId);
    const isDevice = actor.deviceCounterId === counterId && runtime.officerId !== null;
    if (!isDevice && (actor.userId === null || runtime.officerId !== actor.userId)) {
      throw forbidden('not_at_counter', `You are not working at counter ${counter.number}. Open it first (POST /api/counters/${counterId}/open).`, `Bạn chưa làm việc tại quầy ${counter.number}. Hãy mở quầy trước.`);
    }
    return runtime;
  }

  private assertCalling(runtime: CounterRuntime): void {
    if (runtime.state === 'paused') {
      throw conflict('counter_paused', `Counter ${this.index.counter(runtime.id).number} is paused (${runtime.pauseReason ?? 'other'}). Resume it before calling.`, `Quầy ${this.index.counter(runtime.id).number} đang tạm dừng. Hãy tiếp tục làm việc trước khi gọi số.`);
    }
  }

  private assertEmptyHanded(counterId: number): void {
    const held = this.store.tickets.liveAtCounter(counterId).find((t) => HELD.includes(t.status));
    if (held) {
      throw conflict('counter_busy', `Counter ${this.index.counter(counterId).number} still has ticket ${held.number} in hand: finish it, mark it no-show, park or transfer it first.`, `Quầy ${this.index.counter(counterId).number} đang giữ phiếu số ${held.number}: hãy kết thúc, đánh dấu vắng mặt, tạm giữ hoặc chuyển phiếu trước.`);
    }
  }

  /** A ticket held at the actor's counter. */
  private held(ticketId: number, actor: Actor): TicketRecord {
    const t = this.ticket(ticketId);
    if (t.counterId === null) throw conflict('not_held', `Ticket ${t.number} is not at any counter: call it first.`, `Phiếu số ${t.number} chưa được gọi đến quầy nào: hãy gọi phiếu trước.`);
    this.requireAt(t.counterId, actor);
    return t;
  }

  private act(ticketId: number, actor: Actor, action: TicketAction, fields: (t: TicketRecord) => TicketChange): Ticket {
    const record = this.store.transaction(() => {
      const t = this.held(ticketId, actor);
      return this.apply(t.id, action, actor, t.counterId, fields(t));
    });
    this.pushCounter(record.counterId!);
    return this.view(record);
  }

  /** Checks the transition, writes it and its audit row. Call inside a transaction. */
  private apply(ticketId: number, action: TicketAction, actor: Actor, counterId: number | null, change: TicketChange, detail?: Record<string, unknown>): TicketRecord {
    const t = this.ticket(ticketId);
    const status = transition(String(t.number), t.status, action);
    const record = this.store.tickets.update(t.id, { ...change, status });
    this.audit(actor, `ticket.${action}`, counterId, t.id, { number: t.number, from: t.status, ...detail });
    return record;
  }

  private audit(actor: Actor, action: string, counterId: number | null, ticketId: number | null, detail?: Record<string, unknown>): void {
    this.store.audit.record({ at: this.clock().getTime(), userId: actor.userId, deviceId: actor.deviceId, action, counterId, ticketId, detail: detail ?? null });
  }

  private openCountersServing(t: TicketRecord): number {
    const counters = t.targetCounterId !== null ? [this.index.counter(t.targetCounterId)] : this.index.countersServing(t.serviceId);
    return counters.filter((c) => this.store.catalog.runtime(c.id)?.state === 'open').length;
  }

  private callOf(t: TicketRecord, recall: boolean): Omit<Call, 'seq'> {
    return {
      ticketId: t.id, number: String(t.number), departmentCode: this.index.departments.get(t.departmentId)?.code ?? '',
      counterId: t.counterId!, counterNumber: this.index.counters.get(t.counterId!)?.number ?? 0,
      calledAt: new Date(recall ? this.clock().getTime() : t.calledAt!).toISOString(), recall,
      announcement: this.announcement(String(t.number), this.index.counters.get(t.counterId!)?.number ?? 0),
    };
  }

  /** The words and clips a display plays for a call, in the center's dialect. */
  announcement(number: string, counterNumber: number): AnnouncementPreview {
    const { dialect, englishAnnouncements } = this.settingsValue.center;
    return buildAnnouncement({ number, counterNumber, dialect, english: englishAnnouncements });
  }

  private announce(t: TicketRecord, recall: boolean): void {
    this.events.called(this.callOf(t, recall));
    this.pushCounter(t.counterId!);
    if (!recall) this.events.queueChanged(this.waitingCounts());
  }

  private pushCounter(counterId: number): CounterView {
    const view = this.counterView(counterId);
    this.events.counterChanged(view);
    return view;
  }
}
