import { ref } from 'vue'
import { fetchSecurityPolicy } from '@/api/securityPolicy'
import type { SecurityPolicy } from '@/api/types/securityPolicy'

/** The password rules, to show them on password forms; a failed load just hides the hint. */
export function usePasswordPolicy() {
  const policy = ref<SecurityPolicy | null>(null)

  async function load(): Promise<void> {
    try {
      policy.value = await fetchSecurityPolicy({ silent: true })
    } catch {
      policy.value = null
    }
  }

  return { policy, load }
}
