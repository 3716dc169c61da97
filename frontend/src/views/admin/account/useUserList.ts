import { fetchUsers } from '@/api/users'
import type { User } from '@/api/types/user'
import { usePagedList } from '@/composables/usePagedList'

/** The account list with its search form (keyword + org), shared by user management and role assignment. */
export function useUserList() {
  return usePagedList<{ q: string; orgId: number | null }, User>(fetchUsers, () => ({ q: '', orgId: null }))
}
