import { flushPromises, mount } from '@vue/test-utils'
import ElementPlus from 'element-plus'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { createMemoryHistory, createRouter } from 'vue-router'
import * as calendarApi from '@/api/calendar'
import { ApiError } from '@/api/http'
import type { DayKind } from '@/api/types/calendar'
import { addDays, defaultKind, isoDate, weekdayIndex } from '@/utils/calendarDates'
import { formatCalendarDateWithWeekday } from '@/utils/calendarFormat'
import { allowedKinds, changedDates, countWorkingDays, exceptions, monthWeeks } from '@/views/admin/calendar/calendarLogic'
import MonthGrid from '@/views/admin/calendar/components/MonthGrid.vue'
import DeadlinePage from '@/views/public/DeadlinePage.vue'
import { deadlineInputProblem, skippedRuns } from '@/views/public/deadlineLogic'

vi.mock('@/api/calendar', () => ({ fetchCalendarYear: vi.fn(), saveCalendarYear: vi.fn(), fetchDeadline: vi.fn() }))

describe('calendar dates', () => {
  it('knows the weekday of a date without the time zone getting in the way', () => {
    expect(weekdayIndex('2026-10-01')).toBe(3) // Thursday
    expect(weekdayIndex('2026-02-15')).toBe(6) // Sunday
    expect(weekdayIndex('2024-02-29')).toBe(3)
    expect(defaultKind('2026-02-14')).toBe('WEEKEND')
    expect(defaultKind('2026-02-13')).toBe('WORKDAY')
  })

  it('adds days across months and years', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29')
    expect(addDays('2025-12-31', 1)).toBe('2026-01-01')
    expect(isoDate(2026, 3, 7)).toBe('2026-03-07')
  })

  it('formats a date the Chinese way', () => {
    expect(formatCalendarDateWithWeekday('2026-10-08')).toBe('2026年10月8日（星期四）')
  })
})

describe('工作日历 logic', () => {
  it('offers only the kinds the server accepts on a day', () => {
    expect(allowedKinds('2026-02-14')).toEqual(['WEEKEND', 'ADJUSTED_WORKDAY', 'HOLIDAY'])
    expect(allowedKinds('2026-02-16')).toEqual(['WORKDAY', 'HOLIDAY'])
  })

  it('lays a month out in weeks starting on Monday', () => {
    const feb2026 = monthWeeks(2026, 2) // 1 February 2026 is a Sunday
    expect(feb2026[0]).toEqual([null, null, null, null, null, null, '2026-02-01'])
    expect(feb2026.flat().filter(Boolean)).toHaveLength(28)
    expect(feb2026.every((w) => w.length === 7)).toBe(true)
    expect(monthWeeks(2024, 2).flat().filter(Boolean)).toHaveLength(29)
  })

  it('saves only the days that differ from the Monday–Friday rule, in date order', () => {
    const kinds = new Map<string, DayKind>([
      ['2026-10-10', 'ADJUSTED_WORKDAY'],
      ['2026-10-01', 'HOLIDAY'],
      ['2026-10-09', 'WORKDAY'],
      ['2026-10-11', 'WEEKEND']
    ])
    expect(exceptions(kinds)).toEqual([
      { date: '2026-10-01', kind: 'HOLIDAY' },
      { date: '2026-10-10', kind: 'ADJUSTED_WORKDAY' }
    ])
    expect(countWorkingDays(kinds)).toBe(2)
  })

  it('tells which days were changed since the last save', () => {
    const saved = [
      { date: '2026-10-09', kind: 'WORKDAY' as const, source: null },
      { date: '2026-10-10', kind: 'ADJUSTED_WORKDAY' as const, source: 'x' }
    ]
    const kinds = new Map<string, DayKind>([['2026-10-09', 'HOLIDAY'], ['2026-10-10', 'ADJUSTED_WORKDAY']])
    expect([...changedDates(saved, kinds)]).toEqual(['2026-10-09'])
  })

  it('draws a month with labelled buttons and 休/班 marks', async () => {
    const kinds = new Map<string, DayKind>([['2026-10-01', 'HOLIDAY'], ['2026-10-10', 'ADJUSTED_WORKDAY']])
    const wrapper = mount(MonthGrid, { props: { year: 2026, month: 10, kinds, changed: new Set(['2026-10-10']) } })
    expect(wrapper.find('caption').text()).toBe('10月')
    expect(wrapper.findAll('button')).toHaveLength(31)
    const holiday = wrapper.get('[data-date="2026-10-01"]')
    expect(holiday.attributes('aria-label')).toBe('2026年10月1日（星期四），法定节假日')
    expect(holiday.attributes('data-mark')).toBe('休')
    expect(holiday.attributes('data-day')).toBe('1')
    expect(wrapper.get('[data-date="2026-10-10"]').attributes('aria-label')).toContain('已修改未保存')
    await holiday.trigger('click')
    expect(wrapper.emitted('pick')).toEqual([['2026-10-01']])
  })
})

