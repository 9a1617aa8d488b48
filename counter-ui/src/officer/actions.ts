// The officer's actions: one table gives each its label, its keys (shown on its button and in the
// help overlay) and how a key press is recognised. Which are available depends on the desk's state.
import { useEffect, useEffectEvent } from 'react';
import { ratingScores, type LocalizedText, type RatingScale } from '@motcua/protocol';

const RATING_DIGITS = ['1', '2', '3', '4', '5'];

export type ActionId =
  | 'callNext' | 'recall' | 'serve' | 'finish' | 'noShow' | 'transfer' | 'park' | 'resume'
  | 'callNumber' | 'pause' | 'resumeCounter' | 'close' | 'help' | 'rate';

export interface ActionInfo {
  label: LocalizedText;
  /** Keys as printed on the button. */
  keys: string[];
  /** KeyboardEvent.code values (layout independent), or KeyboardEvent.key for '?'. */
  codes: string[];
  /** How the action asks before it acts, for the help overlay. */
  asks?: LocalizedText;
}

export const ACTIONS: Record<ActionId, ActionInfo> = {
  callNext: { label: { vi: 'Gọi số tiếp theo', en: 'Call next' }, keys: ['Space', 'Enter'], codes: ['Space', 'Enter', 'NumpadEnter'] },
  recall: { label: { vi: 'Gọi lại', en: 'Recall' }, keys: ['R'], codes: ['KeyR'] },
  serve: { label: { vi: 'Bắt đầu phục vụ', en: 'Start serving' }, keys: ['S'], codes: ['KeyS'] },
  finish: { label: { vi: 'Hoàn thành', en: 'Finish' }, keys: ['F'], codes: ['KeyF'] },
  noShow: {
    label: { vi: 'Vắng mặt', en: 'No-show' }, keys: ['N'], codes: ['KeyN'],
    asks: { vi: 'hỏi lại trước: Enter hoặc N lần nữa để ghi, Esc để thôi', en: 'asks first: Enter or N again to mark, Esc to cancel' },
  },
  transfer: { label: { vi: 'Chuyển…', en: 'Transfer…' }, keys: ['T'], codes: ['KeyT'] },
  park: { label: { vi: 'Tạm giữ', en: 'Park' }, keys: ['P'], codes: ['KeyP'] },
  resume: { label: { vi: 'Tiếp tục số tạm giữ', en: 'Resume parked' }, keys: ['P'], codes: ['KeyP'] },
  callNumber: { label: { vi: 'Gọi số cụ thể…', en: 'Call a number…' }, keys: ['G'], codes: ['KeyG'] },
  pause: { label: { vi: 'Tạm dừng…', en: 'Pause…' }, keys: ['B'], codes: ['KeyB'] },
  resumeCounter: { label: { vi: 'Làm việc tiếp', en: 'Resume work' }, keys: ['B'], codes: ['KeyB'] },
  close: { label: { vi: 'Đóng quầy…', en: 'Close counter…' }, keys: ['Q'], codes: ['KeyQ'] },
  help: { label: { vi: 'Phím tắt', en: 'Shortcuts' }, keys: ['?'], codes: ['?'] },
  // The rating buttons in their order, from the left (the best first), as on the counter's rating box: as many keys as the scale has levels.
  rate: {
    label: { vi: 'Ghi đánh giá thay công dân: nút thứ 1, 2, … từ trái sang', en: "Record the citizen's rating: button 1, 2, … from the left" },
    keys: RATING_DIGITS, codes: RATING_DIGITS.flatMap((d) => [`Digit${d}`, `Numpad${d}`]),
  },
};

/** The keys of the rating buttons, from the left: 1–4, or 1–5 on the official 5-level scale. */
export function ratingKeys(scale: RatingScale): string[] {
  return RATING_DIGITS.slice(0, ratingScores(scale).length);
}

/** The digit of a digit key (main row or keypad), as printed on its key. */
export function digitOf(event: KeyboardEvent): string | undefined {
  return /^(?:Digit|Numpad)(\d)$/.exec(event.code)?.[1];
}

/** True while the user types into a field: shortcuts stay quiet then. */
function typing(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

function matches(info: ActionInfo, event: KeyboardEvent): boolean {
  return info.codes.includes(event.code) || info.codes.includes(event.key);
}

/**
 * Runs the available action whose key was pressed (given the key press: the rating's digit says which button). Off while `enabled` is false (a dialog is open),
 * while typing, with Ctrl/Alt/Meta held, and for auto-repeated keys.
 */
export function useShortcuts(available: Partial<Record<ActionId, (event?: KeyboardEvent) => void>>, enabled: boolean): void {
  const onKey = useEffectEvent((event: KeyboardEvent) => {
    if (event.ctrlKey || event.altKey || event.metaKey || event.repeat || typing(event.target)) return;
    const entry = (Object.entries(available) as [ActionId, (event: KeyboardEvent) => void][]).find(([id]) => matches(ACTIONS[id], event));
    if (!entry) return;
    // Space and Enter would also press the focused button: the shortcut wins.
    event.preventDefault();
    entry[1](event);
  });
  useEffect(() => {
    if (!enabled) return;
    const onKeyDown = (event: KeyboardEvent) => onKey(event);
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [enabled]);
}
