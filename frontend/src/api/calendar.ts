import { http } from './http'
import type { CalendarYear, DayEntry, Deadline } from './types/calendar'

export async function fetchCalendarYear(year: number): Promise<CalendarYear> {
  return (await http.get<CalendarYear>(`/calendar/${year}`)).data
}

/** SYS_ADMIN: replaces the year's stored days; the page shows errors itself. */
export async function saveCalendarYear(year: number, days: DayEntry[], source: string): Promise<CalendarYear> {
  const params = source.trim() ? { source: source.trim() } : {}
  return (await http.put<CalendarYear>(`/calendar/${year}`, days, { params, silent: true })).data
}

/** No login; the calculator shows its own error state. */
export async function fetchDeadline(from: string, workingDays: number): Promise<Deadline> {
  return (await http.get<Deadline>('/public/calendar/deadline', { params: { from, workingDays }, silent: true })).data
}
