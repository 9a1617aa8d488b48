// A field typed and shown one fixed way whatever the browser's own language (a native date or time
// input follows the browser's: mm/dd/yyyy and 12-hour AM/PM on an English one). The form keeps the
// value in its wire form in a hidden input of the given name, and tells its page '' while the text
// stands for no value (31/11/2026, 25:00), so the page can say so.
import { useState, type ChangeEvent } from 'react';
import type { LocalizedText } from '@motcua/protocol';
import { useLang } from '@motcua/ui-kit';

/** How a kind of field reads and shows its text. */
export interface TextFormat {
  /** Names the text input (`<name>-<kind>`) and its class (`<kind>-field`). */
  kind: string;
  /** How to type it, after the label. */
  hint: LocalizedText;
  placeholder: string;
  /** The browser's check of the text, so a form is not sent with text that stands for nothing (its message names the hint). */
  pattern: string;
  /** The wire value of the text, or null when it stands for none. */
  parse(text: string): string | null;
  /** The text of a wire value. */
  show(value: string): string;
}

/** `onChange` gets the wire value, or '' while the text stands for none. */
export function FormattedField({ name, label, value, onChange, format }: { name: string; label: string; value: string; onChange(value: string): void; format: TextFormat }) {
  const { t } = useLang();
  const [text, setText] = useState(() => format.show(value));
  const [seen, setSeen] = useState(value);
  if (seen !== value) {
    // Changed from outside (a preset): show it.
    setSeen(value);
    setText(format.show(value));
  }
  const parsed = format.parse(text);
  const change = (e: ChangeEvent<HTMLInputElement>) => {
    setText(e.target.value);
    const next = format.parse(e.target.value) ?? '';
    setSeen(next);
    onChange(next);
  };
  return (
    <label className={`field ${format.kind}-field`}>
      <span>{label} <small className="muted">({t(format.hint)})</small></span>
      <input type="text" inputMode="numeric" name={`${name}-${format.kind}`} placeholder={format.placeholder} required value={text} onChange={change}
        aria-invalid={parsed === null} pattern={format.pattern} title={t(format.hint)} />
      <input type="hidden" name={name} value={parsed ?? value} />
    </label>
  );
}
