/** The periods of 公众检索词: this or last week (Monday to Sunday), this or last month; `to` never after today. */
export const SEARCH_TERM_PERIODS = ['WEEK', 'LAST_WEEK', 'MONTH', 'LAST_MONTH'] as const
export type SearchTermPeriod = (typeof SEARCH_TERM_PERIODS)[number]

const iso = (d: Date) => `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`

export function periodRange(period: SearchTermPeriod, today: Date = new Date()): { from: string; to: string } {
  const day = new Date(today.getFullYear(), today.getMonth(), today.getDate())
  if (period === 'WEEK' || period === 'LAST_WEEK') {
    const monday = new Date(day)
    monday.setDate(day.getDate() - ((day.getDay() + 6) % 7) - (period === 'LAST_WEEK' ? 7 : 0))
    const sunday = new Date(monday)
    sunday.setDate(monday.getDate() + 6)
    return { from: iso(monday), to: iso(period === 'WEEK' ? day : sunday) }
  }
  const first = new Date(day.getFullYear(), day.getMonth() - (period === 'LAST_MONTH' ? 1 : 0), 1)
  const last = period === 'MONTH' ? day : new Date(day.getFullYear(), day.getMonth(), 0)
  return { from: iso(first), to: iso(last) }
}
