import { flushPromises, mount } from '@vue/test-utils'
import ElementPlus from 'element-plus'
import { describe, expect, it } from 'vitest'
import { http } from '@/api/http'
import SearchTermsCard from '@/views/admin/supervision/components/SearchTermsCard.vue'
import { periodRange } from '@/views/admin/supervision/searchTermPeriods'
import { fakeAdapter } from './helpers'

describe('公众检索词', () => {
  it('counts weeks from Monday and months from the 1st, never past today', () => {
    const thursday = new Date(2026, 11, 3)
    expect(periodRange('WEEK', thursday)).toEqual({ from: '2026-11-30', to: '2026-12-03' })
    expect(periodRange('LAST_WEEK', thursday)).toEqual({ from: '2026-11-23', to: '2026-11-29' })
    expect(periodRange('MONTH', thursday)).toEqual({ from: '2026-12-01', to: '2026-12-03' })
    expect(periodRange('LAST_MONTH', thursday)).toEqual({ from: '2026-11-01', to: '2026-11-30' })
    expect(periodRange('WEEK', new Date(2026, 11, 6))).toEqual({ from: '2026-11-30', to: '2026-12-06' })
  })

  it('shows the hot terms and the terms that found nothing side by side', async () => {
    const fake = fakeAdapter((config) => ({
      status: 200,
      data: config.params.type === 'ZERO' ? [{ term: '农药经营许可', count: 4, lastSeenAt: '2026-12-03T01:00:00Z' }]
        : [{ term: '低保', count: 12, lastSeenAt: '2026-12-03T02:00:00Z' }]
    }))
    http.defaults.adapter = fake.adapter
    const wrapper = mount(SearchTermsCard, { props: { orgId: 5 }, global: { plugins: [ElementPlus] } })
    await flushPromises()
    expect(fake.calls.map((c) => c.params.type).sort()).toEqual(['TOP', 'ZERO'])
    expect(fake.calls[0]!.params.orgId).toBe(5)
    expect(wrapper.text()).toContain('公众检索热词')
    expect(wrapper.text()).toContain('无结果检索词')
    expect(wrapper.text()).toContain('农药经营许可')
    expect(wrapper.text()).toContain('低保')
    expect(wrapper.find('a').attributes('href')).toContain('/supervision/search-terms/export?orgId=5')
  })
})
