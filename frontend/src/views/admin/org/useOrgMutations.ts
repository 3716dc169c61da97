import { ElMessage } from 'element-plus'
import { deleteOrg, updateOrg } from '@/api/orgs'
import { isApiError } from '@/api/http'
import type { OrgNode } from '@/api/types/org'
import { t } from '@/i18n'
import { confirmAction as confirmed, paragraphs } from '@/utils/confirm'
import { toOrgPayload } from './orgRules'

/** Enable/disable and delete, with confirmation; `refresh(id)` reloads the tree and selects `id`. */
export function useOrgMutations(refresh: (selectId: number | null) => Promise<void>) {
  async function setEnabled(org: OrgNode, enabled: boolean): Promise<void> {
    try {
      await updateOrg(org.id, toOrgPayload(org, { enabled }), { silent: false })
      ElMessage.success(t(enabled ? 'org.message.enabled' : 'org.message.disabled', { name: org.name }))
      await refresh(org.id)
    } catch {
      // the http client already showed the reason
    }
  }

  async function toggleEnabled(org: OrgNode): Promise<void> {
    if (org.enabled && !(await confirmed(t('org.confirm.disable', { name: org.name }), t('org.action.disable')))) return
    await setEnabled(org, !org.enabled)
  }

  async function remove(org: OrgNode): Promise<void> {
    if (!(await confirmed(t('org.confirm.delete', { name: org.name }), t('org.action.delete'), true))) return
    try {
      await deleteOrg(org.id)
      ElMessage.success(t('org.message.deleted', { name: org.name }))
      await refresh(org.parentId)
    } catch (e) {
      if (isApiError(e) && e.status === 409) {
        // has children, users or items: offer the safe alternative
        if (!org.enabled) ElMessage.error(e.message)
        else if (await confirmed(paragraphs(e.message, t('org.confirm.disableInstead')), t('org.action.disableInstead'))) {
          await setEnabled(org, false)
        }
      } else {
        ElMessage.error(isApiError(e) ? e.message : t('error.unknown'))
      }
    }
  }

  return { toggleEnabled, remove }
}
