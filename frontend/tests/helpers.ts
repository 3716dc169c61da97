import { AxiosError, type AxiosResponse, type InternalAxiosRequestConfig } from 'axios'

export type Reply = { status: number; data?: unknown } | 'network-error'
export type Handler = (config: InternalAxiosRequestConfig) => Reply

/** An axios adapter that answers from `handler` and records every request it saw. */
export function fakeAdapter(handler: Handler) {
  const calls: InternalAxiosRequestConfig[] = []
  const adapter = async (config: InternalAxiosRequestConfig): Promise<AxiosResponse> => {
    calls.push(config)
    const reply = handler(config)
    if (reply === 'network-error') throw new AxiosError('Network Error', AxiosError.ERR_NETWORK, config, {})
    const response: AxiosResponse = { data: reply.data ?? '', status: reply.status, statusText: '', headers: {}, config, request: {} }
    if (reply.status >= 200 && reply.status < 300) return response
    throw new AxiosError(`Request failed with status code ${reply.status}`, AxiosError.ERR_BAD_REQUEST, config, {}, response)
  }
  return { adapter, calls }
}

export function clearCookies(): void {
  for (const part of document.cookie.split('; ')) {
    const name = part.split('=')[0]
    if (name) document.cookie = `${name}=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/`
  }
}
