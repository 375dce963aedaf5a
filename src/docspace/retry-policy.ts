// When a failed request is sent again, and after how long: full-jitter exponential backoff, DocSpace's
// Retry-After, and a pause of every request of the run while the portal's rate limit holds.
import type { Deadline } from '../lib/deadline.js'
import type { DocSpaceError } from '../lib/errors.js'
import type { RequestSpec } from './transport.js'

/** A wait this long is worth a line in the log: a reader would otherwise see the step hang. */
export const LONG_WAIT_MS = 3000

/** Statuses worth another try: the rate limiter, and a gateway or portal that is briefly unwell. */
export const TRANSIENT_STATUSES = new Set([429, 502, 503, 504])
/** Statuses that mean the request was turned away before DocSpace acted on it. */
export const NOT_APPLIED_STATUSES = new Set([429, 503])

export interface RetryOptions {
  maxRetries: number
  deadline: Deadline
  /** Base of the exponential backoff; the n-th retry waits a random time below base * 2^n, capped. */
  retryBaseMs?: number
  retryCapMs?: number
}

/** One run's retry policy; a 429 pauses every request of the client that holds it. */
export class Retries {
  private pausedUntil = 0

  constructor(private readonly options: RetryOptions) {}

  /** Whether the failure may be tried again: transient, safe to repeat for this request, and retries left. */
  retryable(error: DocSpaceError, spec: RequestSpec, attempt: number): boolean {
    return (
      error.details.transient === true &&
      (spec.retry === 'always' || error.details.outcomeUnknown !== true) &&
      attempt < this.options.maxRetries
    )
  }

  async waitForPause(label: string): Promise<void> {
    const wait = this.pausedUntil - Date.now()
    if (wait <= 0) return
    await this.options.deadline.sleep(wait, `waiting out DocSpace's rate limit before ${label}`)
  }

  /** Full-jitter exponential backoff; a Retry-After from the portal wins and pauses every request. */
  backoff(attempt: number, error: DocSpaceError): number {
    const retryAfter = error.details.retryAfterMs
    if (retryAfter !== undefined) {
      this.pausedUntil = Math.max(this.pausedUntil, Date.now() + retryAfter)
      return retryAfter
    }
    const base = this.options.retryBaseMs ?? 500
    const cap = this.options.retryCapMs ?? 10_000
    const wait = Math.floor(Math.random() * Math.min(cap, base * 2 ** (attempt + 1)))
    if (error.status === 429) this.pausedUntil = Math.max(this.pausedUntil, Date.now() + wait)
    return wait
  }
}

/** `Retry-After` as seconds or an HTTP date, in milliseconds from now. */
export function parseRetryAfter(value: string | string[] | undefined): number | undefined {
  const raw = Array.isArray(value) ? value[0] : value
  if (raw === undefined || raw.trim() === '') return undefined
  if (/^\d+(\.\d+)?$/.test(raw.trim())) return Math.round(Number(raw) * 1000)
  const date = Date.parse(raw)
  return Number.isNaN(date) ? undefined : Math.max(0, date - Date.now())
}
