import { ElMessage } from 'element-plus'
import { ref, type Ref } from 'vue'
import { useRouter } from 'vue-router'
import { isApiError } from '@/api/http'
import { deleteItem, transitionItem } from '@/api/items'
import type { Item, ItemKindPath, Transition, TransitionInput } from '@/api/types/item'
import { t } from '@/i18n'
import { confirmAction, paragraphs } from '@/utils/confirm'
import { KIND_ROUTES } from './itemKinds'

/**
 * The lifecycle buttons of one item. Every write carries the item's `version`; a 409 (someone changed it
 * meanwhile, or the transition is no longer allowed) shows the server's reason and offers to reload.
 */
export function useItemActions(kind: ItemKindPath, item: Ref<Item | null>, reload: () => Promise<void>) {
  const router = useRouter()
  const busy = ref(false)

  async function failed(e: unknown): Promise<void> {
    if (isApiError(e) && e.status === 409) {
      if (await confirmAction(paragraphs(e.message, t('item.conflict.question')), t('item.conflict.reload'))) await reload()
    } else {
      ElMessage.error({ message: isApiError(e) ? e.message : t('error.unknown'), grouping: true })
    }
  }

  /** true when the transition went through (the item is then reloaded). */
  async function run(action: Transition, input: TransitionInput = {}): Promise<boolean> {
    const current = item.value
    if (!current) return false
    busy.value = true
    try {
      await transitionItem(kind, current.id, action, current.version, input)
      ElMessage.success(t(`item.message.${action}`, { name: current.name }))
      await reload()
      return true
    } catch (e) {
      await failed(e)
      return false
    } finally {
      busy.value = false
    }
  }

  /** submit and withdraw need only a confirmation. */
  async function confirmAndRun(action: 'submit' | 'withdraw'): Promise<void> {
    const current = item.value
    if (!current) return
    if (await confirmAction(t(`item.confirm.${action}`, { name: current.name }), t(`item.action.${action}`))) await run(action)
  }

  async function remove(): Promise<void> {
    const current = item.value
    if (!current || !(await confirmAction(t('item.confirm.delete', { name: current.name }), t('item.action.delete'), true))) return
    busy.value = true
    try {
      await deleteItem(kind, current.id)
      ElMessage.success(t('item.message.deleted', { name: current.name }))
      await router.replace({ name: KIND_ROUTES[kind].list })
    } catch (e) {
      await failed(e)
    } finally {
      busy.value = false
    }
  }

  return { busy, run, confirmAndRun, remove }
}
