import { computed, shallowRef } from 'vue'
import { listCodeEntries } from '@/api/codeTables'
import { fetchPublicCodeEntries } from '@/api/publicItems'
import type { SourceItem } from '@/api/types/catalogue'
import { sourceKey, sourceLabels } from './catalogueForm'
import type { FieldNames } from './disclosureFormat'

export type NamedTable = 'domains' | 'channels' | 'levels'

/** A code-table entry as the pages need it; the portal gets active entries only (`active` absent). */
export interface NamedCode {
  code: string
  name: string
  active?: boolean
}

/** One request per table and page load, shared by every page that shows codes; a failed request is asked again. */
const cache = new Map<string, Promise<NamedCode[]>>()

function cached(source: 'console' | 'public', table: NamedTable): Promise<NamedCode[]> {
  const key = `${source}:${table}`
  let entries = cache.get(key)
  if (!entries) {
    entries = (source === 'console' ? listCodeEntries(table) : fetchPublicCodeEntries(table)) as Promise<NamedCode[]>
    entries.catch(() => cache.delete(key))
    cache.set(key, entries)
  }
  return entries
}

/**
 * The domain, channel and level code tables with a name lookup for item fields. The console reads every entry
 * (inactive ones still name old items; forms offer active ones); the portal reads the public, active ones.
 */
export function useCodeNames(source: 'console' | 'public') {
  const domains = shallowRef<NamedCode[]>([])
  const channels = shallowRef<NamedCode[]>([])
  const levels = shallowRef<NamedCode[]>([])
  const refs = { domains, channels, levels }

  async function load(...tables: NamedTable[]): Promise<void> {
    const wanted = tables.length ? tables : (Object.keys(refs) as NamedTable[])
    await Promise.all(wanted.map(async (table) => {
      refs[table].value = await cached(source, table).catch(() => [])
    }))
  }

  const nameIn = (list: NamedCode[], code: string) => list.find((e) => e.code === code)?.name
  const names = computed<FieldNames>(() => ({
    domain: (code) => nameIn(domains.value, code),
    channel: (code) => nameIn(channels.value, code),
    level: (code) => nameIn(levels.value, code)
  }))
  /** What a form may pick: active entries, plus the ones the item already has. */
  const selectable = (list: NamedCode[], keep: readonly string[]) => list.filter((e) => e.active !== false || keep.includes(e.code))

  return { domains, channels, levels, names, load, selectable }
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
