import { fetchItems } from '@/api/items'
import type { Item, ItemKindPath, ItemStatus, PowerCategory } from '@/api/types/item'
import { usePagedList } from '@/composables/usePagedList'

export interface ItemFilters {
  orgId: number | null
  status: ItemStatus | ''
  category: PowerCategory | ''
  q: string
}

export const emptyItemFilters = (): ItemFilters => ({ orgId: null, status: '', category: '', q: '' })

/** A kind's list with its filters; `fixed` are always sent (the review queue: pending and reviewable by me). */
export function useItemList(kind: ItemKindPath, initial: Partial<ItemFilters> = {}, fixed: { status?: ItemStatus; reviewable?: boolean } = {}) {
  return usePagedList<ItemFilters, Item>(
    (query) => fetchItems(kind, { ...query, ...fixed }),
    () => ({ ...emptyItemFilters(), ...initial })
  )
}
