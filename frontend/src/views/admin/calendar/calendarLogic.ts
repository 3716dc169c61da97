import type { CalendarDay, DayEntry, DayKind } from '@/api/types/calendar'
import { daysInMonth, defaultKind, isoDate, isWeekend, isWorking, weekdayIndex } from '@/utils/calendarDates'

/** The kinds the server accepts on a day (CalendarRules): 调休上班 and 休息日 only at weekends, 工作日 only Mon–Fri. */
export function allowedKinds(iso: string): DayKind[] {
  return isWeekend(iso) ? ['WEEKEND', 'ADJUSTED_WORKDAY', 'HOLIDAY'] : ['WORKDAY', 'HOLIDAY']
}

/** A month as weeks of seven cells, Monday first; `null` pads the days before the 1st and after the last. */
export function monthWeeks(year: number, month: number): (string | null)[][] {
  const cells: (string | null)[] = Array(weekdayIndex(isoDate(year, month, 1))).fill(null)
  for (let d = 1; d <= daysInMonth(year, month); d++) cells.push(isoDate(year, month, d))
  while (cells.length % 7) cells.push(null)
  const weeks: (string | null)[][] = []
  for (let i = 0; i < cells.length; i += 7) weeks.push(cells.slice(i, i + 7))
  return weeks
}

/** What the page saves: only the days that differ from the default rule (holidays, 调休上班). */
export function exceptions(kinds: ReadonlyMap<string, DayKind>): DayEntry[] {
  return [...kinds.entries()]
    .filter(([date, kind]) => kind !== defaultKind(date))
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([date, kind]) => ({ date, kind }))
}

/** The dates whose kind differs between the saved year and the edited one. */
export function changedDates(saved: readonly CalendarDay[], kinds: ReadonlyMap<string, DayKind>): Set<string> {
  return new Set(saved.filter((d) => kinds.get(d.date) !== d.kind).map((d) => d.date))
}

export function countWorkingDays(kinds: ReadonlyMap<string, DayKind>): number {
  let n = 0
  for (const kind of kinds.values()) if (isWorking(kind)) n++
  return n
}
