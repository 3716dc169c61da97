import { http } from './http'
import type { CatalogueTable, DomainDeclaration, DomainStatus } from './types/catalogue'

/** 领域适用情况 of an org: every domain of the code table, with the org's 未涉及 declarations and published counts. */
export async function fetchOrgDomains(orgId: number): Promise<DomainStatus[]> {
  return (await http.get<DomainStatus[]>(`/orgs/${orgId}/domains`)).data
}

/**
 * Declares a domain not applicable (with the reason) or applicable again. Editors of the org and supervisors over
 * it; 409 while the org has published catalogue items in the domain. The caller shows the error.
 */
export async function declareDomain(orgId: number, domainCode: string, body: DomainDeclaration): Promise<DomainStatus> {
  return (await http.put<DomainStatus>(`/orgs/${orgId}/domains/${encodeURIComponent(domainCode)}`, body, { silent: true })).data
}

/** The org's standard-catalogue table (published entries only); no login needed. The caller shows its own error state. */
export async function fetchCatalogueTable(orgId: number): Promise<CatalogueTable> {
  return (await http.get<CatalogueTable>(`/public/orgs/${orgId}/catalogue`, { silent: true })).data
}
