import { ref, shallowRef } from 'vue'

/**
 * One piece of server data of a public page with its state, for `role="status"` / `role="alert"` messages:
 * loading, ready, failed (with the HTTP status, e.g. 404 for an item that is not public).
 */
export function useLoader<T>(fetch: () => Promise<T>) {
  const data = shallowRef<T | null>(null)
  const state = ref<'idle' | 'loading' | 'ready' | 'failed'>('idle')
  const status = ref(0)
  let ticket = 0

  async function load(): Promise<void> {
    const mine = ++ticket
    state.value = 'loading'
    try {
      const result = await fetch()
      if (mine !== ticket) return
      data.value = result
      state.value = 'ready'
    } catch (e) {
      if (mine !== ticket) return
      status.value = typeof e === 'object' && e !== null && 'status' in e ? Number((e as { status: unknown }).status) : 0
      state.value = 'failed'
    }
  }

  /** loads the first time only (a tab opened again keeps its data) */
  const ensure = (): Promise<void> => (state.value === 'idle' || state.value === 'failed' ? load() : Promise.resolve())

  /** forgets the data (e.g. another org was opened); the next `ensure` loads again */
  function reset(): void {
    ticket++
    data.value = null
    state.value = 'idle'
  }

  return { data, state, status, load, ensure, reset }
}
