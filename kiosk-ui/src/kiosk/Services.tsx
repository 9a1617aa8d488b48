// A department's services as tiles; the same tile lists search results.
import type { CatalogDepartment } from '@motcua/protocol';
import { useTexts } from '../shared/lang.tsx';
import type { ServiceMatch } from '../shared/search.ts';
import { ScreenHead } from './Frame.tsx';

export function ServiceTile({ match, showDepartment, onChoose }: { match: ServiceMatch; showDepartment: boolean; onChoose(match: ServiceMatch): void }) {
  const { pick } = useTexts();
  return (
    <button type="button" className="service-tile" data-code={match.department.code} onClick={() => onChoose(match)}>
      <span className="name">{pick(match.service.name)}</span>
      {showDepartment && <span className="department">{pick(match.department.name)}</span>}
    </button>
  );
}

export function DepartmentScreen({ department, onBack, onChoose }: { department: CatalogDepartment; onBack(): void; onChoose(match: ServiceMatch): void }) {
  const { t, pick } = useTexts();
  return (
    <div className="department-screen" data-code={department.code}>
      <ScreenHead title={pick(department.name)} onBack={onBack} />
      <p className="prompt">{t('Mời chọn dịch vụ', 'Please choose a service')}</p>
      <div className="service-grid">
        {department.services.map((service) => (
          <ServiceTile key={service.id} match={{ service, department }} showDepartment={false} onChoose={onChoose} />
        ))}
      </div>
    </div>
  );
}
