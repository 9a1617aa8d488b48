// Search: what the citizen typed, the services it finds (any word, with or without accents), and
// the on-screen keyboard.
import type { CatalogDepartment } from '@motcua/protocol';
import { useMemo } from 'react';
import { useLang } from '@motcua/ui-kit';
import { findServices, type ServiceMatch } from '../shared/search.ts';
import { ScreenHead } from './Frame.tsx';
import { SearchIcon } from './icons.tsx';
import { Keyboard } from './Keyboard.tsx';
import { ServiceTile } from './Services.tsx';

interface SearchProps {
  departments: CatalogDepartment[];
  query: string;
  onQuery(query: string): void;
  onBack(): void;
  onChoose(match: ServiceMatch): void;
}

export function SearchScreen({ departments, query, onQuery, onBack, onChoose }: SearchProps) {
  const { t } = useLang();
  const results = useMemo(() => findServices(departments, query), [departments, query]);
  return (
    <div className="search-screen">
      <ScreenHead title={t('Tìm thủ tục / dịch vụ', 'Find a procedure / service')} onBack={onBack} />
      <div className="search-field" role="searchbox" aria-label={t('Từ cần tìm', 'Search words')}>
        <SearchIcon />
        {query ? <span className="query">{query}</span> : <span className="placeholder">{t('Gõ tên thủ tục…', 'Type a service name…')}</span>}
        <span className="caret" />
      </div>
      <div className="results" aria-live="polite">
        {!query && <p className="hint">{t('Ví dụ: “lý lịch”, “hộ tịch”, “đất đai”. Gõ có dấu hay không dấu đều được.', 'For example: “judicial”, “land”, “work permit”.')}</p>}
        {query && results.length === 0 && (
          <p className="hint">{t('Không tìm thấy. Hãy thử từ khác, hoặc quay lại chọn lĩnh vực.', 'Nothing found. Try another word, or go back and choose a department.')}</p>
        )}
        {results.map((match) => <ServiceTile key={match.service.id} match={match} showDepartment onChoose={onChoose} />)}
      </div>
      <Keyboard value={query} onChange={onQuery} />
    </div>
  );
}
