import { flushPromises, mount } from '@vue/test-utils'
import ElementPlus from 'element-plus'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { defineComponent, h } from 'vue'
import { createMemoryHistory, createRouter, RouterView } from 'vue-router'
import { ApiError } from '@/api/http'
import * as searchApi from '@/api/search'
import type { SearchHit, SearchResult } from '@/api/search'
import { useElderMode } from '@/composables/useElderMode'
import { highlightText, safeHighlight } from '@/utils/highlight'
import SearchHitCard from '@/views/public/components/SearchHitCard.vue'
import PublicSearchBox from '@/views/public/components/PublicSearchBox.vue'
import SearchPage from '@/views/public/SearchPage.vue'
import OpenDataPage from '@/views/public/OpenDataPage.vue'
import SearchIndexPage from '@/views/admin/search/SearchIndexPage.vue'
import { paramsFromQuery, queryFromParams, withFilter } from '@/views/public/searchQuery'

vi.mock('@/api/search', () => ({
  searchPublic: vi.fn(), suggest: vi.fn(), fetchOpenDataSets: vi.fn(), fetchSearchStatus: vi.fn(), startReindex: vi.fn(),
  fetchReindexJob: vi.fn()
}))

const hit = (over: Partial<SearchHit> = {}): SearchHit => ({
  kind: 'POWER', id: 7, code: 'P-7', title: '职业介绍<b>许可</b>', orgId: 3, orgName: '县人社局', domainCode: null, domainName: null,
  category: 'LICENSING', publishedAt: '2026-11-20T02:00:00Z',
  highlights: { title: ['职业<em>介绍</em>&lt;b&gt;许可&lt;/b&gt;'], body: ['审查<em>介绍</em>材料<img src=x onerror=alert(1)>'] }, ...over
})

const result = (over: Partial<SearchResult> = {}): SearchResult => ({
  total: 1, tookMs: 12, page: 1, size: 20, items: [hit()], synonyms: [], related: [],
  facets: {
    kind: [{ key: 'POWER', name: '权责清单', count: 1 }, { key: 'SERVICE', name: '公共服务清单', count: 4 }],
    org: [{ key: 3, name: '县人社局', count: 1 }],
    domain: [{ key: 'EMPLOYMENT', name: '就业', count: 2 }]
  },
  ...over
})

function makeRouter() {
  const stub = defineComponent({ render: () => h('div') })
  return createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/', name: 'home', component: stub },
      { path: '/search', name: 'search', component: SearchPage },
      { path: '/items/:kind/:id', name: 'public-item', component: stub },
      { path: '/console/search-index', name: 'search-index', component: SearchIndexPage }
    ]
  })
}

async function mountAt(path: string) {
  const router = makeRouter()
  await router.push(path)
  const wrapper = mount(defineComponent({ render: () => h(RouterView) }), { global: { plugins: [ElementPlus, router] }, attachTo: document.body })
  await flushPromises()
  return { wrapper, router }
}

beforeEach(() => vi.resetAllMocks())
afterEach(() => {
  document.body.innerHTML = ''
  localStorage.clear()
})

describe('highlights', () => {
  it('let only <em> through and keep the server escaping', () => {
    expect(safeHighlight('职业<em>介绍</em>&lt;b&gt;')).toBe('职业<em>介绍</em>&lt;b&gt;')
    expect(safeHighlight('<img src=x onerror=alert(1)><em>x</em>')).toBe('&lt;img src=x onerror=alert(1)&gt;<em>x</em>')
    expect(safeHighlight('<em onclick="x()">a</em>')).toBe('&lt;em onclick=&quot;x()&quot;&gt;a</em>')
    expect(safeHighlight('<script>alert(1)</script>')).not.toContain('<script')
    expect(highlightText('a<em>b</em>&lt;c&gt;&amp;')).toBe('ab<c>&')
  })

  it('render in a hit as marks, never as other elements', () => {
    const router = makeRouter()
    const wrapper = mount(SearchHitCard, { props: { hit: hit() }, global: { plugins: [router] } })
    expect(wrapper.find('h2 em').text()).toBe('介绍')
    expect(wrapper.find('img').exists()).toBe(false)
    expect(wrapper.find('b').exists()).toBe(false)
    expect(wrapper.text()).toContain('<b>许可</b>')
    expect(wrapper.text()).toContain('县人社局')
    expect(wrapper.text()).toContain('2026-11-20')
  })
})

