import { http } from './http'
import type { Page } from './types/common'

/** 依申请公开: the register of applications, their statutory clock, answers, 报备 and the portal's form and lookup. */
export const APPLICATION_STATUSES = ['REGISTERED', 'WAITING_FOR_APPLICANT', 'HANDLING', 'CONSULTING', 'ANSWERED', 'ARCHIVED'] as const
export type ApplicationStatus = (typeof APPLICATION_STATUSES)[number]
export const APPLICANT_SUBTYPES = ['COMMERCIAL', 'RESEARCH', 'PUBLIC_INTEREST', 'LEGAL_SERVICE', 'OTHER'] as const
export const ID_TYPES = ['RESIDENT_ID', 'PASSPORT', 'OTHER_PERSONAL', 'CREDIT_CODE', 'OTHER_ORG'] as const
export const FORMS = ['PAPER', 'ELECTRONIC'] as const
export const DELIVERIES = ['POST', 'EMAIL', 'PICK_UP', 'ONLINE'] as const
export const CHANNELS = ['IN_PERSON', 'POST', 'ONLINE', 'FAX'] as const
/** One per row of the annual report's applications table (表三), in its order. */
export const OUTCOMES = ['DISCLOSED', 'PARTIAL', 'STATE_SECRET', 'LAW_PROHIBITED', 'SECURITY_STABILITY', 'THIRD_PARTY_RIGHTS',
  'INTERNAL_AFFAIRS', 'PROCESS_INFO', 'ENFORCEMENT_FILE', 'ADMIN_QUERY', 'NOT_HELD', 'NEEDS_CREATION', 'UNCLEAR_AFTER_CORRECTION',
  'PETITION', 'DUPLICATE', 'PUBLICATION', 'EXCESSIVE', 'CONFIRMATION', 'NO_CORRECTION', 'UNPAID_FEE', 'OTHER'] as const
export type Outcome = (typeof OUTCOMES)[number]
/** 不予公开 rows (the negative categories) and 部分公开 must cite the negative list. */
export const REFUSALS: readonly Outcome[] = OUTCOMES.slice(1, 10)
export const STEPS = ['accept', 'correction-request', 'correction-received', 'consultation-start', 'consultation-end', 'extension', 'archive'] as const
export type StepAction = (typeof STEPS)[number]

export interface ApplicationForm {
  orgId: number | null
  applicantType: 'NATURAL_PERSON' | 'LEGAL_PERSON'
  applicantSubtype: string | null
  name: string
  idType: string
  idNumber: string
  phone: string
  email: string
  address: string
  description: string
  docNumber: string
  form: string
  delivery: string
  channel?: string
  receivedOn?: string
  version?: number
}

export interface Clock {
  clockStart: string
  dueDate: string | null
  provisional: boolean
  remainingWorkingDays: number | null
  overdueWorkingDays: number | null
  overdue: boolean
  dueSoon: boolean
  paused: boolean
  stopped: boolean
  correctionNoticeBy: string
  applicantDeadline: string | null
  extensionDays: number
  pausedDays: number
  thirdPartyReplyBy: string | null
  answeredInTime: boolean | null
}

export interface Citation { negativeItemId: number; code: string; name: string; category: string; citedOn: string }
export interface Step { at: string; actor: string; action: string; fromStatus: string | null; toStatus: string; effectiveOn: string; comment: string | null }

export interface Application {
  id: number
  orgId: number
  orgName: string | null
  receiptNumber: string
  applicantType: 'NATURAL_PERSON' | 'LEGAL_PERSON'
  applicantSubtype: string | null
  applicantName: string
  idType: string
  idNumber: string
  phone: string | null
  email: string | null
  address: string | null
  description: string
  docNumber: string | null
  form: string
  delivery: string
  channel: string
  receivedOn: string
  status: ApplicationStatus
  version: number
  clock: Clock
  correctionReceivedOn: string | null
  outcome: Outcome | null
  outcomeRow: string | null
  answerText: string | null
  answeredOn: string | null
  article: string | null
  citations: Citation[]
  steps: Step[] | null
}

export interface ApplicationQuery { orgId: number | null; status: string; due: string; year: number | null; page: number; size: number }

export interface ApplicableItem { id: number; code: string; name: string; part: string; category: string; orgId: number; orgName: string }

