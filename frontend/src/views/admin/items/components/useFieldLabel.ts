import { toValue, type MaybeRefOrGetter } from 'vue'
import { useI18n } from 'vue-i18n'
import type { ItemKind } from '@/api/types/item'

/**
 * The Chinese name of an item field; a kind may name a shared field its own way (a catalogue item's `timeLimit`
 * is its 公开时限). A field the UI does not know keeps its code.
 */
export function useFieldLabel(kind?: MaybeRefOrGetter<ItemKind | undefined>) {
  const { t, te } = useI18n()
  return (field: string) => {
    const k = toValue(kind)
    if (k && te(`item.kindField.${k}.${field}`)) return t(`item.kindField.${k}.${field}`)
    return te(`item.field.${field}`) ? t(`item.field.${field}`) : field
  }
}
