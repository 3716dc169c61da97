import { computed, ref, shallowRef } from 'vue'
import { fetchOrgTree, fetchScopedOrgTree, type OrgPickerScope } from '@/api/orgs'
import type { OrgNode } from '@/api/types/org'
import { findOrg } from '@/utils/orgTree'

/**
 * The org tree of the console, loaded on demand: the whole tree (GET /orgs, for the administrators' pages and for
 * naming orgs) or, with `scope`, only the orgs of the user's scope, own org first (what pickers offer).
 */
export function useOrgTree(scope?: OrgPickerScope) {
  const tree = shallowRef<OrgNode[]>([])
  const loading = ref(false)
  const failed = ref(false)

  async function load(): Promise<void> {
    loading.value = true
    failed.value = false
    try {
      tree.value = scope ? await fetchScopedOrgTree(scope) : await fetchOrgTree()
    } catch {
      failed.value = true
    } finally {
      loading.value = false
    }
  }

  const isEmpty = computed(() => !loading.value && !failed.value && tree.value.length === 0)
  const find = (id: number | null | undefined) => findOrg(tree.value, id)

  return { tree, loading, failed, isEmpty, load, find }
}
