import { http } from './http'
import type { ItemKindPath } from './types/item'

/** docs/API.md "Excel import / export": templates, import jobs and exports of the four lists. */

export type ImportStatus = 'RUNNING' | 'SUCCEEDED' | 'FAILED'

/** A problem of one cell (row and column), one row, or the whole file (both null). */
export interface ImportError {
  row: number | null
  column: string | null
  message: string
}

export interface ImportJob {
  id: string
  status: ImportStatus
  /** VALIDATING, then WRITING while RUNNING */
  phase: 'VALIDATING' | 'WRITING' | null
  total: number | null
  processed: number
  imported: number
  errorCount: number
  errors: ImportError[]
  fileName: string | null
}

export interface ExportFilters {
  orgId?: number | null
  status?: string
  publicState?: string
  q?: string
  category?: string
  domainCode?: string
  part?: string
}

/** The URL of a download the browser fetches itself (same origin, session cookie). */
export function templateUrl(kind: ItemKindPath): string {
  return `/api/v1/${kind}/import-template`
}

export function errorsUrl(jobId: string): string {
  return `/api/v1/imports/${encodeURIComponent(jobId)}/errors.xlsx`
}

export function exportUrl(kind: ItemKindPath, filters: ExportFilters): string {
  const params = new URLSearchParams()
  for (const [key, value] of Object.entries(filters)) {
    if (value != null && value !== '') params.set(key, String(value).trim())
  }
  const query = params.toString()
  return `/api/v1/${kind}/export${query ? `?${query}` : ''}`
}

/** Uploads an .xlsx; 202 with the job id. The dialog shows 400/413/415 itself. */
export async function startImport(kind: ItemKindPath, orgId: number, file: File): Promise<string> {
  const form = new FormData()
  form.append('file', file)
  const res = await http.post<{ jobId: string }>(`/${kind}/import`, form, { params: { orgId }, silent: true, timeout: 120_000 })
  return res.data.jobId
}

export async function fetchImportJob(jobId: string): Promise<ImportJob> {
  return (await http.get<ImportJob>(`/imports/${encodeURIComponent(jobId)}`, { silent: true })).data
}

/** 0..100: checking counts for the first half, writing for the second. */
export function importPercent(job: ImportJob | null): number {
  if (!job) return 0
  if (job.status === 'SUCCEEDED') return 100
  const total = job.total ?? 0
  if (!total) return 0
  const done = job.phase === 'WRITING' ? total + job.imported : job.processed
  return Math.min(99, Math.floor((done * 100) / (2 * total)))
}
