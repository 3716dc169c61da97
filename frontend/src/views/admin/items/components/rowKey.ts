/** A stable key for a row object of a form list, so moved rows keep their inputs (and focus). */
const keys = new WeakMap<object, number>()
let next = 0

export function rowKey(row: object): number {
  let key = keys.get(row)
  if (key === undefined) {
    key = ++next
    keys.set(row, key)
  }
  return key
}