describe('search query in the URL', () => {
  it('reads filters from the query, ignoring what is not valid', () => {
    expect(paramsFromQuery({ q: ' 就业 ', kind: 'POWER', orgId: '12', from: '2026-01-01', to: 'yesterday', page: '3', sort: 'date' }))
      .toEqual({ q: '就业', kind: 'POWER', orgId: 12, domainCode: undefined, category: undefined, from: '2026-01-01', to: undefined,
        sort: 'date', page: 3, size: 20 })
    expect(paramsFromQuery({ kind: 'OTHER', orgId: '-1', page: 'x' })).toMatchObject({ kind: undefined, orgId: undefined, page: 1, sort: 'relevance' })
  })

  it('writes only what differs from the defaults and goes back to page 1 on a new filter', () => {
    const params = paramsFromQuery({ q: '救助', page: '4' })
    expect(queryFromParams(params)).toEqual({ q: '救助', page: '4' })
    expect(queryFromParams(withFilter(params, { kind: 'SERVICE' }))).toEqual({ q: '救助', kind: 'SERVICE' })
  })
})

describe('SearchPage', () => {
  it('shows the hits, the summary and the facets, and a facet puts its filter in the URL', async () => {
    vi.mocked(searchApi.searchPublic).mockResolvedValue(result())
    const { wrapper, router } = await mountAt('/search?q=介绍')
    expect(searchApi.searchPublic).toHaveBeenCalledWith(expect.objectContaining({ q: '介绍', page: 1, sort: 'relevance' }))
    expect(wrapper.text()).toContain('共找到 1 条结果（用时 12 毫秒）')
    expect(wrapper.findAll('article')).toHaveLength(1)
    const service = wrapper.findAll('aside button').find((b) => b.text().startsWith('公共服务清单'))!
    await service.trigger('click')
    await flushPromises()
    expect(router.currentRoute.value.query).toEqual({ q: '介绍', kind: 'SERVICE' })
    expect(searchApi.searchPublic).toHaveBeenLastCalledWith(expect.objectContaining({ kind: 'SERVICE' }))
  })

  it('tells the reader when the search engine is down and offers browsing instead', async () => {
    vi.mocked(searchApi.searchPublic).mockRejectedValue(new ApiError(503, { status: 503, detail: '搜索服务暂时不可用' }, '搜索服务暂时不可用'))
    const { wrapper } = await mountAt('/search?q=x')
    expect(wrapper.find('[role="alert"]').text()).toContain('搜索服务暂时不可用')
    expect(wrapper.find('[role="alert"] a').text()).toBe('按机构浏览')
  })

  it('names the synonyms the search used', async () => {
    vi.mocked(searchApi.searchPublic).mockResolvedValue(result({ synonyms: ['最低生活保障'] }))
    const { wrapper } = await mountAt('/search?q=低保')
    expect(wrapper.text()).toContain('已包含同义词：最低生活保障')
  })

  it('shows the closest items apart, labelled 相近结果, only when nothing matched', async () => {
    const empty = { kind: [], org: [], domain: [] }
    vi.mocked(searchApi.searchPublic).mockResolvedValue(result({ total: 0, items: [], facets: empty, related: [hit({ id: 9, highlights: {} })] }))
    const { wrapper } = await mountAt('/search?q=琉璃瓦当屋脊')
    expect(wrapper.text()).toContain('共找到 0 条结果')
    const related = wrapper.find('section.search-page__related')
    expect(related.find('h2').text()).toBe('相近结果')
    expect(related.findAll('article')).toHaveLength(1)
    expect(wrapper.findAll('article')).toHaveLength(1)
  })

  it('pages through the results with links', async () => {
    vi.mocked(searchApi.searchPublic).mockResolvedValue(result({ total: 95 }))
    const { wrapper } = await mountAt('/search?q=x&page=2')
    const pager = wrapper.find('nav')
    expect(pager.find('[aria-current="page"]').text()).toBe('2')
    expect(pager.findAll('a').map((a) => a.text())).toEqual(['上一页', '1', '2', '3', '4', '5', '下一页'])
  })
})

