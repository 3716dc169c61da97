import { computed, ref, shallowRef } from 'vue'
import { fetchCalendarYear, saveCalendarYear } from '@/api/calendar'
import type { CalendarYear, DayKind } from '@/api/types/calendar'
import { changedDates, countWorkingDays, exceptions } from './calendarLogic'

/** One year of the 工作日历 being edited: the saved copy from the server and the kinds as the administrator set them. */
export function useWorkCalendar() {
  const saved = shallowRef<CalendarYear | null>(null)
  const kinds = ref(new Map<string, DayKind>())
  const loading = ref(false)
  const failed = ref(false)
  const saving = ref(false)

  const changed = computed(() => (saved.value ? changedDates(saved.value.days, kinds.value) : new Set<string>()))
  const workingDays = computed(() => countWorkingDays(kinds.value))

  function take(year: CalendarYear): void {
    saved.value = year
    kinds.value = new Map(year.days.map((d) => [d.date, d.kind]))
  }

  async function load(year: number): Promise<void> {
    loading.value = true
    failed.value = false
    try {
      take(await fetchCalendarYear(year))
    } catch {
      saved.value = null
      failed.value = true
    } finally {
      loading.value = false
    }
  }

  function setKind(date: string, kind: DayKind): void {
    const next = new Map(kinds.value)
    next.set(date, kind)
    kinds.value = next
  }

  function discard(): void {
    if (saved.value) take(saved.value)
  }

  /** Throws the ApiError of a refused save. */
  async function save(source: string): Promise<void> {
    if (!saved.value) return
    saving.value = true
    try {
      take(await saveCalendarYear(saved.value.year, exceptions(kinds.value), source))
    } finally {
      saving.value = false
    }
  }

  return { saved, kinds, loading, failed, saving, changed, workingDays, load, setKind, discard, save }
}
