// A day typed and shown the Vietnamese way, dd/mm/yyyy, whatever the browser's own language (a
// native date input follows the browser's and shows mm/dd/yyyy on an English one). The form
// keeps the ISO day (YYYY-MM-DD) in a hidden input of the given name, and tells its page '' while the
// text is no real day (31/11/2026), so the page says so instead of asking for another range.
import type { LocalizedText } from '@motcua/protocol';
import { FormattedField, type TextFormat } from './FormattedField.tsx';

const shown = (iso: string) => (/^\d{4}-\d\d-\d\d$/.test(iso) ? `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}` : iso);

/** The ISO day of "d/m/yyyy" (or d-m-yyyy, d.m.yyyy) when it is a real date; null otherwise. */
export function parseDay(text: string): string | null {
  const m = /^\s*(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\s*$/.exec(text);
  if (!m) return null;
  const [day, month, year] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return date.toISOString().slice(0, 10);
}

/** The two fields of a range of days, as the reports and the audit log label them. */
export const RANGE_LABELS = { from: { vi: 'Từ ngày', en: 'From' }, to: { vi: 'Đến ngày', en: 'To' } } as const satisfies Record<string, LocalizedText>;

/** Why a range cannot be asked for: a field without a real day (named); null when both are days. */
export function rangeProblem(range: { from: string; to: string }): LocalizedText | null {
  const bad = (['from', 'to'] as const).find((field) => !/^\d{4}-\d\d-\d\d$/.test(range[field]));
  if (!bad) return null;
  const { vi, en } = RANGE_LABELS[bad];
  return {
    vi: `Ô “${vi}” không phải một ngày có thật. Nhập theo ngày/tháng/năm, ví dụ 30/11/2026.`,
    en: `“${en}” is not a real day. Type it as day/month/year, e.g. 30/11/2026.`,
  };
}

const DAY: TextFormat = {
  kind: 'day', hint: { vi: 'ngày/tháng/năm', en: 'day/month/year' }, placeholder: 'dd/mm/yyyy',
  pattern: '\\s*\\d{1,2}[/.\\-]\\d{1,2}[/.\\-]\\d{4}\\s*', parse: parseDay, show: shown,
};

/** `onChange` gets the ISO day, or '' while the text is no real day. */
export function DayField(props: { name: string; label: string; value: string; onChange(iso: string): void }) {
  return <FormattedField {...props} format={DAY} />;
}
