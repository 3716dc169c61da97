import type { BulkAction, ItemEnvelope, ItemStatus } from '@/api/types/item'
import type { Role } from '@/api/types/user'

/** What a user may do with one item; the server has the last word (scope, 409 on a stale version). */
export const ITEM_ACTIONS = ['edit', 'delete', 'submit', 'withdraw', 'approve', 'reject', 'archive'] as const
export type ItemAction = (typeof ITEM_ACTIONS)[number]

/** The user the actions are computed for. */
export interface Actor {
  roles: readonly Role[]
  id?: number | null
  username?: string | null
  displayName?: string | null
}

type TagType = 'primary' | 'success' | 'info' | 'warning' | 'danger'

export const STATUS_TAG: Readonly<Record<ItemStatus, TagType>> = {
  DRAFT: 'info',
  PENDING_REVIEW: 'warning',
  PUBLISHED: 'success',
  REJECTED: 'danger',
  ARCHIVED: 'info'
}

/**
 * A published item with a newer working copy (动态调整): the public still sees revision `revision` while the
 * draft, pending or rejected revision is being worked on.
 */
export function hasPendingRevision(item: Pick<ItemEnvelope, 'revision' | 'status'>): boolean {
  return item.revision != null && item.status !== 'PUBLISHED' && item.status !== 'ARCHIVED'
}

/**
 * The state as two parts: what the public sees and, when a revision is in work, its state — 已发布 · 修订草稿 for a
 * published item being edited (never just 草稿, which would read as "taken offline").
 */
export function stateParts(item: Pick<ItemEnvelope, 'revision' | 'status'>): { public: ItemStatus; revision: ItemStatus | null } {
  if (item.status === 'ARCHIVED') return { public: 'ARCHIVED', revision: null }
  if (item.revision == null) return { public: item.status, revision: null }
  return { public: 'PUBLISHED', revision: item.status === 'PUBLISHED' ? null : item.status }
}

/** The reviewer may not approve what they submitted themselves (四眼原则). */
export function isOwnSubmission(item: Pick<ItemEnvelope, 'submittedBy'>, actor: Actor): boolean {
  const by = item.submittedBy
  if (by == null || by === '') return false
  return [actor.username, actor.displayName, actor.id == null ? null : String(actor.id)].some((v) => v != null && v !== '' && v === String(by))
}

const has = (actor: Actor, role: Role) => actor.roles.includes(role)
const EDITABLE: readonly ItemStatus[] = ['DRAFT', 'REJECTED', 'PUBLISHED']
/** a returned item (已退回) is edited first: the edit makes it a draft again, then it can be submitted */
const SUBMITTABLE: readonly ItemStatus[] = ['DRAFT']

/**
 * The buttons of the detail page, in display order. Editors edit (a published item gets a new draft
 * revision), delete never-published drafts, submit and withdraw; reviewers approve and reject pending items
 * they did not submit; editors and reviewers archive published items.
 */
export function itemActions(item: Pick<ItemEnvelope, 'status' | 'revision' | 'submittedBy'>, actor: Actor): ItemAction[] {
  const actions: ItemAction[] = []
  const editor = has(actor, 'EDITOR')
  const reviewer = has(actor, 'REVIEWER')
  const s = item.status
  if (editor && EDITABLE.includes(s)) actions.push('edit')
  if (editor && SUBMITTABLE.includes(s)) actions.push('submit')
  if (editor && s === 'PENDING_REVIEW') actions.push('withdraw')
  if (reviewer && s === 'PENDING_REVIEW' && !isOwnSubmission(item, actor)) actions.push('approve', 'reject')
  if ((editor || reviewer) && s === 'PUBLISHED') actions.push('archive')
  if (editor && item.revision == null && (s === 'DRAFT' || s === 'REJECTED')) actions.push('delete')
  return actions
}

/** Bulk buttons of the list page for the user's roles. */
export function bulkActionsFor(roles: readonly Role[]): BulkAction[] {
  const actor = { roles }
  const actions: BulkAction[] = []
  if (has(actor, 'EDITOR')) actions.push('submit')
  if (has(actor, 'REVIEWER')) actions.push('approve', 'reject')
  if (has(actor, 'EDITOR') || has(actor, 'REVIEWER')) actions.push('archive')
  return actions
}

export function canCreateItems(roles: readonly Role[]): boolean {
  return roles.includes('EDITOR')
}

/** What a transition needs from the user before it can be sent. */
export interface TransitionNeeds {
  /** the 保密审查 attestation (条例 art 17) */
  attestation: boolean
  comment: 'none' | 'optional' | 'required'
  /** archive: the reason, sent as `changeReason` */
  reason: boolean
}

export function transitionNeeds(action: 'submit' | 'withdraw' | 'approve' | 'reject' | 'archive'): TransitionNeeds {
  switch (action) {
    case 'approve':
      return { attestation: true, comment: 'optional', reason: false }
    case 'reject':
      return { attestation: false, comment: 'required', reason: false }
    case 'archive':
      return { attestation: false, comment: 'none', reason: true }
    default:
      return { attestation: false, comment: 'none', reason: false }
  }
}
