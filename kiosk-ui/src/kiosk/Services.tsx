// A department's services as tiles; the same tile lists search results.
import type { CatalogDepartment } from '@motcua/protocol';
import { useLang } from '@motcua/ui-kit';
import type { ServiceMatch } from '../shared/search.ts';
import { ScreenHead } from './Frame.tsx';

export function ServiceTile({ match, showDepartment, onChoose }: { match: ServiceMatch; showDepartment: boolean; onChoose(match: ServiceMatch): void }) {
  const { t } = useLang();
  return (
    <button type="button" className="service-tile" data-code={match.department.code} onClick={() => onChoose(match)}>
      <span className="name">{t(match.service.name)}</span>
      {showDepartment && <span className="department">{t(match.department.name)}</span>}
    </button>
  );
}

export function DepartmentScreen({ department, onBack, onChoose }: { department: CatalogDepartment; onBack(): void; onChoose(match: ServiceMatch): void }) {
  const { t } = useLang();
  return (
    <div className="department-screen" data-code={department.code}>
      <ScreenHead title={t(department.name)} onBack={onBack} />
      <p className="prompt">{t('Mời chọn dịch vụ', 'Please choose a service')}</p>
      <div className="service-grid">
        {department.services.map((service) => (
          <ServiceTile key={service.id} match={{ service, department }} showDepartment={false} onChoose={onChoose} />
        ))}
      </div>
    </div>
  );
}
