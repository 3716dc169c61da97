import { computed, shallowRef, type Ref } from 'vue'
import { listPublicCodeEntries, useCodeTable } from '@/api/codeTables'
import type { SourceItem } from '@/api/types/catalogue'
import { sourceKey, sourceLabels } from './catalogueForm'
import type { FieldNames } from './disclosureFormat'

export type NamedTable = 'domains' | 'channels' | 'levels'

/** A code-table entry as the pages need it; the portal gets active entries only. */
export interface NamedCode {
  code: string
  name: string
  active?: boolean
}

/** The portal's tables: one request per table and page load; a failed request is asked again. */
const publicCache = new Map<NamedTable, Promise<NamedCode[]>>()

function publicEntries(table: NamedTable): Promise<NamedCode[]> {
  let entries = publicCache.get(table)
  if (!entries) {
    entries = listPublicCodeEntries(table)
    entries.catch(() => publicCache.delete(table))
    publicCache.set(table, entries)
  }
  return entries
}

/**
 * The domain, channel and level code tables with a name lookup for item fields. The console shares the forms'
 * tables (every entry: inactive ones still name old items); the portal reads the public, active ones.
 */
export function useCodeNames(source: 'console' | 'public') {
  const refs = {} as Record<NamedTable, Ref<NamedCode[]>>
  const loaders = {} as Record<NamedTable, () => Promise<void>>
  for (const table of ['domains', 'channels', 'levels'] as const) {
    if (source === 'console') {
      const codeTable = useCodeTable(table)
      refs[table] = codeTable.entries
      loaders[table] = () => codeTable.load()
    } else {
      const entries = shallowRef<NamedCode[]>([])
      refs[table] = entries
      loaders[table] = async () => {
        entries.value = await publicEntries(table).catch(() => [])
      }
    }
  }

  async function load(...tables: NamedTable[]): Promise<void> {
    await Promise.all((tables.length ? tables : (Object.keys(loaders) as NamedTable[])).map((table) => loaders[table]()))
  }

  const nameIn = (list: NamedCode[], code: string) => list.find((e) => e.code === code)?.name
  const names = computed<FieldNames>(() => ({
    domain: (code) => nameIn(refs.domains.value, code),
    channel: (code) => nameIn(refs.channels.value, code),
    level: (code) => nameIn(refs.levels.value, code)
  }))
  /** What a form may pick: active entries, plus the ones the item already has. */
  const selectable = (list: NamedCode[], keep: readonly string[]) => list.filter((e) => e.active !== false || keep.includes(e.code))

  return { domains: refs.domains, channels: refs.channels, levels: refs.levels, names, load, selectable }
}

/**
 * Adds what one item's view knows to the code names: the names of linked items (`sourceItems`) and of orgs (the
 * 公开主体), for the detail page, diffs and the portal.
 */
export function itemNames(base: FieldNames, org: (id: number) => string | undefined, sourceItems: readonly SourceItem[] | undefined): FieldNames {
  const linked = sourceLabels(sourceItems)
  return {
    ...base,
    org,
    source: (s) => {
      const hit = linked.get(sourceKey(s.kind, s.itemId))
      return hit ? `${hit.code} ${hit.name}` : undefined
    }
  }
}
