import { useI18n } from 'vue-i18n'

/** The Chinese name of an item field; a field the UI does not know keeps its code. */
export function useFieldLabel() {
  const { t, te } = useI18n()
  return (field: string) => (te(`item.field.${field}`) ? t(`item.field.${field}`) : field)
}
