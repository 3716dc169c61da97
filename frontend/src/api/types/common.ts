/** One page of a list endpoint: `?page=1&size=20` (1-based). */
export interface Page<T> {
  items: T[]
  total: number
  page: number
  size: number
}

export interface FieldError {
  field: string
  message: string
}

/** RFC 9457 problem body; `detail` is Chinese and meant for the user. */
export interface ProblemDetail {
  type?: string
  title?: string
  status?: number
  detail?: string
  instance?: string
  errors?: FieldError[]
}
