import { ref, shallowRef, type Ref } from 'vue'
import { bulkTransition } from '@/api/items'
import type { BulkAction, Item, ItemKindPath, TransitionInput } from '@/api/types/item'
import { t } from '@/i18n'
import { confirmAction } from '@/utils/confirm'
import { bulkResultRows, type BulkResultRow } from './bulkResults'

/**
 * Bulk 提交审核 / 审核通过 / 退回 / 归档 of the selected rows: submit asks for confirmation, the others open the
 * transition dialog; afterwards the per-item results are shown and `after` reloads the list.
 */
export function useBulkActions(kind: ItemKindPath, selected: Readonly<Ref<readonly Item[]>>, after: () => Promise<void>) {
  const action = ref<BulkAction>('submit')
  const dialogOpen = ref(false)
  const submitting = ref(false)
  const resultOpen = ref(false)
  const resultRows = shallowRef<BulkResultRow[]>([])

  async function run(input: TransitionInput = {}): Promise<void> {
    const items = [...selected.value]
    submitting.value = true
    try {
      const results = await bulkTransition(kind, action.value, items.map((i) => i.id), input)
      resultRows.value = bulkResultRows(results, items, t('item.bulk.noAnswer'))
      dialogOpen.value = false
      resultOpen.value = true
      await after()
    } catch {
      // the http client showed why the request as a whole failed
    } finally {
      submitting.value = false
    }
  }

  async function start(next: BulkAction): Promise<void> {
    if (!selected.value.length) return
    action.value = next
    if (next === 'submit') {
      if (await confirmAction(t('item.bulk.confirmSubmit', { n: selected.value.length }), t('item.bulk.action.submit'))) await run()
    } else {
      dialogOpen.value = true
    }
  }

  return { action, dialogOpen, submitting, resultOpen, resultRows, start, run }
}
