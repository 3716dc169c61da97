import { computed, ref, shallowRef, type Ref, type ShallowRef } from 'vue'
import { http } from './http'
import type {
  CitationToCheck, CitationWarning, CodeEntry, CodeEntryPayload, CodeTableEntries, CodeTableName, CodeTablePath, Statute,
  StatutePayload
} from './types/codeTable'

/**
 * 代码表 (试点领域, 公开渠道和载体, 公开层级) and the statute registry (法规库). Forms use `useCodeTable(table)`, which
 * loads each table once per page and shares it; the console's code table page invalidates a table after a write.
 */

/** Every entry, inactive ones included (old items still show their names). */
export async function listCodeEntries<T extends CodeTableName>(table: T): Promise<CodeTableEntries[T][]> {
  return (await http.get<CodeTableEntries[T][]>(`/code-tables/${table}`)).data
}

/** Active entries (statutes in force) for the public portal; no login needed. */
export async function listPublicCodeEntries<T extends CodeTableName>(table: T): Promise<CodeTableEntries[T][]> {
  return (await http.get<CodeTableEntries[T][]>(`/public/code-tables/${table}`, { silent: true })).data
}

/** SYS_ADMIN; the dialog shows errors inline (400 fields, 409 duplicate code or name). */
export async function createCodeEntry(table: CodeTablePath, body: CodeEntryPayload): Promise<CodeEntry> {
  return (await http.post<CodeEntry>(`/code-tables/${table}`, body, { silent: true })).data
}

/** SYS_ADMIN; the code itself never changes. */
export async function updateCodeEntry(table: CodeTablePath, code: string, body: CodeEntryPayload,
  options: { silent?: boolean } = { silent: true }): Promise<CodeEntry> {
  return (await http.put<CodeEntry>(`/code-tables/${table}/${encodeURIComponent(code)}`, body, options)).data
}

export async function createStatute(body: StatutePayload): Promise<Statute> {
  return (await http.post<Statute>('/code-tables/statutes', body, { silent: true })).data
}

export async function updateStatute(code: string, body: StatutePayload): Promise<Statute> {
  return (await http.put<Statute>(`/code-tables/statutes/${encodeURIComponent(code)}`, body, { silent: true })).data
}

/**
 * Checks citations against the statute registry: one warning per problem found, none when all are sound. Any
 * logged-in user; the caller shows errors (400 names the field as `[i].title`).
 */
export async function checkCitations(citations: CitationToCheck[]): Promise<CitationWarning[]> {
  const body = citations.map((c) => ({ title: c.title, docNumber: c.docNumber ?? null, article: c.article ?? null,
    version: c.version ?? null }))
  return (await http.post<CitationWarning[]>('/statutes/check', body, { silent: true })).data
}

// ---- shared per-table cache for forms ---------------------------------------------------------------

interface TableState<T> {
  entries: ShallowRef<T[]>
  loading: Ref<boolean>
  failed: Ref<boolean>
  pending: Promise<void> | null
  loaded: boolean
}

const tables = new Map<CodeTableName, TableState<unknown>>()

function stateOf<T extends CodeTableName>(table: T): TableState<CodeTableEntries[T]> {
  let state = tables.get(table)
  if (!state) {
    state = { entries: shallowRef([]), loading: ref(false), failed: ref(false), pending: null, loaded: false }
    tables.set(table, state)
  }
  return state as TableState<CodeTableEntries[T]>
}

function fetchInto<T extends CodeTableName>(table: T, state: TableState<CodeTableEntries[T]>): Promise<void> {
  state.loading.value = true
  state.failed.value = false
  state.pending = listCodeEntries(table)
    .then((entries) => {
      state.entries.value = entries
      state.loaded = true
    })
    .catch(() => {
      state.failed.value = true
    })
    .finally(() => {
      state.loading.value = false
      state.pending = null
    })
  return state.pending
}

/** Forgets a table, so the next `load()` asks the server again (after a write, or at logout). */
export function invalidateCodeTable(table?: CodeTableName): void {
  if (!table) tables.forEach((s) => (s.loaded = false))
  else if (tables.has(table)) tables.get(table)!.loaded = false
}

/**
 * One code table for a form: loaded on the first `load()` and shared by every component of the page.
 * `options` are the active entries (what a new save may use); `nameOf` also knows inactive codes.
 */
export function useCodeTable<T extends CodeTableName>(table: T) {
  const state = stateOf(table)

  function load(force = false): Promise<void> {
    if (state.pending) return state.pending
    if (state.loaded && !force) return Promise.resolve()
    return fetchInto(table, state)
  }

  const options = computed(() =>
    (state.entries.value as Array<CodeTableEntries[T]>).filter((e) => ('active' in e ? e.active : !(e as Statute).repealed))
  )

  function find(code: string | null | undefined): CodeTableEntries[T] | undefined {
    return code == null ? undefined : state.entries.value.find((e) => e.code === code)
  }

  /** the display name of a code (a statute's title); the code itself when the table does not know it */
  function nameOf(code: string | null | undefined): string {
    const entry = find(code)
    if (!entry) return code ?? ''
    return 'title' in entry ? entry.title : entry.name
  }

  return { entries: state.entries, options, loading: state.loading, failed: state.failed, load, find, nameOf }
}
