// The main view at an open counter: the ticket in hand with the actions its state allows, the
// parked tickets, the waiting list, my day, and the dialogs. Every action has a key.
import { useCallback, useEffect, useState } from 'react';
import { PAUSE_LABELS, ratingScores, type Catalog, type KeypadAction, type PauseReason, type RatingClosed, type RatingScore, type RouteKey, type Ticket, type TicketResponse, type TransferRequest } from '@motcua/protocol';
import { type ApiArgs, type LiveSocket, useLang } from '../shared/index.ts';
import { ActionButton, type Tone } from './ActionButton.tsx';
import { ACTIONS, digitOf, ratingKeys, useShortcuts, type ActionId } from './actions.ts';
import { MyDay } from './MyDay.tsx';
import { RatingPrompt, type Finished } from './RatingPrompt.tsx';
import { CallNumberDialog, CloseDialog, HelpOverlay, NoShowDialog, PauseDialog } from './SmallDialogs.tsx';
import { TicketPanel } from './TicketPanel.tsx';
import { TransferDialog } from './TransferDialog.tsx';
import { useDesk, type Desk, type DeskControl } from './useDesk.ts';
import { WaitingList } from './WaitingList.tsx';

type Dialog = 'transfer' | 'callNumber' | 'pause' | 'close' | 'noShow' | 'help';

interface Props {
  counterId: number;
  recallLimit: number;
  catalog: Catalog;
  liveSeq: number | undefined;
  /** The live stream lost the server. */
  offline: boolean;
  socket: LiveSocket | null;
  onClosed(): void;
}

const TONES: Partial<Record<ActionId, Tone>> = { callNext: 'primary', serve: 'primary', finish: 'good', noShow: 'danger', resumeCounter: 'primary' };

export function Workspace(props: Props) {
  const { t } = useLang();
  const control = useDesk(props.counterId, props.liveSeq, props.offline);
  if (!control.desk) return <p className="loading">{t('Đang tải quầy…', 'Loading the counter…')}</p>;
  return <DeskView {...props} control={control} desk={control.desk} />;
}

