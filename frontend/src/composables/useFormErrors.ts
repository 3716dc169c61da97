import { reactive, ref } from 'vue'
import { isApiError } from '@/api/http'
import { t } from '@/i18n'
import { normalizeFieldPath } from '@/utils/fieldPath'

/**
 * Server errors of a form: `error` for an alert above the form (the problem's Chinese detail) and
 * `fieldErrors` for `<el-form-item :error="fieldErrors.name">`. Row fields are keyed like `legalBasis[0].title`
 * whether the server wrote `legalBasis[0].title` or `legalBasis.0.title`.
 */
export function useFormErrors() {
  const error = ref('')
  const fieldErrors = reactive<Record<string, string>>({})

  function clear(): void {
    error.value = ''
    for (const key of Object.keys(fieldErrors)) delete fieldErrors[key]
  }

  function capture(e: unknown): void {
    clear()
    if (isApiError(e)) {
      error.value = e.message
      for (const [field, message] of Object.entries(e.fieldErrors)) {
        const key = normalizeFieldPath(field)
        fieldErrors[key] = fieldErrors[key] ? `${fieldErrors[key]}${t('common.separator')}${message}` : message
      }
    } else {
      error.value = t('error.unknown')
    }
  }

  return { error, fieldErrors, clear, capture }
}
