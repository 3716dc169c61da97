import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import { defineComponent, h } from 'vue'
import { createMemoryHistory, createRouter } from 'vue-router'
import type { SearchHit } from '@/api/search'
import { highlightText, safeHighlight } from '@/utils/highlight'
import SearchHitCard from '@/views/public/components/SearchHitCard.vue'

/** what the browser shows for a v-html fragment, and which elements it made */
function render(fragment: string): HTMLElement {
  const el = document.createElement('span')
  el.innerHTML = safeHighlight(fragment)
  return el
}

// Elasticsearch's HTML encoder (what the server sends) writes / as &#x2F; and ' as &#x27;
const SERVER_TITLE = '<em>社保</em>&#x2F;医保&lt;script&gt;alert(&#x27;x&#x27;)&lt;&#x2F;script&gt;转移&amp;接续&quot;办理&quot;'

describe('search highlights: the server escapes, the portal does not escape again', () => {
  it('shows the server\'s character references as the characters they stand for', () => {
    expect(render('社保&#x2F;医保').textContent).toBe('社保/医保')
    expect(render(SERVER_TITLE).textContent).toBe('社保/医保<script>alert(\'x\')</script>转移&接续"办理"')
    expect(render('&#39;a&#x27; &#47; &apos;').textContent).toBe('\'a\' / \'')
  })

  it('still lets no element but <em> through', () => {
    for (const evil of ['<img src=x onerror=alert(1)>', '<script>alert(1)</script>', '<em onclick="x()">a</em>',
      '<svg/onload=alert(1)>', '<<em>>', '&lt;em&gt;x</em>', '<EM>x</EM>', '<em >x</em>']) {
      const el = render(evil + '<em>ok</em>')
      const elements = [...el.querySelectorAll('*')]
      expect(elements.map(e => e.tagName).filter(t => t !== 'EM'), evil).toEqual([])
      expect(elements.every(e => e.attributes.length === 0), evil).toBe(true)
    }
  })

  it('shows stray ampersands and broken references literally', () => {
    expect(render('A&B &#x2F &amp').textContent).toBe('A&B &#x2F &amp')
    expect(render('&#x3c;script&#x3e;').querySelector('script')).toBeNull()
  })

  it('gives the plain text of a fragment with every reference decoded', () => {
    expect(highlightText(SERVER_TITLE)).toBe('社保/医保<script>alert(\'x\')</script>转移&接续"办理"')
    expect(highlightText('a<em>b</em>&lt;c&gt;&amp;')).toBe('ab<c>&')
  })

  it('renders a hit without a literal &#x2F;', () => {
    const stub = defineComponent({ render: () => h('div') })
    const router = createRouter({ history: createMemoryHistory(), routes: [
      { path: '/', component: stub }, { path: '/items/:kind/:id', name: 'public-item', component: stub }] })
    const hit: SearchHit = {
      kind: 'POWER', id: 7, code: 'P-7', title: '社保/医保', orgId: 3, orgName: '县人社局', domainCode: null, domainName: null,
      category: 'LICENSING', publishedAt: '2026-11-20T02:00:00Z',
      highlights: { title: [SERVER_TITLE], body: ['审核材料 a&#x2F;b &lt;img src=x onerror=alert(1)&gt; <em>社保</em>转移'] }
    }
    const wrapper = mount(SearchHitCard, { props: { hit }, global: { plugins: [router] } })
    const title = wrapper.find('h2')
    expect(title.text()).toBe('社保/医保<script>alert(\'x\')</script>转移&接续"办理"')
    expect(title.find('script').exists()).toBe(false)
    expect(title.find('em').text()).toBe('社保')
    const passage = wrapper.find('.hit__passage')
    expect(passage.text()).toBe('审核材料 a/b <img src=x onerror=alert(1)> 社保转移')
    expect(passage.find('img').exists()).toBe(false)
    expect(wrapper.html()).not.toContain('&amp;#x2F;')
  })
})
