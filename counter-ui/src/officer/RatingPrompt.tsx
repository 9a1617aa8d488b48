// After a finish: the citizen rates on the counter's tablet; the officer sees whether it came, and
// may record the rating for a citizen who tells it instead.
import { RATING_LABELS, type RatingScore } from '@motcua/protocol';
import { useLang } from '../shared/index.ts';
import { Face, SCORES } from './Face.tsx';

export interface Finished { ticketId: number; number: string; score: RatingScore | null }

export function RatingPrompt({ finished, onRate, busy }: { finished: Finished; onRate(score: RatingScore): void; busy: boolean }) {
  const { t } = useLang();
  if (finished.score !== null) {
    return (
      <section className="rating-prompt done" data-testid="rating-prompt">
        <Face score={finished.score} size={56} />
        <p>{t(`Số ${finished.number} đã được đánh giá: ${RATING_LABELS[finished.score].vi}.`, `Ticket ${finished.number} was rated: ${RATING_LABELS[finished.score].en}.`)}</p>
      </section>
    );
  }
  return (
    <section className="rating-prompt" data-testid="rating-prompt">
      <p>
        <strong>{t(`Số ${finished.number} đã xong.`, `Ticket ${finished.number} is finished.`)}</strong>{' '}
        {t('Mời công dân đánh giá trên máy tính bảng của quầy, hoặc ghi nhận thay:', "Invite the citizen to rate on the counter's tablet, or record it for them:")}
      </p>
      <div className="row">
        {SCORES.map((score) => (
          <button key={score} type="button" className="btn small face-button" disabled={busy} onClick={() => onRate(score)} title={t(RATING_LABELS[score])}>
            <Face score={score} size={28} /> {t(RATING_LABELS[score])}
          </button>
        ))}
      </div>
    </section>
  );
}
