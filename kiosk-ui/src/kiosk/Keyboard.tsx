// The on-screen Vietnamese keyboard: a row of digits with the dot and dash of procedure and dossier
// codes, plain letters, the letters ă â ê ô ơ ư đ, and five tone keys that put the tone on the
// right vowel of the last word (each key shows the letter it will make). Every key names itself in
// data-key (space, delete, clear for the wide ones). A physical keyboard plugged into the kiosk
// (or a scanner typing as one) edits the same text where a screen asks for it (usePhysicalKeys).
import { useEffect, useEffectEvent } from 'react';
import { useLang } from '@motcua/ui-kit';
import { applyTone, TONES, tonePreview } from '../shared/tones.ts';

const DIGIT_ROW = '1234567890.-';
const LETTER_ROWS = ['qwertyuiop', 'asdfghjkl', 'zxcvbnm'];
const VIETNAMESE_LETTERS = ['ă', 'â', 'ê', 'ô', 'ơ', 'ư', 'đ'];

/** The text after a letter or digit. */
const typed = (value: string, letter: string) => value + letter;
/** The text after a space: none at the start, never two in a row. */
const spaced = (value: string) => (value && !value.endsWith(' ') ? `${value} ` : value);
/** The text less its last letter. */
const deleted = (value: string) => [...value].slice(0, -1).join('');

/** A letter or digit of a physical key (any script: an input method may type Vietnamese), or the dot and dash of codes. */
const PRINTABLE = /^[\p{L}\p{N}.-]$/u;

/**
 * Keys of a physical keyboard edit `value` as the on-screen keys do: letters and digits (in lower
 * case, as the on-screen keys type them), space, Backspace. Shortcuts (Ctrl, Alt, Meta) and the
 * keys that move between buttons (arrows, Tab, Enter) are left to the page.
 */
export function usePhysicalKeys(value: string, onChange: (value: string) => void): void {
  const onKey = useEffectEvent((event: KeyboardEvent) => {
    if (event.ctrlKey || event.altKey || event.metaKey || event.defaultPrevented) return;
    const next = event.key === 'Backspace' ? deleted(value)
      : event.key === ' ' ? spaced(value)
        : PRINTABLE.test(event.key) ? typed(value, event.key.toLowerCase()) : null;
    if (next === null) return;
    event.preventDefault(); // a space would also press the focused button
    if (next !== value) onChange(next);
  });
  useEffect(() => {
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}

export function Keyboard({ value, onChange }: { value: string; onChange(value: string): void }) {
  const { t } = useLang();
  const type = (letter: string) => onChange(typed(value, letter));
  const letterKey = (letter: string) => (
    <button type="button" key={letter} className="key" data-key={letter} onClick={() => type(letter)}>{letter}</button>
  );
  return (
    <div className="keyboard" aria-label={t('Bàn phím', 'Keyboard')}>
      <div className="key-row digits">{[...DIGIT_ROW].map(letterKey)}</div>
      {LETTER_ROWS.map((row, i) => (
        <div className="key-row" key={row}>
          {[...row].map(letterKey)}
          {i === 2 && (
            <button type="button" className="key wide" data-key="delete" aria-label={t('Xóa một chữ', 'Delete one letter')} onClick={() => onChange(deleted(value))}>⌫</button>
          )}
        </div>
      ))}
      <div className="key-row">
        {VIETNAMESE_LETTERS.map(letterKey)}
        <button type="button" className="key wide" data-key="space" onClick={() => onChange(spaced(value))}>{t('Dấu cách', 'Space')}</button>
      </div>
      <div className="key-row">
        {TONES.map((tone) => {
          const preview = tonePreview(value, tone);
          return (
            <button type="button" key={tone} className="key tone" disabled={preview === null} onClick={() => onChange(applyTone(value, tone))}>
              {preview ?? `◌${tone}`}
            </button>
          );
        })}
        <button type="button" className="key wide" data-key="clear" onClick={() => onChange('')}>{t('Xóa hết', 'Clear')}</button>
      </div>
    </div>
  );
}
