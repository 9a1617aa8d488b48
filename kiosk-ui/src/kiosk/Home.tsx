// Home: the search box and the departments with how many people wait for each.
import type { CatalogDepartment, WaitingCounts } from '@motcua/server/protocol';
import { useTexts } from '../shared/lang.tsx';
import { NextIcon, SearchIcon } from './icons.tsx';

interface HomeProps {
  departments: CatalogDepartment[];
  waiting: WaitingCounts;
  onSearch(): void;
  onDepartment(department: CatalogDepartment): void;
}

export function Home({ departments, waiting, onSearch, onDepartment }: HomeProps) {
  const { t, pick } = useTexts();
  return (
    <div className="home">
      <h1 className="prompt">{t('Mời chọn lĩnh vực', 'Please choose a department')}</h1>
      <button type="button" className="search-button" onClick={onSearch}>
        <SearchIcon />{t('Tìm thủ tục / dịch vụ', 'Find a procedure / service')}
      </button>
      <div className="departments">
        {departments.map((d) => {
          const count = waiting[d.code] ?? 0;
          return (
            <button type="button" key={d.id} className="department-tile" data-code={d.code} onClick={() => onDepartment(d)}>
              <span className="name">{pick(d.name)}</span>
              <span className="waiting" data-testid="waiting">
                {count === 0 ? t('Không có người chờ', 'No one waiting') : <><b>{count}</b> {t('người đang chờ', count === 1 ? 'person waiting' : 'people waiting')}</>}
              </span>
              <NextIcon />
            </button>
          );
        })}
      </div>
    </div>
  );
}
