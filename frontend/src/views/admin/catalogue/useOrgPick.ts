import { computed, ref, watch } from 'vue'
import { useRoute, useRouter } from 'vue-router'
import { useOrgTree } from '@/composables/useOrgTree'
import { useAuthStore } from '@/stores/auth'

/**
 * The org a catalogue page shows, picked by the console user: `?orgId=` in the address (so the page can be
 * linked and reloaded), else the user's own org.
 */
export function useOrgPick(onChange: (orgId: number) => void) {
  const route = useRoute()
  const router = useRouter()
  const auth = useAuthStore()
  const orgs = useOrgTree()
  const fromQuery = Number(route.query.orgId)
  const orgId = ref<number | null>(Number.isInteger(fromQuery) && fromQuery > 0 ? fromQuery : auth.me?.orgId ?? null)
  const orgName = computed(() => orgs.find(orgId.value)?.name ?? (orgId.value === auth.me?.orgId ? auth.me?.orgName ?? '' : ''))

  watch(orgId, (id) => {
    if (id == null) return
    void router.replace({ query: { ...route.query, orgId: String(id) } })
    onChange(id)
  })

  return { orgId, orgName, tree: orgs.tree, loadOrgs: orgs.load }
}
