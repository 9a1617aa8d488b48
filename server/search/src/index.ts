// One search over procedures, services and departments, shared by the server (GET /api/procedures)
// and the kiosk (which searches in the page as the citizen types): accent- and case-insensitive,
// codes (1.001234) and acronyms (LLTP), prefixes, one typo in a word of four letters or more, and
// words typed without their spaces ("khaisinh", "kethon": cut where the names have those words side
// by side). Only the entries holding the most typed words whole are kept (the last word, being typed,
// may start a word): once some hold every word, those holding only some, or some only with a typo
// ("khai" as "khám", "sinh" as "tỉnh"), are left out; with a typo in the query, those are all there is.
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

/** Whether the sorted `list` holds `text` (or, with `start`, a string starting with it). */
function holds(list: readonly string[], text: string, start: boolean): boolean {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (list[mid]! < text) lo = mid + 1;
    else hi = mid;
  }
  const found = list[lo];
  return found !== undefined && (start ? found.startsWith(text) : found === text);
}

export class CatalogSearch {
  private readonly index: MiniSearch<Doc>;
  private readonly entries = new Map<string, SearchEntry>();
  /** Each entry's folded name, for ranking a name that holds the query as typed (a phrase) first. */
  private readonly folded = new Map<string, string>();
  /** Every word of every entry, sorted: a typed word that is one (or starts one) is searched as typed. */
  private readonly words: string[];
  /** Each two words side by side in a Vietnamese name or field ("khai sinh"), sorted: where to cut "khaisinh". */
  private readonly pairs: string[];

  constructor(entries: readonly SearchEntry[]) {
    const foldedTerms = new Map<string, string>();
    const words = new Set<string>();
    const pairs = new Set<string>();
    this.index = new MiniSearch<Doc>({
      idField: 'key',
      fields: ['code', 'nameVi', 'nameEn', 'field', 'keywords'],
      tokenize: (text, fieldName) => (fieldName === 'code' ? codeTokens(text) : tokenize(text)),
      // each distinct term folded once (most repeat), and kept as a word of the catalog
      processTerm: (term) => {
        let word = foldedTerms.get(term);
        if (word === undefined) {
          word = fold(term);
          foldedTerms.set(term, word);
          words.add(word);
        }
        return word;
      },
      searchOptions: {
        boost: { code: 4, keywords: 3, nameVi: 2, field: 1.5, nameEn: 1 },
        // a word being typed is a prefix; one letter alone finds nothing yet, but does after other words
        prefix: (term, i, terms) => term.length >= 2 || (i > 0 && i === terms.length - 1),
        fuzzy: (term) => (term.length >= 4 && !/^\d/.test(term) ? 1 : false),
        combineWith: 'AND',
        processTerm: fold,
      },
    });
    const fields = new Map<string, string[]>();
    const docs = entries.map((e) => {
      this.entries.set(keyOf(e), e);
      const name = tokenize(fold(e.name.vi));
      this.folded.set(keyOf(e), name.join(' '));
      const keywords = [acronym(e.name.vi), e.field ? acronym(e.field) : '', e.kind === 'procedure' ? '' : fold(e.code)];
      if (e.field && !fields.has(e.field)) fields.set(e.field, tokenize(fold(e.field)));
      for (const vi of [name, fields.get(e.field ?? '') ?? []]) vi.forEach((w, i) => i > 0 && pairs.add(`${vi[i - 1]!} ${w}`));
      return { key: keyOf(e), code: e.kind === 'procedure' ? e.code : '', nameVi: e.name.vi, nameEn: e.name.en, field: e.field ?? '', keywords: keywords.join(' ') };
    });
    this.index.addAll(docs);
    this.words = [...words].sort();
    this.pairs = [...pairs].sort();
  }

  /**
   * The typed words, each that no entry has (nor, the last one, starts with) cut into words that
   * stand side by side in a name: "khaisinh" → "khai", "sinh"; "khais" → "khai", "s" while typing.
   * One that cannot be cut so stays as typed (for a typo to be forgiven).
   */
  private spaced(typed: readonly string[]): string[] {
    return typed.flatMap((word, i) => {
      const typing = i === typed.length - 1;
      if (!/^\p{L}+$/u.test(word) || holds(this.words, word, typing)) return [word];
      return this.cut(word, typing, undefined, new Set()) ?? [word];
    });
  }

  /** `rest` as words each following the one before in some name (the first a word, after `previous` if given); `failed` remembers dead ends. */
  private cut(rest: string, typing: boolean, previous: string | undefined, failed: Set<string>): string[] | null {
    const state = `${previous ?? ''} ${rest}`;
    if (failed.has(state)) return null;
    if (previous !== undefined && holds(this.pairs, `${previous} ${rest}`, typing)) return [rest];
    for (let end = rest.length - 1; end >= 1; end--) {
      const head = rest.slice(0, end);
      if (!(previous === undefined ? holds(this.words, head, false) : holds(this.pairs, `${previous} ${head}`, false))) continue;
      const tail = this.cut(rest.slice(end), typing, head, failed);
      if (tail) return [head, ...tail];
    }
    failed.add(state);
    return null;
  }

  /** Entries matching `query`, best first; all entries in their given order for an empty query. */
  search(query: string, filter: { departmentCode?: string; kinds?: readonly SearchKind[] } = {}): SearchEntry[] {
    const keep = (e: SearchEntry) => (!filter.departmentCode || e.departmentCode === filter.departmentCode) && (!filter.kinds || filter.kinds.includes(e.kind));
    const typed = tokenize(fold(query));
    if (typed.length === 0) return [...this.entries.values()].filter(keep);
    const words = this.spaced(typed);
    const phrase = words.join(' ');
    const phraseBoost = (key: string) => {
      const name = this.folded.get(key)!;
      return name === phrase ? 5 : name.startsWith(phrase) ? 3 : name.includes(phrase) ? 2 : 1;
    };
    // how many of the words an entry holds whole (the terms it matched are its own words)
    const last = words.length - 1;
    const whole = (terms: readonly string[]) => words.filter((w, i) => (i === last ? terms.some((t) => t.startsWith(w)) : terms.includes(w))).length;
    const hits = this.index.search(phrase)
      .map((r) => ({ entry: this.entries.get(String(r.id))!, score: r.score * phraseBoost(String(r.id)), whole: whole(r.terms) }))
      .filter((h) => keep(h.entry));
    const most = Math.max(0, ...hits.map((h) => h.whole));
    return hits.filter((h) => h.whole === most).sort((a, b) => b.score - a.score).map((h) => h.entry);
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
