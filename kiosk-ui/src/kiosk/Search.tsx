// Search: what the citizen typed, the procedures, services and departments it finds (with or
// without accents, codes too), grouped by department, and the on-screen keyboard. `.results`
// carries the query its hits are for (data-query), so tests and the benchmark see when they show.
// A physical keyboard (or a scanner typing as one) types into the search as the on-screen keys do.
import type { CatalogDepartment } from '@motcua/protocol';
import { useMemo } from 'react';
import { useLang } from '@motcua/ui-kit';
import type { KioskSearch, ServiceMatch } from '../shared/search.ts';
import { ScreenHead } from './Frame.tsx';
import { NextIcon, SearchIcon } from './icons.tsx';
import { Keyboard, usePhysicalKeys } from './Keyboard.tsx';
import { ServiceTile } from './Services.tsx';

interface SearchProps {
  search: KioskSearch | null;
  query: string;
  onQuery(query: string): void;
  onBack(): void;
  onChoose(match: ServiceMatch): void;
  onDepartment(department: CatalogDepartment): void;
}

export function SearchScreen({ search, query, onQuery, onBack, onChoose, onDepartment }: SearchProps) {
  const { t } = useLang();
  const groups = useMemo(() => search?.find(query) ?? [], [search, query]);
  usePhysicalKeys(query, onQuery);
  return (
    <div className="search-screen">
      <ScreenHead title={t('Tìm thủ tục / dịch vụ', 'Find a procedure / service')} onBack={onBack} />
      <div className="search-field" role="searchbox" aria-label={t('Từ cần tìm', 'Search words')}>
        <SearchIcon />
        {query ? <span className="query">{query}</span> : <span className="placeholder">{t('Gõ tên hoặc mã thủ tục…', 'Type a procedure name or code…')}</span>}
        <span className="caret" />
      </div>
      <div className="results" aria-live="polite" data-query={query} data-ready={search ? '' : undefined}>
        {!query && <p className="hint">{t('Ví dụ: “lý lịch”, “khai sinh”, “giấy phép lao động”, “1.001234”. Gõ có dấu hay không dấu đều được.', 'For example: “judicial record”, “work permit”, “1.001234”.')}</p>}
        {query && search && groups.length === 0 && (
          <p className="hint">{t('Không tìm thấy. Hãy thử từ khác, hoặc quay lại chọn cơ quan.', 'Nothing found. Try another word, or go back and choose a department.')}</p>
        )}
        {groups.map(({ department, hits }) => (
          <section key={department.code} className="result-group" data-code={department.code}>
            <h2>{t(department.name)}</h2>
            {hits.map((hit) => {
              if (hit.kind === 'department') {
                return (
                  <button type="button" key="department" className="department-hit" onClick={() => onDepartment(hit.department)}>
                    {t('Xem mọi dịch vụ của', 'All services of')} {t(hit.department.name)}<NextIcon />
                  </button>
                );
              }
              if (hit.kind === 'service') return <ServiceTile key={`s${hit.match.service.id}`} match={hit.match} showDepartment={false} onChoose={onChoose} />;
              const procedure = hit.match.procedure!;
              return (
                <button type="button" key={`p${procedure.id}`} className="procedure-tile" data-procedure={procedure.code} onClick={() => onChoose(hit.match)}>
                  <span className="name">{t(procedure.name)}</span>
                  <span className="meta">{procedure.code} · {procedure.field}</span>
                </button>
              );
            })}
          </section>
        ))}
      </div>
      <Keyboard value={query} onChange={onQuery} />
    </div>
  );
}
