import { http } from './http'

/** The 同义词 code table of the public search (`/api/v1/code-tables/synonyms`): pairs that match each other. */
export interface Synonym {
  id: number
  term: string
  synonym: string
  source: string
  active: boolean
  updatedAt: string
}

export interface SynonymPayload {
  term: string
  synonym: string
  source: string
  active?: boolean
}

export async function listSynonyms(): Promise<Synonym[]> {
  return (await http.get<Synonym[]>('/code-tables/synonyms')).data
}

/** SYS_ADMIN; the dialog shows errors inline (400 fields, 409 a pair that exists in either order). */
export async function createSynonym(body: SynonymPayload): Promise<Synonym> {
  return (await http.post<Synonym>('/code-tables/synonyms', body, { silent: true })).data
}

export async function updateSynonym(id: number, body: SynonymPayload, options: { silent?: boolean } = { silent: true }): Promise<Synonym> {
  return (await http.put<Synonym>(`/code-tables/synonyms/${id}`, body, options)).data
}

export async function deleteSynonym(id: number): Promise<void> {
  await http.delete(`/code-tables/synonyms/${id}`)
}
