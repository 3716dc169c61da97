import type { CoverageRow, Metrics, RateKey, TrendPoint } from '@/api/types/supervision'

/** A rate as the dashboard shows it: one decimal percent, "—" when the denominator was zero (never 0 or 100%). */
export function formatRate(value: number | null | undefined): string {
  return value == null ? '—' : `${(Math.round(value * 1000) / 10).toFixed(1)}%`
}

/** Colour bands of the rates: ≥ 90% good, ≥ 60% fair, below poor; null has no band. */
export type RateBand = 'good' | 'fair' | 'poor' | 'none'

export function rateBand(value: number | null | undefined): RateBand {
  if (value == null) return 'none'
  if (value >= 0.9) return 'good'
  if (value >= 0.6) return 'fair'
  return 'poor'
}

/** Sort order of a rate column: nulls always last, whichever direction the table sorts. */
export function compareRate(key: RateKey) {
  return (a: Metrics, b: Metrics): number => {
    const x = a[key]
    const y = b[key]
    if (x == null && y == null) return 0
    if (x == null) return 1
    if (y == null) return -1
    return x - y
  }
}

/** The share of problems: what the row's drill-down lists (overdue reviews are counted, not a rate). */
export function shortfalls(m: Metrics): number {
  return (m.powerItems - m.coveredPowerItems) + (m.serviceItems - m.coveredServiceItems)
    + (m.catalogueItems - m.completeCatalogueItems) + (m.negativeItems - m.negativeItemsWithValidBasis) + m.overdueReviews
}

const BAND_COLOURS: Record<RateBand, string> = { good: '#2e7d32', fair: '#b26a00', poor: '#c62828', none: '#909399' }

/**
 * ECharts option: one bar per row for a rate, coloured by band, its value written above it. A row with nothing to
 * measure (null) is not drawn like 0 %: it gets an empty dashed outline labelled `noData`, a real 0 % a
 * visible sliver labelled 0.0%.
 */
export function barOption(rows: CoverageRow[], key: RateKey, label: (row: CoverageRow) => string, seriesName: string, noData = '—') {
  return {
    aria: { enabled: true },
    grid: { left: 48, right: 16, top: 24, bottom: 88 },
    tooltip: {
      trigger: 'axis',
      formatter: (params: { name: string; dataIndex: number }[]) => {
        const p = params[0]
        const value = rows[p.dataIndex]?.[key]
        return `${p.name}<br/>${seriesName}: ${value == null ? noData : formatRate(value)}`
      }
    },
    xAxis: { type: 'category', data: rows.map(label), axisLabel: { interval: 0, rotate: rows.length > 3 ? 30 : 0, width: 110, overflow: 'truncate' } },
    yAxis: { type: 'value', min: 0, max: 100, axisLabel: { formatter: '{value}%' } },
    series: [{
      name: seriesName,
      type: 'bar',
      barMinHeight: 3,
      label: { show: true, position: 'top', fontSize: 11 },
      data: rows.map((r) => r[key] == null
        ? {
            value: 100,
            itemStyle: { color: 'rgba(0,0,0,0)', borderColor: BAND_COLOURS.none, borderType: 'dashed', borderWidth: 1 },
            label: { show: true, position: 'insideBottom', formatter: noData, color: '#606266' }
          }
        : {
            value: Math.round((r[key] as number) * 1000) / 10,
            itemStyle: { color: BAND_COLOURS[rateBand(r[key])] },
            label: { formatter: '{c}%' }
          })
    }]
  }
}

/** ECharts option: the trend of several rates over the snapshots (percent, gaps where a rate was null). */
export function trendOption(points: TrendPoint[], series: { key: RateKey; name: string }[]) {
  return {
    aria: { enabled: true },
    grid: { left: 48, right: 16, top: 40, bottom: 32 },
    legend: { top: 0 },
    tooltip: { trigger: 'axis', valueFormatter: (v: number | null) => formatRate(v == null ? null : v / 100) },
    xAxis: { type: 'category', data: points.map((p) => p.period) },
    yAxis: { type: 'value', min: 0, max: 100, axisLabel: { formatter: '{value}%' } },
    series: series.map((s) => ({
      name: s.name,
      type: 'line',
      connectNulls: false,
      data: points.map((p) => (p[s.key] == null ? null : Math.round((p[s.key] as number) * 1000) / 10))
    }))
  }
}
