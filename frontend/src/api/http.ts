import axios, { type AxiosError, type InternalAxiosRequestConfig } from 'axios'
import { ElMessage } from 'element-plus'
import { t } from '@/i18n'
import type { CsrfToken } from './types/auth'
import type { ProblemDetail } from './types/common'

declare module 'axios' {
  interface AxiosRequestConfig {
    /** The caller shows the error itself (e.g. inside a form): no toast. */
    silent?: boolean
    /** A 401 is an expected answer here (login, "who am I" probe), not an expired session. */
    skipAuthRedirect?: boolean
    /** Set on the one retry after a CSRF failure. */
    csrfRetried?: boolean
  }
}

export const CSRF_COOKIE = 'XSRF-TOKEN'
export const CSRF_HEADER = 'X-XSRF-TOKEN'
const WRITE_METHODS = new Set(['post', 'put', 'patch', 'delete'])

/** An error answer of the API, already turned into Chinese text for the user. */
export class ApiError extends Error {
  /** HTTP status; 0 when no answer arrived (network down, timeout). */
  readonly status: number
  readonly problem: ProblemDetail
  /** Server-side validation errors by field name, ready for `el-form-item :error`. */
  readonly fieldErrors: Record<string, string>

  constructor(status: number, problem: ProblemDetail, message: string) {
    super(message)
    this.name = 'ApiError'
    this.status = status
    this.problem = problem
    this.fieldErrors = {}
    for (const e of problem.errors ?? []) {
      const prev = this.fieldErrors[e.field]
      this.fieldErrors[e.field] = prev ? `${prev}${t('common.separator')}${e.message}` : e.message
    }
  }
}

export function isApiError(e: unknown): e is ApiError {
  return e instanceof ApiError
}

export const http = axios.create({
  baseURL: '/api/v1',
  withCredentials: true,
  // we set the CSRF header ourselves (below), also for the retry
  withXSRFToken: false,
  timeout: 30_000,
  headers: { Accept: 'application/json, application/problem+json' }
})

let unauthorizedHandler: (() => void) | null = null

/** Called on a 401 outside login: the app clears the session and goes to the login page. */
export function setUnauthorizedHandler(handler: (() => void) | null): void {
  unauthorizedHandler = handler
}

// ---- CSRF -------------------------------------------------------------------------------------

let csrf: CsrfToken | null = null
let csrfLoading: Promise<CsrfToken> | null = null

function readCookie(name: string): string | null {
  for (const part of document.cookie ? document.cookie.split('; ') : []) {
    const eq = part.indexOf('=')
    if (part.slice(0, eq) === name) return decodeURIComponent(part.slice(eq + 1))
  }
  return null
}

/** Forget the fetched token, e.g. after login or logout, when the server issues a new one. */
export function resetCsrfToken(): void {
  csrf = null
}

function fetchCsrfToken(): Promise<CsrfToken> {
  csrfLoading ??= http
    .get<CsrfToken>('/auth/csrf', { skipAuthRedirect: true })
    .then((res) => (csrf = res.data))
    .finally(() => (csrfLoading = null))
  return csrfLoading
}

async function csrfHeader(): Promise<[string, string]> {
  if (!csrf && !readCookie(CSRF_COOKIE)) await fetchCsrfToken()
  // the cookie is the freshest copy (the server rotates it at login); the fetched token is the fallback
  const token = readCookie(CSRF_COOKIE) ?? csrf?.token ?? ''
  return [csrf?.headerName || CSRF_HEADER, token]
}

http.interceptors.request.use(async (config: InternalAxiosRequestConfig) => {
  if (WRITE_METHODS.has((config.method ?? 'get').toLowerCase())) {
    const [name, token] = await csrfHeader()
    config.headers.set(name, token)
  }
  return config
})

// ---- errors -----------------------------------------------------------------------------------

function problemOf(error: AxiosError): ProblemDetail {
  const data = error.response?.data
  return data && typeof data === 'object' && !(data instanceof Blob) ? (data as ProblemDetail) : {}
}

function messageOf(error: AxiosError, problem: ProblemDetail): string {
  if (problem.detail) return problem.detail
  if (problem.title) return problem.title
  const status = error.response?.status
  if (!status) return error.code === 'ECONNABORTED' || error.code === 'ETIMEDOUT' ? t('error.timeout') : t('error.network')
  const known = [400, 401, 403, 404, 409, 413, 415, 423, 429, 503]
  return known.includes(status) ? t(`error.status.${status}`) : t('error.server', { status })
}

function isCsrfProblem(problem: ProblemDetail): boolean {
  return typeof problem.type === 'string' && problem.type.endsWith('/csrf')
}

http.interceptors.response.use(undefined, async (error: AxiosError) => {
  if (axios.isCancel(error)) throw error
  const config = error.config
  const status = error.response?.status ?? 0
  const problem = problemOf(error)

  if (status === 403 && config && !config.csrfRetried && isCsrfProblem(problem)) {
    resetCsrfToken()
    await fetchCsrfToken()
    return http.request({ ...config, csrfRetried: true })
  }

  const apiError = new ApiError(status, problem, messageOf(error, problem))
  if (status === 401 && !config?.skipAuthRedirect && unauthorizedHandler) {
    unauthorizedHandler()
  } else if (!config?.silent) {
    ElMessage.error({ message: apiError.message, grouping: true })
  }
  throw apiError
})
