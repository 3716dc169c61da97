import type { ArticleChange, CitationProblem, CodeEntry, CodeEntryPayload, Statute, StatutePayload } from '@/api/types/codeTable'

/** Codes are English identifiers other features store: a capital letter, then capitals, digits and underscores. */
export const CODE_PATTERN = /^[A-Z][A-Z0-9_]{1,63}$/
/** What the registry reads as an article (same rule as the server): 第十四条, 第14条, 第十四条第四款. */
export const ARTICLE_PATTERN = /\u7b2c\s*[0-9\uff10-\uff19\u96f6\u3007\u4e00\u4e8c\u4e24\u4e09\u56db\u4e94\u516d\u4e03\u516b\u4e5d\u5341\u767e\u5343]+\s*\u6761/

/** `商业秘密、个人隐私` → ['商业秘密', '个人隐私']; also splits on commas, semicolons, `|` and line breaks, drops repeats. */
export function splitList(text: string | null | undefined): string[] {
  const parts = (text ?? '').split(/[\u3001\uff0c,\uff1b;|\n]+/).map((p) => p.trim()).filter(Boolean)
  return [...new Set(parts)]
}

export function joinList(list: readonly string[]): string {
  return list.join('\u3001')
}

const blankToNull = (s: string | null | undefined): string | null => (s == null || s.trim() === '' ? null : s.trim())

// ---- code entries -----------------------------------------------------------------------------------

export interface EntryForm {
  code: string
  name: string
  sortOrder: number | null
  active: boolean
  note: string
}

export function entryForm(entry: CodeEntry | null): EntryForm {
  return { code: entry?.code ?? '', name: entry?.name ?? '', sortOrder: entry?.sortOrder ?? null, active: entry?.active ?? true,
    note: entry?.note ?? '' }
}

/** A blank sort order on a new entry puts it last (the server's default). */
export function toEntryPayload(form: EntryForm): CodeEntryPayload {
  return { code: form.code.trim(), name: form.name.trim(), sortOrder: form.sortOrder, active: form.active,
    note: blankToNull(form.note) }
}

/** The same entry with only `active` flipped: what 启用 / 停用 sends. */
export function toggledEntry(entry: CodeEntry): CodeEntryPayload {
  return { code: entry.code, name: entry.name, sortOrder: entry.sortOrder, active: !entry.active, note: entry.note }
}

// ---- statutes -----------------------------------------------------------------------------------------

export interface ChangeRow {
  oldVersion: string | null
  oldArticle: string
  newArticle: string
  /** keywords as typed: 商业秘密、个人隐私 */
  keywords: string
  note: string
}

export interface StatuteForm {
  code: string
  title: string
  /** short names as typed: 保密法、国家保密法 */
  aliases: string
  docNumber: string
  currentVersion: string | null
  adoptedOn: string | null
  repealed: boolean
  repealedOn: string | null
  replacedBy: string | null
  note: string
  changes: ChangeRow[]
}

export function emptyChange(): ChangeRow {
  return { oldVersion: null, oldArticle: '', newArticle: '', keywords: '', note: '' }
}

function changeRow(c: ArticleChange): ChangeRow {
  return { oldVersion: c.oldVersion, oldArticle: c.oldArticle, newArticle: c.newArticle, keywords: joinList(c.keywords),
    note: c.note ?? '' }
}

export function statuteForm(s: Statute | null): StatuteForm {
  return {
    code: s?.code ?? '', title: s?.title ?? '', aliases: joinList(s?.aliases ?? []), docNumber: s?.docNumber ?? '',
    currentVersion: s?.currentVersion ?? null, adoptedOn: s?.adoptedOn ?? null, repealed: s?.repealed ?? false,
    repealedOn: s?.repealedOn ?? null, replacedBy: s?.replacedBy ?? null, note: s?.note ?? '',
    changes: (s?.articleChanges ?? []).map(changeRow)
  }
}

/** Blank texts become null; a statute in force carries no repeal date or replacement; empty change rows are dropped. */
export function toStatutePayload(form: StatuteForm): StatutePayload {
  const rows = form.changes.filter((r) => r.oldArticle.trim() || r.newArticle.trim() || r.keywords.trim() || r.note.trim() || r.oldVersion)
  return {
    code: blankToNull(form.code),
    title: form.title.trim(),
    aliases: splitList(form.aliases),
    docNumber: blankToNull(form.docNumber),
    currentVersion: form.currentVersion || null,
    adoptedOn: form.adoptedOn || null,
    repealed: form.repealed,
    repealedOn: form.repealed ? form.repealedOn || null : null,
    replacedBy: form.repealed ? form.replacedBy || null : null,
    note: blankToNull(form.note),
    articleChanges: rows.map((r) => ({ oldVersion: r.oldVersion || null, oldArticle: r.oldArticle.trim(),
      newArticle: r.newArticle.trim(), keywords: splitList(r.keywords), note: blankToNull(r.note) }))
  }
}

/** The registry's search box: title, short names, code or 文号, ignoring 《》 and spaces. */
export function statuteMatches(s: Statute, query: string): boolean {
  const q = query.replace(/[\u300a\u300b\s]/g, '').toLowerCase()
  if (!q) return true
  return [s.title, s.code, s.docNumber ?? '', ...s.aliases].some((v) => v.replace(/[\u300a\u300b\s]/g, '').toLowerCase().includes(q))
}

/** How serious a citation problem looks: a law that does not apply (unknown, repealed) or a citation to update. */
export function problemTagType(problem: CitationProblem): 'danger' | 'warning' {
  return problem === 'UNKNOWN_LAW' || problem === 'REPEALED' ? 'danger' : 'warning'
}
