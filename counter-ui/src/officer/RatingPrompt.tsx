// After a finish: the citizen rates on the counter's tablet; the officer sees whether it came, and
// may record the rating for a citizen who tells it instead: a button, or its digit key (1 the leftmost, the best).
import { ratingLabel, ratingScores, type RatingScale, type RatingScore } from '@motcua/protocol';
import { useLang } from '../shared/index.ts';
import { ratingKeys } from './actions.ts';
import { Face } from './Face.tsx';

export interface Finished { ticketId: number; number: string; score: RatingScore | null }

/** `scale`: the center's rating scale (4 levels, or the official 5). */
export function RatingPrompt({ finished, scale, onRate, busy }: { finished: Finished; scale: RatingScale; onRate(score: RatingScore): void; busy: boolean }) {
  const { t } = useLang();
  if (finished.score !== null) {
    return (
      <section className="rating-prompt done" data-testid="rating-prompt">
        <Face score={finished.score} scale={scale} size={56} />
        <p>{t(`Số ${finished.number} đã được đánh giá: ${ratingLabel(finished.score, scale).vi}.`, `Ticket ${finished.number} was rated: ${ratingLabel(finished.score, scale).en}.`)}</p>
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
        {ratingScores(scale).map((score, i) => {
          const key = ratingKeys(scale)[i]!;
          return (
            <button key={score} type="button" className="btn small face-button" disabled={busy} onClick={() => onRate(score)} title={t(ratingLabel(score, scale))} aria-keyshortcuts={key}>
              <Face score={score} scale={scale} size={28} /> {t(ratingLabel(score, scale))} <kbd aria-hidden="true">{key}</kbd>
            </button>
          );
        })}
      </div>
    </section>
  );
}
