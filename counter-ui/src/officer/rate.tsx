// The rating tablet (/counter/rate?key=<device key>): faces the citizen at one counter. When the
// officer finishes a ticket it asks, with large faces (four, or five on the official scale), how
// the service was; one rating per ticket, then thanks and back to idle.
import '../shared/style.css';
import './rate.css';
import { useEffect, useState } from 'react';
import { ratingLabel, ratingScores, type RatingPrompt, type RatingScore, type RatingTabletState } from '@motcua/protocol';
import { ApiError, call, deviceKey } from '@motcua/protocol/client';
import { ConnectionMark, errorMessage, LangSwitch, useLang, useLiveQueue } from '../shared/index.ts';
import { Face } from './Face.tsx';

const KEY_NAME = 'motcua.rate.key';
const THANKS_MS = 5000;
/** The tablet stops asking about a ticket after this long (the server keeps a prompt 10 minutes). */
const PROMPT_MS = 10 * 60_000;

type Screen = { kind: 'idle' } | { kind: 'ask'; prompt: RatingPrompt } | { kind: 'thanks' };

function Tablet({ keyValue }: { keyValue: string }) {
  const { t } = useLang();
  const [counter, setCounter] = useState<RatingTabletState['counter'] | null>(null);
  const [screen, setScreen] = useState<Screen>({ kind: 'idle' });
  const [error, setError] = useState<string | null>(null);
  const [sending, setSending] = useState(false);
  // The start, and again after each reconnection (a rating:open may have been missed meanwhile).
  const load = async () => {
    try {
      const state = await call('GET /api/rating/prompt', { token: keyValue });
      setCounter(state.counter);
      setError(null);
      setScreen((s) => (s.kind === 'thanks' ? s : state.prompt ? { kind: 'ask', prompt: state.prompt } : { kind: 'idle' }));
    } catch (e) {
      setError(errorMessage(e));
    }
  };
  const live = useLiveQueue({ token: keyValue, on: { online: () => void load() } });
  // The center's scale (4 levels, or the official 5), as the snapshot tells it.
  const scale = live.state?.snapshot?.center?.ratingScale ?? 4;
  const problem = live.connection === 'refused'
    ? t('Khóa thiết bị không hợp lệ hoặc đã bị thu hồi. Hãy báo quản trị viên.', 'This device key is unknown or revoked. Tell the administrator.')
    : error;

  useEffect(() => {
    const socket = live.socket;
    if (!socket) return;
    const onOpen = (prompt: RatingPrompt) => setScreen({ kind: 'ask', prompt });
    const onClosed = ({ ticketId }: { ticketId: number }) => setScreen((s) => (s.kind === 'ask' && s.prompt.ticketId === ticketId ? { kind: 'thanks' } : s));
    socket.on('rating:open', onOpen);
    socket.on('rating:closed', onClosed);
    return () => {
      socket.off('rating:open', onOpen);
      socket.off('rating:closed', onClosed);
    };
  }, [live.socket]);

  // Thanks for a moment; an unanswered question for a while; then idle.
  useEffect(() => {
    if (screen.kind === 'idle') return;
    const ms = screen.kind === 'thanks' ? THANKS_MS : Math.max(0, Date.parse(screen.prompt.finishedAt) + PROMPT_MS - Date.now());
    const timer = setTimeout(() => setScreen((s) => (s === screen ? { kind: 'idle' } : s)), ms);
    return () => clearTimeout(timer);
  }, [screen]);

  const rate = async (prompt: RatingPrompt, score: RatingScore) => {
    setSending(true);
    try {
      await call('POST /api/tickets/:id/rating', { params: { id: prompt.ticketId }, body: { score }, token: keyValue });
      setScreen({ kind: 'thanks' });
      setError(null);
    } catch (e) {
      // Rated already (here or by the officer): nothing more to ask.
      if (e instanceof ApiError && e.status === 409) setScreen({ kind: 'thanks' });
      else setError(errorMessage(e));
    } finally {
      setSending(false);
    }
  };

  return (
    <main className="tablet">
      <header className="tablet-top">
        <span className="tablet-counter">{counter ? t(`Quầy số ${counter.number}`, `Counter ${counter.number}`) : ''}</span>
        <ConnectionMark connection={live.connection} />
        <LangSwitch />
      </header>
      {problem && <p className="error" role="alert">{problem}</p>}
      {screen.kind === 'ask' ? (
        <section className="tablet-ask" data-testid="rate-ask">
          <h1>{t('Quý khách vui lòng đánh giá chất lượng phục vụ', 'Please rate the service you received')}</h1>
          <p className="tablet-ticket">{t(`Phiếu số ${screen.prompt.number}`, `Ticket ${screen.prompt.number}`)}</p>
          <div className={`faces scale-${scale}`}>
            {ratingScores(scale).map((score) => (
              <button key={score} type="button" className={`face score-${score}`} data-score={score} disabled={sending} onClick={() => void rate(screen.prompt, score)}>
                <Face score={score} scale={scale} size={150} />
                <span>{t(ratingLabel(score, scale))}</span>
              </button>
            ))}
          </div>
        </section>
      ) : screen.kind === 'thanks' ? (
        <section className="tablet-message" data-testid="rate-thanks">
          <h1>{t('Cảm ơn quý khách đã đánh giá!', 'Thank you for your rating!')}</h1>
          <p>{t('Ý kiến của quý khách giúp chúng tôi phục vụ tốt hơn.', 'Your opinion helps us serve you better.')}</p>
        </section>
      ) : (
        <section className="tablet-message" data-testid="rate-idle">
          <h1>{t('Xin chào quý khách', 'Welcome')}</h1>
          <p>{t('Sau khi được phục vụ, quý khách vui lòng đánh giá tại đây.', 'After your service, please rate it here.')}</p>
        </section>
      )}
    </main>
  );
}

function MissingKey() {
  const { t } = useLang();
  return (
    <main className="tablet">
      <section className="tablet-message">
        <h1>{t('Máy chưa được cài đặt', 'This tablet is not set up')}</h1>
        <p className="error">{t('Thiếu khóa thiết bị. Mở trang với địa chỉ /counter/rate?key=<khóa của máy> do quản trị viên cấp.', 'No device key. Open /counter/rate?key=<device key> with the key the administrator issued.')}</p>
      </section>
    </main>
  );
}

export default function Rate() {
  const key = deviceKey(KEY_NAME);
  return key ? <Tablet keyValue={key} /> : <MissingKey />;
}