export interface StepBody { version: number; date?: string; comment?: string; days?: number; applicantDeadline?: string; kind?: string }
export interface AnswerBody { version: number; outcome: Outcome; text: string; negativeItemIds: number[]; article?: string }

export interface Receipt { receiptNumber: string; lookupCode: string; receivedAt: string; dueDate: string }
export interface PublicStatus {
  receiptNumber: string
  orgName: string | null
  status: ApplicationStatus
  receivedAt: string
  dueDate: string | null
  remainingWorkingDays: number | null
  overdueWorkingDays: number | null
  overdue: boolean
  correctionDeadline: string | null
  outcome: Outcome | null
  answeredOn: string | null
}

export async function fetchApplications(query: ApplicationQuery): Promise<Page<Application>> {
  const params: Record<string, string | number> = { page: query.page, size: query.size }
  if (query.orgId != null) params.orgId = query.orgId
  if (query.status) params.status = query.status
  if (query.due) params.due = query.due
  if (query.year) params.year = query.year
  return (await http.get<Page<Application>>('/applications', { params })).data
}

export async function fetchApplication(id: number): Promise<Application> {
  return (await http.get<Application>(`/applications/${id}`)).data
}

/** The form shows field errors inline. */
export async function registerApplication(body: ApplicationForm): Promise<Application> {
  return (await http.post<Application>('/applications', body, { silent: true })).data
}

export async function applicationStep(id: number, action: StepAction, body: StepBody): Promise<Application> {
  return (await http.post<Application>(`/applications/${id}/${action}`, body, { silent: true })).data
}

export async function answerApplication(id: number, body: AnswerBody): Promise<Application> {
  return (await http.post<Application>(`/applications/${id}/answer`, body, { silent: true })).data
}

export async function fetchApplicableItems(id: number): Promise<ApplicableItem[]> {
  return (await http.get<ApplicableItem[]>(`/applications/${id}/applicable-negative-items`)).data
}

/** No login; field errors inline. */
export async function submitOnlineApplication(body: ApplicationForm): Promise<Receipt> {
  return (await http.post<Receipt>('/public/applications', body, { silent: true })).data
}

/** 404 for an unknown number or a wrong code, 429 after too many failures: the caller says so. */
export async function lookupApplication(receiptNumber: string, code: string): Promise<PublicStatus> {
  return (await http.get<PublicStatus>(`/public/applications/${encodeURIComponent(receiptNumber)}`, { params: { code }, silent: true })).data
}

export function emptyForm(orgId: number | null = null): ApplicationForm {
  return { orgId, applicantType: 'NATURAL_PERSON', applicantSubtype: null, name: '', idType: 'RESIDENT_ID', idNumber: '', phone: '', email: '',
    address: '', description: '', docNumber: '', form: 'ELECTRONIC', delivery: 'EMAIL' }
}

export interface CitationStats { negativeItemId: number; total: number; citedInLastThreeYears: number; lastCitedOn: string | null; byYear: { year: number; count: number }[] }

/** How often answers cited a negative item (报备 refusals), per year. */
export async function fetchCitationStats(itemId: number): Promise<CitationStats> {
  return (await http.get<CitationStats>(`/negative-items/${itemId}/citations`, { silent: true })).data
}

export interface Refusal {
  id: number
  receiptNumber: string
  orgName: string | null
  description: string
  receivedOn: string
  answeredOn: string
  outcome: Outcome
  outcomeRow: string
  article: string | null
  answerText: string
  citations: Citation[]
  opinion: { opinion: 'AGREE' | 'OBJECTION'; comment: string | null; givenAt: string; givenBy: string } | null
}

export async function fetchRefusals(query: { orgId: number | null; year: number | null; page: number; size: number }): Promise<Page<Refusal>> {
  const params: Record<string, number> = { page: query.page, size: query.size }
  if (query.orgId != null) params.orgId = query.orgId
  if (query.year) params.year = query.year
  return (await http.get<Page<Refusal>>('/supervision/refusals', { params })).data
}

export async function giveOpinion(id: number, opinion: 'AGREE' | 'OBJECTION', comment: string): Promise<Refusal> {
  return (await http.post<Refusal>(`/supervision/refusals/${id}/opinion`, { opinion, comment }, { silent: true })).data
}