describe('PublicSearchBox', () => {
  it('suggests titles as a listbox, moves with the arrows and opens the chosen item', async () => {
    vi.useFakeTimers()
    vi.mocked(searchApi.suggest).mockResolvedValue([{ text: '职业介绍许可', kind: 'POWER', id: 7 }, { text: '职业培训补贴', kind: 'SERVICE', id: 9 }])
    const router = makeRouter()
    await router.push('/')
    const wrapper = mount(PublicSearchBox, { global: { plugins: [router] }, attachTo: document.body })
    const input = wrapper.find('input')
    await input.setValue('职业')
    await vi.advanceTimersByTimeAsync(300)
    await flushPromises()
    expect(input.attributes('aria-expanded')).toBe('true')
    expect(wrapper.findAll('[role="option"]')).toHaveLength(2)
    await input.trigger('keydown', { key: 'ArrowDown' })
    await input.trigger('keydown', { key: 'ArrowDown' })
    expect(input.attributes('aria-activedescendant')).toMatch(/-1$/)
    await wrapper.find('form').trigger('submit')
    await flushPromises()
    expect(router.currentRoute.value.fullPath).toBe('/items/service-items/9')
    vi.useRealTimers()
  })

  it('shows no pop-up in 长者模式 and searches on submit', async () => {
    const { elderMode } = useElderMode()
    elderMode.value = true
    vi.mocked(searchApi.suggest).mockResolvedValue([{ text: 'x', kind: 'POWER', id: 1 }])
    const router = makeRouter()
    await router.push('/')
    const wrapper = mount(PublicSearchBox, { global: { plugins: [router] } })
    await wrapper.find('input').setValue('职业')
    await new Promise((r) => setTimeout(r, 300))
    await flushPromises()
    expect(wrapper.find('input').attributes('aria-expanded')).toBe('false')
    await wrapper.find('form').trigger('submit')
    await flushPromises()
    expect(router.currentRoute.value.fullPath).toBe('/search?q=%E8%81%8C%E4%B8%9A')
    elderMode.value = false
  })
})

describe('OpenDataPage', () => {
  it('lists each data set with its count and its CSV and JSON downloads', async () => {
    vi.mocked(searchApi.fetchOpenDataSets).mockResolvedValue([
      { kind: 'POWER', name: '权责清单', path: 'power-items', count: 12, csv: '/api/v1/public/open-data/power-items.csv',
        json: '/api/v1/public/open-data/power-items.json' }
    ])
    const wrapper = mount(OpenDataPage)
    await flushPromises()
    const row = wrapper.find('tbody tr')
    expect(row.text()).toContain('权责清单')
    expect(row.text()).toContain('12')
    expect(row.findAll('a').map((a) => a.attributes('href'))).toEqual(['/api/v1/public/open-data/power-items.csv',
      '/api/v1/public/open-data/power-items.json'])
  })
})

describe('SearchIndexPage', () => {
  it('shows database and index counts per list and flags a drift', async () => {
    vi.mocked(searchApi.fetchSearchStatus).mockResolvedValue({
      checkedAt: '2026-11-20T02:00:00Z', available: true, alias: 'gongkai-items', index: 'gongkai-items-v1', analyzer: 'standard',
      kinds: [{ kind: 'POWER', name: '权责清单', database: 5, index: 5 }, { kind: 'SERVICE', name: '公共服务清单', database: 3, index: 2 }],
      pendingEvents: 1, failedEvents: 0, lastError: null, lastReindex: null
    })
    const { wrapper } = await mountAt('/console/search-index')
    expect(wrapper.text()).toContain('gongkai-items-v1')
    expect(wrapper.text()).toContain('一致')
    expect(wrapper.text()).toContain('不一致')
  })
})
