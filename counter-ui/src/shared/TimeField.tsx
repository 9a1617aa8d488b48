// A time of day typed and shown on the 24-hour clock, HH:MM, in both languages: a native time input
// follows the browser's (Chromium: the system's) language and shows "08:00 AM" on an English one.
// Reads 7:30, 07:30, 7.30, 7h30 and 0730; the form keeps HH:MM, as the API takes it.
import { FormattedField, type TextFormat } from './FormattedField.tsx';

/** "HH:MM" of a time typed on the 24-hour clock; null when it is no time of day (25:00, 7:5). */
export function parseTime(text: string): string | null {
  const m = /^\s*(\d{1,2})[:.hH]?(\d{2})\s*$/.exec(text);
  if (!m) return null;
  const [hours, minutes] = [Number(m[1]), Number(m[2])];
  if (hours > 23 || minutes > 59) return null;
  return `${String(hours).padStart(2, '0')}:${m[2]}`;
}

const TIME: TextFormat = {
  kind: 'time', hint: { vi: 'giờ:phút, 24 giờ', en: 'hours:minutes, 24-hour' }, placeholder: 'hh:mm',
  pattern: '\\s*([01]?\\d|2[0-3])[:.hH]?[0-5]\\d\\s*', parse: parseTime, show: (value) => value,
};

/** `onChange` gets "HH:MM", or '' while the text is no time of day. */
export function TimeField(props: { name: string; label: string; value: string; onChange(time: string): void }) {
  return <FormattedField {...props} format={TIME} />;
}
