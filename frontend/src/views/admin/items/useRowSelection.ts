import { computed, ref, watch, type Ref } from 'vue'

/**
 * Row selection of one page of a table, by id. Our own checkbox column instead of el-table's selection
 * column: that one puts aria-label on a text-less <label> (axe: aria-prohibited-attr) and names every row
 * alike; ours is named after the row ("选择 …"). Rows that leave the page leave the selection.
 */
export function useRowSelection<T extends { id: number }>(rows: Readonly<Ref<readonly T[]>>) {
  const ids = ref(new Set<number>())
  const selected = computed(() => rows.value.filter((r) => ids.value.has(r.id)))
  const allSelected = computed(() => rows.value.length > 0 && rows.value.every((r) => ids.value.has(r.id)))

  const isSelected = (id: number) => ids.value.has(id)

  function toggle(id: number, on: boolean): void {
    const next = new Set(ids.value)
    if (on) next.add(id)
    else next.delete(id)
    ids.value = next
  }

  function toggleAll(on: boolean): void {
    ids.value = on ? new Set(rows.value.map((r) => r.id)) : new Set()
  }

  function clear(): void {
    ids.value = new Set()
  }

  watch(rows, (list) => {
    const present = new Set(list.map((r) => r.id))
    if ([...ids.value].some((id) => !present.has(id))) ids.value = new Set([...ids.value].filter((id) => present.has(id)))
  })

  return { selected, allSelected, isSelected, toggle, toggleAll, clear }
}
