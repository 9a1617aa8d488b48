// A forecast wait in whole minutes, said as the printed ticket says it: "dưới 1 phút" (under 1 min), never "0 phút".
import type { LangValue } from '@motcua/ui-kit';

export function waitText(minutes: number, t: LangValue['t']): string {
  return minutes < 1 ? t('dưới 1 phút', 'under 1 min') : `${minutes} ${t('phút', 'min')}`;
}
