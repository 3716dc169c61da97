import { reactive, ref, shallowRef, type UnwrapRef } from 'vue'
import type { Page } from '@/api/types/common'

/**
 * A filtered, paged server list: `filters` bind to the search form, `search()` starts at page 1,
 * `reset()` restores the initial filters. Errors are already shown by the http client.
 */
export function usePagedList<F extends object, T>(
  fetchPage: (query: UnwrapRef<F> & { page: number; size: number }) => Promise<Page<T>>,
  initialFilters: () => F,
  pageSize = 20
) {
  const filters = reactive(initialFilters())
  const items = shallowRef<T[]>([])
  const total = ref(0)
  const page = ref(1)
  const size = ref(pageSize)
  const loading = ref(false)
  let latest = 0

  async function load(): Promise<void> {
    const ticket = ++latest
    loading.value = true
    try {
      const query = { ...(filters as object), page: page.value, size: size.value } as UnwrapRef<F> & { page: number; size: number }
      const result = await fetchPage(query)
      if (ticket !== latest) return
      items.value = result.items
      total.value = result.total
    } catch {
      if (ticket === latest) items.value = []
    } finally {
      if (ticket === latest) loading.value = false
    }
  }

  function search(): Promise<void> {
    page.value = 1
    return load()
  }

  function reset(): Promise<void> {
    Object.assign(filters, initialFilters())
    return search()
  }

  return { filters, items, total, page, size, loading, load, search, reset }
}
