// PLACEHOLDER until branch `codes` is merged: same signatures as its api/codeTables.ts.
import { shallowRef } from 'vue'
import { http } from './http'
import type { LegalCitation } from './types/item'

export type CodeTableName = 'domains' | 'channels' | 'levels' | 'statutes'

export interface CodeEntry {
  code: string
  name: string
  sortOrder: number
  active: boolean
  note: string | null
}

export interface CitationWarning {
  index: number
  problem: string
  message: string
}

export async function listCodeEntries(table: CodeTableName): Promise<CodeEntry[]> {
  return (await http.get<CodeEntry[]>(`/code-tables/${table}`)).data
}

export async function checkCitations(citations: LegalCitation[]): Promise<CitationWarning[]> {
  return (await http.post<CitationWarning[]>('/statutes/check', citations)).data
}

export function useCodeTable(table: CodeTableName) {
  const entries = shallowRef<CodeEntry[]>([])
  async function load(): Promise<void> {
    entries.value = await listCodeEntries(table)
  }
  return { entries, load }
}
