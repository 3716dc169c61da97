import { ElMessage } from 'element-plus'
import { computed, reactive, ref, shallowRef } from 'vue'
import { checkCitations } from '@/api/codeTables'
import { isApiError } from '@/api/http'
import { createItem, fetchItem, fetchItems, updateItem } from '@/api/items'
import type { FieldError } from '@/api/types/common'
import type { Item, ItemKindPath, PowerItem } from '@/api/types/item'
import { useFormErrors } from '@/composables/useFormErrors'
import { t } from '@/i18n'
import { placeFieldErrors } from '@/utils/fieldPath'
import { createBody, emptyItemForm, itemFormFieldPaths, itemFormFrom, updateBody, type ItemFormModel } from './itemForm'
import { citationsBody } from './formRows'
import { KIND_OF_PATH } from './itemKinds'
import { checkedWarnings, replaceWarnings, warningsByRow } from './itemWarnings'

/**
 * Loading and saving the item form. Server errors land on the matching fields (`legalBasis[0].title`), the
 * rest in the alert; a 409 on save (someone else saved first) offers to reload. The statute registry's doubts
 * about citations (the item's `warnings`, or a check on demand) show next to the citation rows.
 */
export function useItemForm(kind: ItemKindPath, id: number | null, defaultOrgId: () => number | null) {
  const form = reactive<ItemFormModel>(emptyItemForm(KIND_OF_PATH[kind], defaultOrgId()))
  const item = shallowRef<Item | null>(null)
  const loading = ref(false)
  const loadFailed = ref(false)
  const saving = ref(false)
  const conflict = ref(false)
  const { error, fieldErrors, clear, capture } = useFormErrors()
  let snapshot = JSON.stringify(form)

  const editing = id != null
  /** A revision of a published item needs its 变更原因. */
  const needsChangeReason = computed(() => item.value?.revision != null)
  const placement = computed(() => placeFieldErrors(fieldErrors, itemFormFieldPaths(form, editing), t('common.separator')))
  const dirty = () => JSON.stringify(form) !== snapshot
  const warnings = shallowRef<FieldError[]>([])
  const warningRows = computed(() => warningsByRow(warnings.value, t('common.separator')))
  const checking = ref(false)

  async function load(): Promise<void> {
    if (id == null) return
    loading.value = true
    loadFailed.value = false
    try {
      item.value = await fetchItem(kind, id)
      Object.assign(form, itemFormFrom(item.value))
      warnings.value = item.value.warnings ?? []
      snapshot = JSON.stringify(form)
      clear()
      conflict.value = false
    } catch {
      loadFailed.value = true
    } finally {
      loading.value = false
    }
  }

  /** The saved item, or null when the server said no (the errors are then on the form). */
  async function save(): Promise<Item | null> {
    clear()
    conflict.value = false
    saving.value = true
    try {
      const saved = item.value ? await updateItem(kind, item.value.id, updateBody(form, item.value.version)) : await createItem(kind, createBody(form))
      snapshot = JSON.stringify(form)
      return saved
    } catch (e) {
      capture(e)
      conflict.value = editing && isApiError(e) && e.status === 409 && Object.keys(e.fieldErrors).length === 0
      return null
    } finally {
      saving.value = false
    }
  }

  /** Checks the citations of `base` as they are on screen (nothing is saved); problems show next to their rows. */
  async function checkCitationsOf(base: 'legalBasis' | 'basis'): Promise<void> {
    checking.value = true
    try {
      const found = await checkCitations(citationsBody(form[base]))
      warnings.value = replaceWarnings(warnings.value, base, checkedWarnings(base, found))
      if (found.length) ElMessage.warning(t('item.warnings.found', { n: found.length }))
      else ElMessage.success(t('item.warnings.none'))
    } catch {
      // the http client has shown the error
    } finally {
      checking.value = false
    }
  }

  return {
    form, item, loading, loadFailed, saving, conflict, error, placement, editing, needsChangeReason, dirty, load, save, warningRows, checking,
    checkCitationsOf
  }
}

/** 主项 candidates for a 子项: the org's power items that are not themselves 子项 (and not the item itself). */
export async function fetchParentCandidates(orgId: number, selfId: number | null): Promise<PowerItem[]> {
  const page = await fetchItems('power-items', { orgId, page: 1, size: 200 })
  return (page.items as PowerItem[]).filter((i) => i.id !== selfId && i.parentId == null && i.status !== 'ARCHIVED')
}
