import { beforeEach, describe, expect, it, vi } from 'vitest'
import { ElMessage } from 'element-plus'
import { ApiError, CSRF_HEADER, http, resetCsrfToken, setUnauthorizedHandler } from '@/api/http'
import { clearCookies, fakeAdapter, type Handler } from './helpers'

vi.mock('element-plus', async (original) => ({
  ...(await original<typeof import('element-plus')>()),
  ElMessage: { error: vi.fn(), warning: vi.fn(), success: vi.fn() }
}))

const CSRF = { status: 200, data: { headerName: CSRF_HEADER, token: 'fetched-token' } }
const ok = { status: 200, data: { id: 1 } }

function serve(handler: Handler) {
  const fake = fakeAdapter(handler)
  http.defaults.adapter = fake.adapter
  return fake.calls
}

const header = (config: { headers: unknown }) => (config.headers as { get(n: string): unknown }).get(CSRF_HEADER)

beforeEach(() => {
  resetCsrfToken()
  clearCookies()
  setUnauthorizedHandler(null)
  vi.mocked(ElMessage.error).mockClear()
})

describe('CSRF', () => {
  it('fetches the token once and sends it on writes, not on reads', async () => {
    const calls = serve((c) => (c.url === '/auth/csrf' ? CSRF : ok))
    await http.get('/orgs')
    await http.post('/orgs', {})
    await http.delete('/orgs/1')
    expect(calls.map((c) => `${c.method} ${c.url}`)).toEqual(['get /orgs', 'get /auth/csrf', 'post /orgs', 'delete /orgs/1'])
    expect(header(calls[0]!)).toBeUndefined()
    expect(header(calls[2]!)).toBe('fetched-token')
    expect(header(calls[3]!)).toBe('fetched-token')
  })

  it('prefers the XSRF-TOKEN cookie, which the server rotates, over the fetched token', async () => {
    document.cookie = 'XSRF-TOKEN=cookie-token; path=/'
    const calls = serve(() => ok)
    await http.put('/orgs/1', {})
    expect(calls.map((c) => c.url)).toEqual(['/orgs/1'])
    expect(header(calls[0]!)).toBe('cookie-token')
  })

  it('refetches the token and retries once after a 403 CSRF problem', async () => {
    let posts = 0
    let tokens = 0
    const calls = serve((c) => {
      if (c.url === '/auth/csrf') return { status: 200, data: { headerName: CSRF_HEADER, token: `t${++tokens}` } }
      return ++posts === 1 ? { status: 403, data: { type: 'https://gongkai.cn/problems/csrf', status: 403, detail: '令牌无效' } } : ok
    })
    await expect(http.post('/orgs', {})).resolves.toMatchObject({ status: 200 })
    expect(calls.map((c) => c.url)).toEqual(['/auth/csrf', '/orgs', '/auth/csrf', '/orgs'])
    expect(header(calls[3]!)).toBe('t2')
    expect(ElMessage.error).not.toHaveBeenCalled()
  })

  it('does not retry twice, and does not retry other 403s', async () => {
    const calls = serve((c) =>
      c.url === '/auth/csrf' ? CSRF : { status: 403, data: { type: 'about:blank/csrf', detail: '令牌无效' } }
    )
    await expect(http.post('/orgs', {})).rejects.toBeInstanceOf(ApiError)
    expect(calls.filter((c) => c.url === '/orgs')).toHaveLength(2)

    const forbidden = serve(() => ({ status: 403, data: { type: 'https://gongkai.cn/problems/forbidden', detail: '无权操作' } }))
    await expect(http.put('/orgs/1', {})).rejects.toMatchObject({ status: 403, message: '无权操作' })
    expect(forbidden.filter((c) => c.url === '/orgs/1')).toHaveLength(1)
  })
})

describe('errors', () => {
  it('shows the Chinese detail of a ProblemDetail and rejects with an ApiError', async () => {
    serve(() => ({ status: 409, data: { type: 'x/conflict', title: 'Conflict', status: 409, detail: '机构编码已存在' } }))
    const error = await http.get('/orgs').catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ApiError)
    expect(error).toMatchObject({ status: 409, message: '机构编码已存在' })
    expect(ElMessage.error).toHaveBeenCalledWith(expect.objectContaining({ message: '机构编码已存在' }))
  })

  it('hands errors[] to the form as fieldErrors', async () => {
    serve(() => ({
      status: 400,
      data: { status: 400, detail: '输入有误', errors: [{ field: 'creditCode', message: '统一社会信用代码校验位错误' }, { field: 'code', message: '不能为空' }] }
    }))
    const error = (await http.get('/orgs', { silent: true }).catch((e: unknown) => e)) as ApiError
    expect(error.fieldErrors).toEqual({ creditCode: '统一社会信用代码校验位错误', code: '不能为空' })
    expect(ElMessage.error).not.toHaveBeenCalled()
  })

  it('falls back to a Chinese message when there is no problem body or no answer', async () => {
    serve(() => ({ status: 502, data: '<html>Bad gateway</html>' }))
    await expect(http.get('/orgs')).rejects.toMatchObject({ status: 502, message: expect.stringContaining('502') })
    serve(() => 'network-error')
    await expect(http.get('/orgs')).rejects.toMatchObject({ status: 0, message: '无法连接服务器，请检查网络后重试' })
  })

  it('sends a 401 to the session handler instead of a message, unless the caller expects it', async () => {
    const onUnauthorized = vi.fn()
    setUnauthorizedHandler(onUnauthorized)
    serve(() => ({ status: 401, data: { status: 401, detail: '请先登录' } }))
    await expect(http.get('/users')).rejects.toMatchObject({ status: 401 })
    expect(onUnauthorized).toHaveBeenCalledTimes(1)
    expect(ElMessage.error).not.toHaveBeenCalled()

    await expect(http.get('/auth/me', { skipAuthRedirect: true, silent: true })).rejects.toMatchObject({ status: 401 })
    expect(onUnauthorized).toHaveBeenCalledTimes(1)
  })
})
