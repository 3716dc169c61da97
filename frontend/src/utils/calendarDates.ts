import type { DayKind } from '@/api/types/calendar'

/** Dates are `YYYY-MM-DD` strings, read as calendar dates (never shifted by the browser's time zone). */
export interface DateParts {
  year: number
  month: number
  day: number
}

export function dateParts(iso: string): DateParts {
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number]
  return { year, month, day }
}

export function isoDate(year: number, month: number, day: number): string {
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
}

/** 0 = Monday … 6 = Sunday (the Chinese week starts on Monday). */
export function weekdayIndex(iso: string): number {
  const { year, month, day } = dateParts(iso)
  return (new Date(Date.UTC(year, month - 1, day)).getUTCDay() + 6) % 7
}

export function isWeekend(iso: string): boolean {
  return weekdayIndex(iso) >= 5
}

/** The kind of a day the calendar does not mention. */
export function defaultKind(iso: string): DayKind {
  return isWeekend(iso) ? 'WEEKEND' : 'WORKDAY'
}

export function isWorking(kind: DayKind): boolean {
  return kind === 'WORKDAY' || kind === 'ADJUSTED_WORKDAY'
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate()
}

export function addDays(iso: string, n: number): string {
  const { year, month, day } = dateParts(iso)
  const d = new Date(Date.UTC(year, month - 1, day + n))
  return isoDate(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate())
}
