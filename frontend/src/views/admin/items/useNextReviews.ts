import { shallowRef, watch, type Ref } from 'vue'
import { fetchItem } from '@/api/items'
import type { Item } from '@/api/types/item'

export interface NextReview { at: string; overdue: boolean }

/**
 * The 下次审查 date of the published negative items on a list page. List rows do not carry it (only single-item
 * reads do), so each published row of the page is read once; rows never published have none.
 */
export function useNextReviews(items: Ref<Item[]>, enabled: boolean) {
  const reviews = shallowRef<Map<number, NextReview>>(new Map())
  let ticket = 0

  async function refresh(rows: Item[]): Promise<void> {
    const mine = ++ticket
    const published = rows.filter((r) => r.revision != null && r.status !== 'ARCHIVED')
    const found = await Promise.all(published.map((r) => fetchItem('negative-items', r.id).catch(() => null)))
    if (mine !== ticket) return
    const map = new Map<number, NextReview>()
    for (const item of found) {
      if (item?.kind === 'NEGATIVE' && item.nextReviewAt) map.set(item.id, { at: item.nextReviewAt, overdue: item.reviewOverdue === true })
    }
    reviews.value = map
  }

  if (enabled) watch(items, (rows) => void refresh(rows), { immediate: true })
  return { reviews }
}
