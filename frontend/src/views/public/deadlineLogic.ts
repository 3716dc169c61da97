import type { DayKind, SkippedDay } from '@/api/types/calendar'
import { addDays } from '@/utils/calendarDates'

export const MIN_WORKING_DAYS = 1
export const MAX_WORKING_DAYS = 1000

/** Consecutive skipped days of one kind, e.g. 10月1日—10月7日 法定节假日. */
export interface SkippedRun {
  from: string
  to: string
  kind: DayKind
  days: number
}

export function skippedRuns(skipped: readonly SkippedDay[]): SkippedRun[] {
  const runs: SkippedRun[] = []
  for (const s of skipped) {
    const last = runs[runs.length - 1]
    if (last && last.kind === s.kind && addDays(last.to, 1) === s.date) {
      last.to = s.date
      last.days++
    } else {
      runs.push({ from: s.date, to: s.date, kind: s.kind, days: 1 })
    }
  }
  return runs
}

/** The i18n key of what is wrong with the form, or null when it may be sent. */
export function deadlineInputProblem(from: string, workingDays: number | null): string | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(from)) return 'deadline.validation.from'
  if (workingDays === null || !Number.isInteger(workingDays) || workingDays < MIN_WORKING_DAYS || workingDays > MAX_WORKING_DAYS) {
    return 'deadline.validation.workingDays'
  }
  return null
}
