// My day: tickets served today, the average service time, and the ratings so far.
import { useEffect, useState } from 'react';
import type { OfficerDay } from '@motcua/protocol';
import { useApi, useLang } from '../shared/index.ts';
import { duration } from './time.ts';

/** `version` changes whenever the day may have changed (a finish, a no-show, a rating). */
export function MyDay({ version }: { version: number }) {
  const { t, lang } = useLang();
  const api = useApi();
  const [day, setDay] = useState<OfficerDay | null>(null);
  useEffect(() => {
    let live = true;
    api('GET /api/me/day').then((d) => live && setDay(d), () => undefined);
    return () => { live = false; };
  }, [api, version]);
  if (!day) return null;
  const average = day.ratings.average === null ? '–' : day.ratings.average.toLocaleString(lang === 'vi' ? 'vi-VN' : 'en-GB', { maximumFractionDigits: 1 });
  return (
    <section className="card my-day" aria-label={t('Hôm nay của tôi', 'My day')}>
      <h2>{t('Hôm nay của tôi', 'My day')}</h2>
      <dl>
        <div><dt>{t('Đã phục vụ', 'Served')}</dt><dd data-testid="day-served">{day.served}</dd></div>
        <div><dt>{t('Thời gian TB', 'Average time')}</dt><dd>{duration(day.averageServiceSeconds, t)}</dd></div>
        <div><dt>{t('Đánh giá', 'Ratings')}</dt><dd data-testid="day-ratings">{day.ratings.count} <small>({t('TB', 'avg')} {average}/4)</small></dd></div>
        <div><dt>{t('Vắng mặt', 'No-shows')}</dt><dd>{day.noShow}</dd></div>
      </dl>
    </section>
  );
}
