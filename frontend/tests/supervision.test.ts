import { describe, expect, it } from 'vitest'
import type { CoverageRow, Metrics, TrendPoint } from '@/api/types/supervision'
import { barOption, compareRate, formatRate, rateBand, shortfalls, trendOption } from '@/views/admin/supervision/supervisionFormat'

function metrics(over: Partial<Metrics> = {}): Metrics {
  return {
    powerItems: 0, serviceItems: 0, coveredPowerItems: 0, coveredServiceItems: 0, coverage: null, powerCoverage: null, serviceCoverage: null,
    catalogueItems: 0, completeCatalogueItems: 0, elementCompleteness: null, negativeItems: 0, negativeItemsWithValidBasis: 0,
    basisQuality: null, nestedItems: 0, nestingRate: null, overdueReviews: 0, overduePeriodicReviews: 0, pendingTooLong: 0,
    activeDomains: 26, coveredDomains: 0, domainCoverage: 0, ...over
  }
}

const row = (orgId: number, over: Partial<Metrics>): CoverageRow => ({ orgId, orgName: `org${orgId}`, self: false, hasChildren: false, ...metrics(over) })

describe('supervision figures', () => {
  it('shows a rate with a zero denominator as a dash, never 0 or 100%', () => {
    expect(formatRate(null)).toBe('—')
    expect(formatRate(undefined)).toBe('—')
    expect(formatRate(0)).toBe('0.0%')
    expect(formatRate(1)).toBe('100.0%')
    expect(formatRate(2 / 3)).toBe('66.7%')
  })

  it('puts rates into colour bands and leaves null without one', () => {
    expect(rateBand(0.95)).toBe('good')
    expect(rateBand(0.9)).toBe('good')
    expect(rateBand(0.75)).toBe('fair')
    expect(rateBand(0.1)).toBe('poor')
    expect(rateBand(null)).toBe('none')
  })

  it('sorts null rates last', () => {
    const rows = [row(1, { coverage: null }), row(2, { coverage: 0.5 }), row(3, { coverage: 0.2 })]
    expect([...rows].sort(compareRate('coverage')).map((r) => r.orgId)).toEqual([3, 2, 1])
  })

  it('counts the shortfalls a drill-down lists', () => {
    expect(shortfalls(metrics({ powerItems: 3, coveredPowerItems: 2, catalogueItems: 4, completeCatalogueItems: 3, negativeItems: 3,
      negativeItemsWithValidBasis: 2, overdueReviews: 2 }))).toBe(5)
  })

  it('charts rates in percent and draws "no data" unlike 0 %', () => {
    const option = barOption([row(1, { coverage: 0.8 }), row(2, { coverage: null }), row(3, { coverage: 0 })], 'coverage', (r) => r.orgName, 'cov', '无数据')
    expect(option.xAxis.data).toEqual(['org1', 'org2', 'org3'])
    const data = option.series[0]!.data
    expect(data.map((d) => d.label.formatter)).toEqual(['{c}%', '无数据', '{c}%'])
    expect(data[1]!.itemStyle.borderType).toBe('dashed')
    expect(data[2]!.value).toBe(0)
    expect(option.series[0]!.barMinHeight).toBeGreaterThan(0)
    const points: TrendPoint[] = [{ ...metrics({ coverage: 0.5 }), period: '2026-10', month: '2026-10-01', takenAt: '' },
      { ...metrics({ coverage: null }), period: '2026-11', month: '2026-11-01', takenAt: '' }]
    const trend = trendOption(points, [{ key: 'coverage', name: 'cov' }])
    expect(trend.xAxis.data).toEqual(['2026-10', '2026-11'])
    expect(trend.series[0]!.data).toEqual([50, null])
  })
})
