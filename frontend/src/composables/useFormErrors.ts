import { reactive, ref } from 'vue'
import { isApiError } from '@/api/http'
import { t } from '@/i18n'

/**
 * Server errors of a form: `error` for an alert above the form (the problem's Chinese detail) and
 * `fieldErrors` for `<el-form-item :error="fieldErrors.name">`.
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
      Object.assign(fieldErrors, e.fieldErrors)
    } else {
      error.value = t('error.unknown')
    }
  }

  return { error, fieldErrors, clear, capture }
}