function DeskView({ counterId, recallLimit, catalog, socket, onClosed, control, desk }: Props & { control: DeskControl; desk: Desk }) {
  const { t } = useLang();
  const { error, busy, dismissError, showError, run } = control;
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [finished, setFinished] = useState<Finished | null>(null);
  const [dayVersion, setDayVersion] = useState(0);
  // The keypad's no-show question, while the keypad waits for its key again.
  const [keypadAsks, setKeypadAsks] = useState<{ message: string; ticketId: number | undefined; seconds: number } | null>(null);

  // A rating from the tablet (or recorded here) closes the prompt and changes my day. What the
  // counter's call keypad did shows here as if done on the console.
  useEffect(() => {
    if (!socket) return;
    const onClosedRating = ({ ticketId, score }: RatingClosed) => {
      setFinished((f) => (f && f.ticketId === ticketId ? { ...f, score } : f));
      setDayVersion((v) => v + 1);
    };
    const onKeypad = (action: KeypadAction) => {
      if (action.counterId !== counterId) return;
      const message = t(action.messageVi ?? action.message, action.message);
      setKeypadAsks(null);
      if (!action.ok) return showError(message);
      // What the keypad did since supersedes its refusal before.
      dismissError();
      if (action.asksAgainWithinSeconds !== undefined) {
        setNotice(null);
        return setKeypadAsks({ message, ticketId: action.ticketId, seconds: action.asksAgainWithinSeconds });
      }
      setNotice(message);
      if (action.action === 'transfer') setDialog('transfer');
      if (action.action === 'finish' || action.action === 'no-show') setDayVersion((v) => v + 1);
      setFinished(action.action === 'finish' && action.ticketId !== undefined ? { ticketId: action.ticketId, number: action.number ?? '', score: null } : null);
    };
    socket.on('rating:closed', onClosedRating);
    socket.on('keypad:action', onKeypad);
    return () => {
      socket.off('rating:closed', onClosedRating);
      socket.off('keypad:action', onKeypad);
    };
  }, [socket, counterId, showError, dismissError, t]);

  useEffect(() => {
    if (!keypadAsks) return;
    const timer = setTimeout(() => setKeypadAsks(null), keypadAsks.seconds * 1000);
    return () => clearTimeout(timer);
  }, [keypadAsks]);

  const counter = desk.counter;
  useEffect(() => {
    if (counter.state === 'closed') onClosed();
  }, [counter.state, onClosed]);

  const closeDialog = useCallback(() => {
    setDialog(null);
    dismissError();
  }, [dismissError]);

  const inHand = desk.held.find((x) => x.status === 'called' || x.status === 'serving');
  const parked = desk.held.filter((x) => x.status === 'parked');
  const paused = counter.state === 'paused';
  // The no-show question is about the ticket as called: gone once it is served or ended elsewhere (the keypad).
  const noShowAsked = dialog === 'noShow' && inHand?.status === 'called';
  if (dialog === 'noShow' && !noShowAsked) setDialog(null);

  const post = <K extends RouteKey>(route: K, ...args: ApiArgs<K>) => {
    setNotice(null);
    return run((api) => api(route, ...args));
  };
  const onTicket = (action: 'serve' | 'park' | 'finish' | 'no-show') => post(`POST /api/tickets/:id/${action}`, { params: { id: inHand!.id } });
  const atCounter = { params: { id: counterId } };
  const startOver = (message: string | null) => {
    setNotice(message);
    setFinished(null);
  };
  const callNext = async () => {
    const answer = await post('POST /api/counters/:id/call-next', atCounter);
    if (answer) startOver(answer.ticket ? null : t('Không còn ai chờ các lĩnh vực của quầy này.', 'Nobody is waiting for the services of this counter.'));
  };
  const called = async (answer: Promise<TicketResponse | undefined>) => {
    if (await answer) {
      startOver(null);
      setDialog(null);
    }
  };
  const ended = async (path: 'finish' | 'no-show') => {
    const ticket = inHand!;
    const answer = await onTicket(path);
    if (!answer) return;
    setDialog(null);
    setDayVersion((v) => v + 1);
    if (path === 'finish') {
      setNotice(null);
      setFinished({ ticketId: ticket.id, number: ticket.number, score: null });
    } else startOver(t(`Số ${ticket.number} được ghi là vắng mặt.`, `Ticket ${ticket.number} was marked no-show.`));
  };
  const recall = async () => {
    const answer = await post('POST /api/counters/:id/recall', atCounter);
    if (answer?.ticket.status === 'no_show') {
      setDayVersion((v) => v + 1);
      startOver(t(`Số ${answer.ticket.number} đã hết lượt gọi lại nên được ghi là vắng mặt.`, `Ticket ${answer.ticket.number} ran out of recalls and was marked no-show.`));
    }
  };
  const transfer = async (request: TransferRequest) => {
    const ticket = inHand!;
    const answer = await post('POST /api/tickets/:id/transfer', { params: { id: ticket.id }, body: request });
    if (!answer) return;
    setDialog(null);
    setDayVersion((v) => v + 1);
    // Sent to a counter: that counter by number (the service stays the ticket's own); else the service.
    const service = answer.ticket.serviceName ? t(answer.ticket.serviceName) : '';
    const to = catalog.counters.find((c) => c.id === request.counterId);
    const where = to ? t(`quầy ${to.number}`, `counter ${to.number}`) + (service ? ` (${service})` : '') : service;
    startOver(t(`Đã chuyển số ${ticket.number} sang ${where}.`, `Ticket ${ticket.number} was transferred to ${where}.`));
  };
  const pause = async (reason: PauseReason, note?: string) => {
    if (await post('POST /api/counters/:id/pause', { ...atCounter, body: { reason, note } })) setDialog(null);
  };
  const close = async () => {
    if (await post('POST /api/counters/:id/close', atCounter)) onClosed();
  };
  const rate = (score: RatingScore) => {
    void post('POST /api/tickets/:id/rating', { params: { id: finished!.ticketId }, body: { score } });
  };
  const resumeParked = (ticket: Ticket) => void called(post('POST /api/tickets/:id/resume', { params: { id: ticket.id } }));

  // What may be done now, each with its handler: the buttons and the keys come from this one map.
  const available: Partial<Record<ActionId, (event?: KeyboardEvent) => void>> = { help: () => setDialog('help') };
  if (paused) {
    available.resumeCounter = () => void post('POST /api/counters/:id/resume', atCounter);
    available.close = () => setDialog('close');
  } else if (!inHand) {
    available.callNext = () => void callNext();
    available.callNumber = () => setDialog('callNumber');
    if (parked[0]) available.resume = () => resumeParked(parked[0]!);
    available.pause = () => setDialog('pause');
    available.close = () => setDialog('close');
  } else {
    if (inHand.status === 'called') {
      available.recall = () => void recall();
      available.serve = () => void onTicket('serve');
    }
    available.finish = () => void ended('finish');
    if (inHand.status === 'called') available.noShow = () => setDialog('noShow');
    available.transfer = () => setDialog('transfer');
    available.park = () => void onTicket('park').then((a) => a && startOver(null));
  }
  const scale = catalog.center?.ratingScale ?? 4;
  const rating = finished && !inHand;
  if (rating && finished.score === null) {
    available.rate = (event) => {
      const score = ratingScores(scale)[ratingKeys(scale).indexOf((event && digitOf(event)) ?? '')];
      if (score !== undefined) rate(score);
    };
  }
  useShortcuts(busy ? { help: available.help } : available, dialog === null);

  const left = Math.max(0, recallLimit - (inHand?.recalls ?? 0));
  const button = (id: ActionId) => {
    const handler = available[id];
    if (!handler) return null;
    const label = id === 'recall' ? `${t(ACTIONS.recall.label)} (${t(`còn ${left}`, `${left} left`)})` : undefined;
    return <ActionButton key={id} id={id} tone={TONES[id]} disabled={busy} onRun={handler} label={label} />;
  };
  const mainActions: ActionId[] = ['callNext', 'resumeCounter', 'recall', 'serve', 'finish', 'noShow', 'transfer', 'park', 'resume'];
  const sideActions: ActionId[] = ['callNumber', 'pause', 'close', 'help'];

  return (
    <div className="workspace">
      <div className="desk">
        {error && dialog === null && (
          <div className="error row spread" role="alert">
            <span>{error}</span>
            <button type="button" className="btn small" onClick={dismissError}>{t('Đã hiểu', 'OK')}</button>
          </div>
        )}
        {notice && !error && <p className="notice" role="status">{notice}</p>}
        {keypadAsks && keypadAsks.ticketId === inHand?.id && <p className="notice keypad-asks" role="alert" data-testid="keypad-asks">{keypadAsks.message}</p>}
        {paused ? (
          <section className="paused-panel" data-testid="paused">
            <h2>{t('Quầy đang tạm dừng', 'The counter is paused')}</h2>
            <p>{counter.pauseReason ? t(PAUSE_LABELS[counter.pauseReason]) : ''}</p>
            {desk.pauseNote && <p className="pause-note" data-testid="pause-note" dir="auto">{desk.pauseNote}</p>}
            <p className="muted">{t('Không gọi số mới cho đến khi làm việc tiếp.', 'No new calls until you resume.')}</p>
          </section>
        ) : inHand ? (
          <TicketPanel ticket={inHand} recallLimit={recallLimit} />
        ) : (
          <section className="idle-panel">
            <h2>{t('Sẵn sàng gọi số tiếp theo', 'Ready to call the next ticket')}</h2>
            <p className="muted">{t('Nhấn Space hoặc Enter để gọi.', 'Press Space or Enter to call.')}</p>
          </section>
        )}
        {rating && <RatingPrompt finished={finished} scale={scale} onRate={rate} busy={busy} />}
        <div className="actions main-actions">{mainActions.map(button)}</div>
        {parked.length > 0 && (
          <section className="parked">
            <h3>{t('Số đang tạm giữ ở quầy này', 'Parked at this counter')}</h3>
            <ul>
              {parked.map((p) => (
                <li key={p.id} className="row">
                  <strong>{p.number}</strong> <span>{p.serviceName ? t(p.serviceName) : ''}</span>
                  <button type="button" className="btn small" disabled={busy || !!inHand || paused} onClick={() => resumeParked(p)}>{t('Tiếp tục phục vụ', 'Resume')}</button>
                </li>
              ))}
            </ul>
          </section>
        )}
        <div className="actions side-actions">{sideActions.map(button)}</div>
      </div>
      <aside className="side">
        <MyDay version={dayVersion} />
        <WaitingList waiting={desk.waiting} nextId={desk.nextId} counterId={counterId} />
      </aside>
      {dialog === 'transfer' && inHand && <TransferDialog ticket={inHand} catalog={catalog} error={error} busy={busy} onTransfer={(r) => void transfer(r)} onClose={closeDialog} />}
      {dialog === 'callNumber' && <CallNumberDialog error={error} busy={busy} onClose={closeDialog} onCall={(n) => void called(post('POST /api/counters/:id/call', { ...atCounter, body: { number: n } }))} />}
      {dialog === 'pause' && <PauseDialog error={error} busy={busy} onClose={closeDialog} onPause={(r, n) => void pause(r, n)} />}
      {dialog === 'close' && <CloseDialog error={error} busy={busy} onClose={closeDialog} onConfirm={() => void close()} counterNumber={counter.number} />}
      {noShowAsked && (
        <NoShowDialog error={error} busy={busy} onClose={closeDialog} onConfirm={() => void ended('no-show')} number={inHand!.number} />
      )}
      {dialog === 'help' && <HelpOverlay onClose={closeDialog} ratingScale={scale} />}
    </div>
  );
}
