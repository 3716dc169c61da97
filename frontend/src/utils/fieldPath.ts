/**
 * Server field paths come as `legalBasis[0].title` (Bean Validation) or `legalBasis.0.title`; forms use the
 * bracket form for rows. Both become `legalBasis[0].title`.
 */
export function normalizeFieldPath(field: string): string {
  return field
    .trim()
    .replace(/\.(\d+)(?=\.|\[|$)/g, '[$1]')
    .replace(/^\.+|\.+$/g, '')
}

/** `a[1].b` → `a[1]` → `a` → null: where to show an error when its own field is not on the form. */
export function parentFieldPath(path: string): string | null {
  const cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['))
  return cut > 0 ? path.slice(0, cut) : null
}

/**
 * Puts every error on the nearest field the form shows (its own, else a row, else the list); the rest (fields
 * the form does not have) come back in `unplaced` as "field: message" so they are not lost.
 */
export function placeFieldErrors(
  errors: Readonly<Record<string, string>>,
  shown: ReadonlySet<string>,
  separator: string
): { placed: Record<string, string>; unplaced: string[] } {
  const placed: Record<string, string> = {}
  const unplaced: string[] = []
  for (const [field, message] of Object.entries(errors)) {
    let target: string | null = normalizeFieldPath(field)
    while (target && !shown.has(target)) target = parentFieldPath(target)
    if (target) placed[target] = placed[target] ? `${placed[target]}${separator}${message}` : message
    else unplaced.push(field ? `${field}: ${message}` : message)
  }
  return { placed, unplaced }
}
