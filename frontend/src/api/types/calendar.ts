/** docs/DOMAIN.md "Working days": WORKDAY and ADJUSTED_WORKDAY (调休上班) count, WEEKEND and HOLIDAY do not. */
export const DAY_KINDS = ['WORKDAY', 'WEEKEND', 'HOLIDAY', 'ADJUSTED_WORKDAY'] as const
export type DayKind = (typeof DAY_KINDS)[number]

/** A day of `GET /calendar/{year}`; `source` is null for a day that follows the Monday–Friday default. */
export interface CalendarDay {
  date: string
  kind: DayKind
  source: string | null
}

export interface CalendarYear {
  year: number
  /** the official schedule of the year is loaded; if not, deadlines there are provisional */
  loaded: boolean
  source: string | null
  updatedAt: string | null
  updatedBy: string | null
  workingDays: number
  days: CalendarDay[]
}

/** One entry of the `PUT /calendar/{year}` body. */
export interface DayEntry {
  date: string
  kind: DayKind
}

export interface SkippedDay {
  date: string
  kind: DayKind
}

/** `GET /public/calendar/deadline`. */
export interface Deadline {
  deadline: string
  provisional: boolean
  skipped: SkippedDay[]
}
