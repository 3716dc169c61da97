import { ElMessageBox } from 'element-plus'
import { h, type VNode } from 'vue'
import { t } from '@/i18n'

/** A message of several paragraphs (e.g. the server's reason, then a question). */
export function paragraphs(...texts: string[]): VNode {
  return h('div', texts.map((text) => h('p', { style: 'margin: 0 0 6px' }, text)))
}

/** A confirmation dialog; resolves false when the user cancels or closes it. */
export async function confirmAction(message: string | VNode, confirmText: string, danger = false): Promise<boolean> {
  try {
    await ElMessageBox.confirm(message, t('common.confirmTitle'), {
      type: danger ? 'error' : 'warning',
      confirmButtonText: confirmText,
      cancelButtonText: t('common.cancel'),
      confirmButtonClass: danger ? 'el-button--danger' : undefined,
      autofocus: false
    })
    return true
  } catch {
    return false
  }
}
