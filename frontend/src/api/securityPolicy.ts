import { http } from './http'
import type { SecurityPolicy } from './types/securityPolicy'

export async function fetchSecurityPolicy(options: { silent?: boolean } = {}): Promise<SecurityPolicy> {
  return (await http.get<SecurityPolicy>('/security-policy', options)).data
}

export async function updateSecurityPolicy(body: SecurityPolicy): Promise<SecurityPolicy> {
  return (await http.put<SecurityPolicy>('/security-policy', body)).data
}
