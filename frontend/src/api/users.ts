import { http } from './http'
import type { Page } from './types/common'
import type { RoleAssignment, User, UserCreate, UserQuery, UserUpdate } from './types/user'

export async function fetchUsers(query: UserQuery): Promise<Page<User>> {
  const params = { ...query, q: query.q?.trim() || undefined, orgId: query.orgId ?? undefined }
  return (await http.get<Page<User>>('/users', { params })).data
}

export async function createUser(body: UserCreate): Promise<User> {
  return (await http.post<User>('/users', body)).data
}

export async function updateUser(id: number, body: UserUpdate): Promise<User> {
  return (await http.put<User>(`/users/${id}`, body)).data
}

export async function resetPassword(id: number, newPassword: string): Promise<void> {
  await http.post(`/users/${id}/reset-password`, { newPassword })
}

/** 400 when the 三员 separation would be violated; `detail` explains. */
export async function assignRoles(id: number, body: RoleAssignment): Promise<User> {
  return (await http.put<User>(`/users/${id}/roles`, body)).data
}

export async function unlockUser(id: number): Promise<void> {
  await http.post(`/users/${id}/unlock`)
}
