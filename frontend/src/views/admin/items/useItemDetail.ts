import { computed, ref, shallowRef } from 'vue'
import { fetchItem, fetchItemHistory, fetchRevision, fetchRevisions } from '@/api/items'
import type { HistoryEntry, Item, ItemKindPath, RevisionSummary } from '@/api/types/item'
import { hasPendingRevision } from './itemActions'
import { changedFields } from './itemDiff'

/**
 * One item with what the detail page shows around it: the published revision next to a newer working copy
 * (and which fields differ), the transition history and the published revisions.
 */
export function useItemDetail(kind: ItemKindPath, id: number) {
  const item = shallowRef<Item | null>(null)
  const published = shallowRef<Item | null>(null)
  const history = shallowRef<HistoryEntry[]>([])
  const revisions = shallowRef<RevisionSummary[]>([])
  const loading = ref(false)
  const failed = ref(false)

  const pendingRevision = computed(() => !!item.value && hasPendingRevision(item.value))
  const changed = computed(() => (item.value && published.value ? changedFields(published.value, item.value) : []))

  async function loadPublished(current: Item): Promise<void> {
    published.value = hasPendingRevision(current) && current.revision != null
      ? await fetchRevision(kind, id, current.revision).catch(() => null)
      : null
  }

  async function load(): Promise<void> {
    loading.value = true
    failed.value = false
    try {
      const current = await fetchItem(kind, id)
      item.value = current
      const [h, r] = await Promise.all([
        fetchItemHistory(kind, id).catch(() => []),
        fetchRevisions(kind, id).catch(() => []),
        loadPublished(current)
      ])
      history.value = h
      revisions.value = r
    } catch {
      failed.value = true
    } finally {
      loading.value = false
    }
  }

  return { item, published, history, revisions, loading, failed, pendingRevision, changed, load }
}
