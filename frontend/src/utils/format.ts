const pad = (n: number) => String(n).padStart(2, '0')

/** ISO instant → local "YYYY-MM-DD HH:mm:ss"; empty/invalid → "—". */
export function formatDateTime(value: string | null | undefined): string {
  if (!value) return '—'
  const d = new Date(value)
  if (Number.isNaN(d.getTime())) return value
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}`
}

/** Pretty JSON for audit details and the like. */
export function formatJson(value: unknown): string {
  return JSON.stringify(value, null, 2)
}
