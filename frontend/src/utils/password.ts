import type { SecurityPolicy } from '@/api/types/securityPolicy'

/** Lower case, upper case, digits and everything else: the four classes of the password policy. */
export function charClassCount(password: string): number {
  return [/[a-z]/, /[A-Z]/, /[0-9]/, /[^a-zA-Z0-9]/].filter((re) => re.test(password)).length
}

/**
 * Client-side pre-check against the policy, so the user learns early; the server has the last word.
 * Returns an i18n key with its parameters, or null when the password looks acceptable.
 */
export function passwordProblem(
  password: string,
  policy: Pick<SecurityPolicy, 'minLength' | 'minCharClasses'> | null
): { key: string; params?: Record<string, number> } | null {
  if (!password) return { key: 'password.rule.required' }
  if (!policy) return null
  if (password.length < policy.minLength) return { key: 'password.rule.tooShort', params: { n: policy.minLength } }
  if (charClassCount(password) < policy.minCharClasses) {
    return { key: 'password.rule.tooFewClasses', params: { n: policy.minCharClasses } }
  }
  return null
}

/** A random password with all four character classes (ambiguous characters left out), for admins. */
export function generatePassword(length = 12): string {
  const sets = ['abcdefghijkmnpqrstuvwxyz', 'ABCDEFGHJKLMNPQRSTUVWXYZ', '23456789', '!#$%&*+-=?_']
  const all = sets.join('')
  const random = (n: number) => crypto.getRandomValues(new Uint32Array(1))[0]! % n
  const chars = sets.map((s) => s[random(s.length)]!)
  while (chars.length < length) chars.push(all[random(all.length)]!)
  for (let i = chars.length - 1; i > 0; i--) {
    const j = random(i + 1)
    ;[chars[i], chars[j]] = [chars[j]!, chars[i]!]
  }
  return chars.join('')
}
