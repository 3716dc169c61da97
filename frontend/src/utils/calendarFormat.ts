import type { DayKind } from '@/api/types/calendar'
import { t } from '@/i18n'
import { dateParts, weekdayIndex } from './calendarDates'

/** 2026年10月8日 */
export function formatCalendarDate(iso: string): string {
  const { year, month, day } = dateParts(iso)
  return t('calendar.date', { y: year, m: month, d: day })
}

/** 2026年10月8日（星期四） */
export function formatCalendarDateWithWeekday(iso: string): string {
  return t('calendar.dateWithWeekday', { date: formatCalendarDate(iso), weekday: t(`calendar.weekday.${weekdayIndex(iso)}`) })
}

export function kindName(kind: DayKind): string {
  return t(`calendar.kind.${kind}`)
}
