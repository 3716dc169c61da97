import type { FormItemRule, FormRules } from 'element-plus'
import type { Org, OrgPayload } from '@/api/types/org'

type Translate = (key: string, params?: Record<string, unknown>) => string

/** 统一社会信用代码 (GB 32100): 18 characters of 0-9 and A-Z without I, O, Z, S, V. The server checks the check character. */
export const CREDIT_CODE_CHARSET = /^[0-9A-HJ-NPQRTUWXY]*$/

/** i18n key of what is wrong with a credit code, or null when fine (empty is fine: the field is optional). */
export function creditCodeProblem(value: string | null | undefined): string | null {
  const code = (value ?? '').trim()
  if (!code) return null
  if (!CREDIT_CODE_CHARSET.test(code)) return 'org.validation.creditCodeCharset'
  if (code.length !== 18) return 'org.validation.creditCodeLength'
  return null
}

/** 行政区划代码: digits only, 6 (county) to 12 (township/village statistical code). */
export function regionCodeProblem(value: string | null | undefined): string | null {
  const code = (value ?? '').trim()
  if (!code) return null
  if (!/^\d+$/.test(code)) return 'org.validation.regionCodeDigits'
  if (code.length < 6 || code.length > 12) return 'org.validation.regionCodeLength'
  return null
}

function check(problem: (v: string) => string | null, t: Translate): FormItemRule {
  return {
    trigger: 'blur',
    validator: (_rule, value: string, callback) => {
      const key = problem(value)
      callback(key ? new Error(t(key)) : undefined)
    }
  }
}

export function orgFormRules(t: Translate): FormRules {
  return {
    code: [
      { required: true, whitespace: true, message: t('org.validation.codeRequired'), trigger: 'blur' },
      { max: 64, message: t('org.validation.codeTooLong'), trigger: 'blur' },
      { pattern: /^\S+$/, message: t('org.validation.codeNoSpaces'), trigger: 'blur' }
    ],
    name: [
      { required: true, whitespace: true, message: t('org.validation.nameRequired'), trigger: 'blur' },
      { max: 100, message: t('org.validation.nameTooLong'), trigger: 'blur' }
    ],
    shortName: [{ max: 50, message: t('org.validation.shortNameTooLong'), trigger: 'blur' }],
    type: [{ required: true, message: t('org.validation.typeRequired'), trigger: 'change' }],
    level: [{ required: true, message: t('org.validation.levelRequired'), trigger: 'change' }],
    regionCode: [check(regionCodeProblem, t)],
    creditCode: [check(creditCodeProblem, t)]
  }
}

/** The write body for an org, optionally with some fields changed (e.g. `{ enabled: false }`). */
export function toOrgPayload(org: Org, overrides: Partial<OrgPayload> = {}): OrgPayload {
  const { code, name, shortName, type, level, parentId, regionCode, creditCode, sortOrder, enabled } = org
  return { code, name, shortName, type, level, parentId, regionCode, creditCode, sortOrder, enabled, ...overrides }
}
