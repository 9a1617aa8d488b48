// A waiting ticket's place and forecast wait, as the kiosk's ticket screen and the phone page show
// them (and the printed ticket says them): the place counts the ticket's own service line, the wait
// counts everything the counters serve; with no counter open for the service, no wait is promised.
import type { LangValue } from '@motcua/ui-kit';

/** A forecast wait in whole minutes, said as the printed ticket says it: "dưới 1 phút" (under 1 min), never "0 phút". */
function waitText(minutes: number, t: LangValue['t']): string {
  return minutes < 1 ? t('dưới 1 phút', 'under 1 min') : `${minutes} ${t('phút', 'min')}`;
}

interface WaitFactsProps {
  ahead: number;
  etaMinutes: number | undefined;
  noOpenCounter: boolean;
  t: LangValue['t'];
}

/** Two rows of a <dl>: the people ahead in the same service, and the wait (or that no counter is open yet). */
export function WaitFacts({ ahead, etaMinutes, noOpenCounter, t }: WaitFactsProps) {
  return (
    <>
      <div><dt>{t('Trước bạn, cùng dịch vụ', 'Ahead of you, same service')}</dt><dd>{ahead} {t('người', '')}</dd></div>
      {noOpenCounter
        ? <div><dt>{t('Chờ khoảng', 'Wait about')}</dt><dd>{t('chưa có quầy mở', 'no counter open yet')}</dd></div>
        : etaMinutes !== undefined && <div><dt>{t('Chờ khoảng', 'Wait about')}</dt><dd>{waitText(etaMinutes, t)}</dd></div>}
    </>
  );
}
