// "Are you in a priority group?": "No" first and largest, then the five groups of the call policy.
import { PRIORITY_GROUPS, PRIORITY_LABELS, type PriorityGroup } from '@motcua/protocol';
import { useLang } from '@motcua/ui-kit';
import type { ServiceMatch } from '../shared/search.ts';
import { ScreenHead } from './Frame.tsx';

export function PriorityScreen({ choice, onBack, onChoose }: { choice: ServiceMatch; onBack(): void; onChoose(priority: PriorityGroup | null): void }) {
  const { t } = useLang();
  return (
    <div className="priority-screen">
      <ScreenHead title={t(choice.procedure?.name ?? choice.service.name)} onBack={onBack} />
      <h2 className="prompt">{t('Bạn có thuộc nhóm ưu tiên không?', 'Are you in a priority group?')}</h2>
      <button type="button" className="priority-none" onClick={() => onChoose(null)}>
        {t('Không', 'No')}
        <small>{t('Lấy số thường', 'Regular number')}</small>
      </button>
      <div className="priority-groups">
        {PRIORITY_GROUPS.map((group) => (
          <button type="button" key={group} data-group={group} onClick={() => onChoose(group)}>{t(PRIORITY_LABELS[group])}</button>
        ))}
      </div>
      <p className="hint">{t('Nhóm ưu tiên được gọi trước. Cán bộ có thể đề nghị xem giấy tờ.', 'Priority groups are called first. Staff may ask to see a document.')}</p>
    </div>
  );
}
