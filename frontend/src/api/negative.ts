import { http } from './http'
import type { Page } from './types/common'
import type { ApplicableNegativeList, ReviewDueRow, ReviewsDueQuery, ReviewStatus } from './types/negative'

/** 登记定期审查: the item was reviewed and stays as it is; the next review is one interval later. Published items only (409). */
export async function recordNegativeReview(id: number, comment: string): Promise<ReviewStatus> {
  const body = comment.trim() ? { comment: comment.trim() } : {}
  return (await http.post<ReviewStatus>(`/negative-items/${id}/review`, body, { silent: true })).data
}

/** Published negative items due for review within `withinDays` (overdue ones included), in the caller's scope. */
export async function fetchReviewsDue(query: ReviewsDueQuery): Promise<Page<ReviewDueRow>> {
  const params: Record<string, number> = { withinDays: query.withinDays, page: query.page, size: query.size }
  if (query.orgId != null) params.orgId = query.orgId
  return (await http.get<Page<ReviewDueRow>>('/negative-items/reviews-due', { params })).data
}

/** The negative list that applies to an org (inherited COMMON items, then its own SPECIFIC ones); no login needed. */
export async function fetchApplicableNegativeList(orgId: number): Promise<ApplicableNegativeList> {
  return (await http.get<ApplicableNegativeList>(`/public/orgs/${orgId}/negative-list`, { silent: true })).data
}
