// A big action button with its shortcut keys printed on it.
import { useLang } from '../shared/index.ts';
import { ACTIONS, type ActionId } from './actions.ts';

export type Tone = 'primary' | 'good' | 'danger' | 'plain';

export function ActionButton({ id, tone = 'plain', disabled, onRun, label }: { id: ActionId; tone?: Tone; disabled?: boolean; onRun(): void; label?: string }) {
  const { t } = useLang();
  const info = ACTIONS[id];
  return (
    <button type="button" className={`btn action ${tone}`} data-action={id} disabled={disabled} onClick={onRun}>
      <span>{label ?? t(info.label)}</span>
      <span className="keys">{info.keys.map((k) => <kbd key={k}>{k}</kbd>)}</span>
    </button>
  );
}
