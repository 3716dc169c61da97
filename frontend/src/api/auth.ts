import { http } from './http'
import type { LoginRequest, Me, PasswordChangeRequest } from './types/auth'

/** 401 is the normal "wrong password" answer here, and the form shows `detail` itself. */
export async function login(body: LoginRequest): Promise<Me> {
  return (await http.post<Me>('/auth/login', body, { skipAuthRedirect: true, silent: true })).data
}

export async function logout(): Promise<void> {
  await http.post('/auth/logout', undefined, { skipAuthRedirect: true, silent: true })
}

/** The current user, or a rejected ApiError with status 401 when nobody is logged in. */
export async function fetchMe(): Promise<Me> {
  return (await http.get<Me>('/auth/me', { skipAuthRedirect: true, silent: true })).data
}

export async function changePassword(body: PasswordChangeRequest): Promise<void> {
  await http.post('/auth/password', body, { silent: true })
}
