import { describe, expect, it } from 'vitest'
import { isProtectedAdministrator, separationProblem } from '@/views/admin/account/roleRules'
import { charClassCount, generatePassword, passwordProblem } from '@/utils/password'

describe('三员分立', () => {
  it('allows one administrator role alone, or business roles', () => {
    expect(separationProblem(['SYS_ADMIN'])).toBeNull()
    expect(separationProblem(['EDITOR', 'REVIEWER', 'SUPERVISOR'])).toBeNull()
    expect(separationProblem([])).toBeNull()
  })

  it('rejects two administrator roles and administrators with business roles', () => {
    expect(separationProblem(['SYS_ADMIN', 'AUDIT_ADMIN'])).toBe('role.validation.twoAdmins')
    expect(separationProblem(['SECURITY_ADMIN', 'EDITOR'])).toBe('role.validation.adminWithBusiness')
  })

  it('keeps administrator accounts out of the other administrators\' reach', () => {
    expect(isProtectedAdministrator(['AUDIT_ADMIN'])).toBe(true)
    expect(isProtectedAdministrator(['EDITOR', 'REVIEWER'])).toBe(false)
    expect(isProtectedAdministrator([])).toBe(false)
  })
})

describe('password pre-check', () => {
  const policy = { minLength: 8, minCharClasses: 3 }

  it('counts character classes', () => {
    expect(charClassCount('abc')).toBe(1)
    expect(charClassCount('aB3!')).toBe(4)
  })

  it('follows the policy', () => {
    expect(passwordProblem('', policy)).toEqual({ key: 'password.rule.required' })
    expect(passwordProblem('aB3!', policy)).toEqual({ key: 'password.rule.tooShort', params: { n: 8 } })
    expect(passwordProblem('abcdefgh1', policy)).toEqual({ key: 'password.rule.tooFewClasses', params: { n: 3 } })
    expect(passwordProblem('Abcdefg1', policy)).toBeNull()
    expect(passwordProblem('x', null)).toBeNull()
  })

  it('generates passwords that satisfy the strictest policy', () => {
    for (let i = 0; i < 20; i++) expect(passwordProblem(generatePassword(), { minLength: 12, minCharClasses: 4 })).toBeNull()
  })
})
