// One search over procedures, services and departments, shared by the server (GET /api/procedures)
// and the kiosk (which searches in the page as the citizen types): accent- and case-insensitive,
// codes (1.001234) and acronyms (LLTP), prefixes, one typo in a word of four letters or more.
// Ranking is MiniSearch's BM25 with exact matches above prefix and fuzzy ones, times 5 for a name
// that is the query as typed, 3 for one that starts with it and 2 for one that holds it. No Node imports.
import MiniSearch from 'minisearch';
import type { LocalizedText } from '@motcua/protocol';

export type SearchKind = 'procedure' | 'service' | 'department';

export interface SearchEntry {
  kind: SearchKind;
  id: number;
  /** A procedure's national code, or a service's or department's code. */
  code: string;
  name: LocalizedText;
  /** A procedure's field (lĩnh vực). */
  field?: string;
  departmentCode: string;
}

/** Lower case without diacritics: "Lý lịch TƯ PHÁP" → "ly lich tu phap" (đ → d). */
export function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'd').toLowerCase();
}

/** Words and codes: "1.001234" stays one token; everything else splits at spaces and punctuation. */
const TOKEN = /[\p{L}\p{N}]+(?:\.\p{N}+)*/gu;
const tokenize = (text: string): string[] => text.match(TOKEN) ?? [];

/** The first letters of a name's words: "Lý lịch tư pháp" → "lltp". */
export function acronym(text: string): string {
  return tokenize(fold(text)).filter((w) => /^\p{L}/u.test(w)).map((w) => w[0]).join('');
}

/** A code is found whole, without its dot, or by its number alone: 1.001234, 1001234, 001234. */
function codeTokens(code: string): string[] {
  const folded = fold(code);
  const parts = folded.split('.');
  return [...new Set([folded, parts.join(''), ...(parts.length > 1 ? parts.slice(1) : [])])];
}

interface Doc { key: string; code: string; nameVi: string; nameEn: string; field: string; keywords: string }

const keyOf = (e: Pick<SearchEntry, 'kind' | 'id'>) => `${e.kind}:${e.id}`;

export class CatalogSearch {
  private readonly index: MiniSearch<Doc>;
  private readonly entries = new Map<string, SearchEntry>();
  /** Each entry's folded name, for ranking a name that holds the query as typed (a phrase) first. */
  private readonly folded = new Map<string, string>();

  constructor(entries: readonly SearchEntry[]) {
    this.index = new MiniSearch<Doc>({
      idField: 'key',
      fields: ['code', 'nameVi', 'nameEn', 'field', 'keywords'],
      tokenize: (text, fieldName) => (fieldName === 'code' ? codeTokens(text) : tokenize(text)),
      processTerm: (term) => fold(term),
      searchOptions: {
        boost: { code: 4, keywords: 3, nameVi: 2, field: 1.5, nameEn: 1 },
        // a word being typed is a prefix; one letter alone finds nothing yet, but does after other words
        prefix: (term, i, terms) => term.length >= 2 || (i > 0 && i === terms.length - 1),
        fuzzy: (term) => (term.length >= 4 && !/^\d/.test(term) ? 1 : false),
        combineWith: 'AND',
      },
    });
    const docs = entries.map((e) => {
      this.entries.set(keyOf(e), e);
      this.folded.set(keyOf(e), tokenize(fold(e.name.vi)).join(' '));
      const keywords = [acronym(e.name.vi), e.field ? acronym(e.field) : '', e.kind === 'procedure' ? '' : fold(e.code)];
      return { key: keyOf(e), code: e.kind === 'procedure' ? e.code : '', nameVi: e.name.vi, nameEn: e.name.en, field: e.field ?? '', keywords: keywords.join(' ') };
    });
    this.index.addAll(docs);
  }

  /** Entries matching `query`, best first; all entries in their given order for an empty query. */
  search(query: string, filter: { departmentCode?: string; kinds?: readonly SearchKind[] } = {}): SearchEntry[] {
    const keep = (e: SearchEntry) => (!filter.departmentCode || e.departmentCode === filter.departmentCode) && (!filter.kinds || filter.kinds.includes(e.kind));
    if (tokenize(query).length === 0) return [...this.entries.values()].filter(keep);
    const phrase = tokenize(fold(query)).join(' ');
    const phraseBoost = (key: string) => {
      const name = this.folded.get(key)!;
      return name === phrase ? 5 : name.startsWith(phrase) ? 3 : name.includes(phrase) ? 2 : 1;
    };
    return this.index.search(query)
      .map((r) => ({ key: String(r.id), score: r.score * phraseBoost(String(r.id)) }))
      .sort((a, b) => b.score - a.score)
      .map((r) => this.entries.get(r.key)!).filter(keep);
  }
}

/** Hits grouped by department, the groups in the order of their best hit. */
export function groupByDepartment<T extends Pick<SearchEntry, 'departmentCode'>>(hits: readonly T[]): { departmentCode: string; hits: T[] }[] {
  const groups = new Map<string, T[]>();
  for (const h of hits) {
    const group = groups.get(h.departmentCode);
    if (group) group.push(h);
    else groups.set(h.departmentCode, [h]);
  }
  return [...groups].map(([departmentCode, list]) => ({ departmentCode, hits: list }));
}
