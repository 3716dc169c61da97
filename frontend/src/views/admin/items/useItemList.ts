import { fetchItems } from '@/api/items'
import type { Item, ItemKindPath, ItemStatus, PowerCategory, PublicState } from '@/api/types/item'
import type { NegativeCategory, NegativePart } from '@/api/types/negative'
import { usePagedList } from '@/composables/usePagedList'

export interface ItemFilters {
  orgId: number | null
  status: ItemStatus | ''
  /** what the public sees: 已发布 includes published items with a revision in work */
  publicState: PublicState | ''
  /** 权力类别 (power) or 不予公开情形 (negative) */
  category: PowerCategory | NegativeCategory | ''
  /** catalogue: the domain */
  domainCode: string
  /** negative: 共性 / 特性 */
  part: NegativePart | ''
  q: string
}

export const emptyItemFilters = (): ItemFilters => ({ orgId: null, status: '', publicState: '', category: '', domainCode: '', part: '', q: '' })

/** A kind's list with its filters; `fixed` are always sent (the review queue: pending and reviewable by me). */
export function useItemList(kind: ItemKindPath, initial: Partial<ItemFilters> = {}, fixed: { status?: ItemStatus; reviewable?: boolean } = {}) {
  return usePagedList<ItemFilters, Item>(
    (query) => fetchItems(kind, { ...query, ...fixed }),
    () => ({ ...emptyItemFilters(), ...initial })
  )
}