describe('期限计算器 logic', () => {
  it('groups consecutive skipped days of one kind', () => {
    expect(skippedRuns([
      { date: '2026-09-26', kind: 'WEEKEND' },
      { date: '2026-09-27', kind: 'HOLIDAY' },
      { date: '2026-10-01', kind: 'HOLIDAY' },
      { date: '2026-10-02', kind: 'HOLIDAY' },
      { date: '2026-10-03', kind: 'HOLIDAY' }
    ])).toEqual([
      { from: '2026-09-26', to: '2026-09-26', kind: 'WEEKEND', days: 1 },
      { from: '2026-09-27', to: '2026-09-27', kind: 'HOLIDAY', days: 1 },
      { from: '2026-10-01', to: '2026-10-03', kind: 'HOLIDAY', days: 3 }
    ])
    expect(skippedRuns([{ date: '2026-12-31', kind: 'HOLIDAY' }, { date: '2027-01-01', kind: 'HOLIDAY' }])).toHaveLength(1)
    expect(skippedRuns([])).toEqual([])
  })

  it('checks the inputs before asking the server', () => {
    expect(deadlineInputProblem('2026-09-30', 20)).toBeNull()
    expect(deadlineInputProblem('', 20)).toBe('deadline.validation.from')
    expect(deadlineInputProblem('2026-09-30', null)).toBe('deadline.validation.workingDays')
    expect(deadlineInputProblem('2026-09-30', 0)).toBe('deadline.validation.workingDays')
    expect(deadlineInputProblem('2026-09-30', 1001)).toBe('deadline.validation.workingDays')
    expect(deadlineInputProblem('2026-09-30', 2.5)).toBe('deadline.validation.workingDays')
  })
})

describe('DeadlinePage', () => {
  beforeEach(() => vi.resetAllMocks())

  async function mountPage(path = '/deadline') {
    const router = createRouter({ history: createMemoryHistory(), routes: [{ path: '/deadline', name: 'deadline', component: DeadlinePage }] })
    await router.push(path)
    const wrapper = mount(DeadlinePage, { global: { plugins: [ElementPlus, router] } })
    await flushPromises()
    return { wrapper, router }
  }

  it('shows the deadline, the skipped days and puts the question into the URL', async () => {
    vi.mocked(calendarApi.fetchDeadline).mockResolvedValue({
      deadline: '2026-10-08',
      provisional: false,
      skipped: ['01', '02', '03', '04', '05', '06', '07'].map((d) => ({ date: `2026-10-${d}`, kind: 'HOLIDAY' as const }))
    })
    const { wrapper, router } = await mountPage()
    await wrapper.get('#deadline-from').setValue('2026-09-30')
    await wrapper.get('#deadline-days').setValue('1')
    await wrapper.get('form').trigger('submit')
    await flushPromises()

    expect(calendarApi.fetchDeadline).toHaveBeenCalledWith('2026-09-30', 1)
    expect(wrapper.text()).toContain('2026年10月8日（星期四）')
    expect(wrapper.text()).toContain('2026年10月1日至2026年10月7日：法定节假日，共7天')
    expect(wrapper.text()).not.toContain('仅供参考')
    expect(router.currentRoute.value.query).toEqual({ from: '2026-09-30', workingDays: '1' })
  })

  it('computes at once from a shared link and warns when the result is provisional', async () => {
    vi.mocked(calendarApi.fetchDeadline).mockResolvedValue({ deadline: '2027-01-01', provisional: true, skipped: [] })
    const { wrapper } = await mountPage('/deadline?from=2026-12-31&workingDays=1')
    expect(calendarApi.fetchDeadline).toHaveBeenCalledWith('2026-12-31', 1)
    expect(wrapper.text()).toContain('仅供参考')
    expect(wrapper.text()).toContain('期间没有需要跳过的周末或节假日')
  })

  it('explains a refused input without asking the server, and shows the server\'s reason', async () => {
    const { wrapper } = await mountPage()
    await wrapper.get('form').trigger('submit')
    expect(calendarApi.fetchDeadline).not.toHaveBeenCalled()
    expect(wrapper.get('[role="alert"]').text()).toContain('起算日期')

    vi.mocked(calendarApi.fetchDeadline).mockRejectedValue(new ApiError(400, { detail: '起算日期必须在 2000 年到 2099 年之间' }, '起算日期必须在 2000 年到 2099 年之间'))
    await wrapper.get('#deadline-from').setValue('1999-01-04')
    await wrapper.get('form').trigger('submit')
    await flushPromises()
    expect(wrapper.get('[role="alert"]').text()).toBe('起算日期必须在 2000 年到 2099 年之间')
  })

  it('fills a common statutory period from its button', async () => {
    const { wrapper } = await mountPage()
    const fifteen = wrapper.findAll('fieldset button')[1]!
    await fifteen.trigger('click')
    expect((wrapper.get('#deadline-days').element as HTMLInputElement).value).toBe('15')
    expect(fifteen.attributes('aria-pressed')).toBe('true')
  })
})
