import type { IncomingMessage } from 'node:http'
import type { InferOutput } from 'valibot'
import type { Deadline } from '../lib/deadline.js'
import { delay, formatSeconds } from '../lib/deadline.js'
import { DocSpaceError } from '../lib/errors.js'
import { reportProgress } from '../lib/progress.js'
import { AdaptiveLimit } from './adaptive-limit.js'
import { checkAnswer, type AnswerSchema } from './answers.js'
import { unwrap } from './envelope.js'
import { streamAnswer } from './stream.js'
import { LONG_WAIT_MS, Retries } from './retry-policy.js'
import { Transport, type RequestSpec } from './transport.js'

export interface ClientOptions {
  /** Portal base URL, validated by the inputs: http(s), no trailing slash. */
  portalUrl: string
  apiKey: string
  deadline: Deadline
  requestTimeoutMs: number
  maxRetries: number
  /** Writes in flight at most; lowered for a while whenever the portal answers 429. */
  writeConcurrency?: number
  /** Base of the exponential backoff; the n-th retry waits a random time below base * 2^n, capped. */
  retryBaseMs?: number
  retryCapMs?: number
  debug?: (line: string) => void
  /** The log at the default level: a retry that waits LONG_WAIT_MS or more says so there. */
  info?: (line: string) => void
  /** From how long a retry's wait is said at the default level (default LONG_WAIT_MS); tests shorten it. */
  longWaitMs?: number
  /** How often a long wait says it is still waiting (default PROGRESS_EVERY_MS); tests shorten it. */
  progressEveryMs?: number
  userAgent?: string
}

/**
 * The one place that knows DocSpace's URLs, headers, envelope and status codes. Every failure comes out
 * as a DocSpaceError with the status, DocSpace's message and a likely cause; transient failures are
 * retried with backoff inside the step's deadline, and a 429 pauses every request of this client.
 */
export class DocSpaceClient {
  private readonly transport: Transport
  private readonly retries: Retries
  private readonly writes: AdaptiveLimit

  constructor(private readonly options: ClientOptions) {
    this.transport = new Transport(options)
    this.retries = new Retries(options)
    this.writes = new AdaptiveLimit(options.writeConcurrency ?? 1)
  }

  /** Requests sent so far, retries included. */
  get requestsSent(): number {
    return this.transport.requestsSent
  }

  get deadline(): Deadline {
    return this.options.deadline
  }

  /** A GET whose body the caller reads as a stream (a file's bytes), retried while no byte was handed over. */
  async download<T>(spec: RequestSpec, consume: (body: IncomingMessage) => Promise<T>): Promise<T> {
    const label = `${spec.method} /${spec.path}`
    for (let attempt = 0; ; attempt++) {
      await this.retries.waitForPause(label)
      let started = false
      try {
        return await streamAnswer(
          this.transport,
          spec,
          label,
          { deadline: this.options.deadline, idleMs: this.options.requestTimeoutMs },
          (body) => {
            started = true
            return consume(body)
          }
        )
      } catch (error) {
        if (!(error instanceof DocSpaceError) || started || !this.retries.retryable(error, spec, attempt)) throw error
        const wait = this.retries.backoff(attempt, error)
        if (wait > this.options.deadline.remainingMs()) throw error
        await this.retryDelay(wait, label, error, attempt)
      }
    }
  }

  dispose(): void {
    this.transport.dispose()
  }

  /**
   * Sends a request and returns the envelope's `response`, checked against the shape the caller reads: an
   * answer without what the action needs fails here, before anything is done with it.
   */
  async call<S extends AnswerSchema>(spec: RequestSpec, answer: S): Promise<InferOutput<S>> {
    const label = `${spec.method} /${spec.path}`
    const checked = (response: unknown): InferOutput<S> => {
      const result = checkAnswer(answer, response)
      if (result.ok) return result.value
      throw new DocSpaceError({
        request: label,
        malformed: result.problem,
        likelyCause:
          'portal-url points at something other than a DocSpace portal this action supports (version 3.x), or a proxy between them changed the answer; nothing that depends on this answer was done'
      })
    }
    for (let attempt = 0; ; attempt++) {
      await this.retries.waitForPause(label)
      let error: DocSpaceError
      try {
        return checked(await this.attempt(spec, label))
      } catch (caught) {
        if (!(caught instanceof DocSpaceError)) throw caught
        error = caught
      }
      if (!this.retries.retryable(error, spec, attempt)) {
        throw attempt > 0 ? new DocSpaceError({ ...error.details, attempts: attempt + 1 }) : error
      }
      const wait = this.retries.backoff(attempt, error)
      if (wait > this.options.deadline.remainingMs()) {
        throw new DocSpaceError({
          ...error.details,
          attempts: attempt + 1,
          note: `No retry: the next one was due in ${Math.ceil(wait / 1000)} s, past timeout-seconds`
        })
      }
      this.options.debug?.(`${label}: ${error.details.status ?? error.details.docspaceMessage}; retrying in ${wait} ms`)
      await this.retryDelay(wait, label, error, attempt)
    }
  }

  /** The wait before a retry; one that lasts is said in the log, and again every PROGRESS_EVERY_MS. */
  private async retryDelay(wait: number, label: string, error: DocSpaceError, attempt: number): Promise<void> {
    const { info } = this.options
    if (!info || wait < (this.options.longWaitMs ?? LONG_WAIT_MS)) return delay(wait)
    const why = error.details.status === undefined ? 'failed to connect' : `got HTTP ${error.details.status}`
    const waitingFor = `waiting to try ${label} again (attempt ${attempt + 2} of ${this.options.maxRetries + 1})`
    info(
      `${label} ${why}; trying again in ${formatSeconds(wait)} (attempt ${attempt + 2} of ${this.options.maxRetries + 1})`
    )
    const stop = reportProgress(info, this.options.progressEveryMs, () => waitingFor)
    try {
      await delay(wait)
    } finally {
      stop()
    }
  }

  /** One try; writes hold a slot of the adaptive write limit while in flight. */
  private async attempt(spec: RequestSpec, label: string): Promise<unknown> {
    if (spec.method === 'GET') return unwrap(spec, await this.transport.exchange(spec, label))
    await this.writes.acquire()
    try {
      const response = unwrap(spec, await this.transport.exchange(spec, label))
      this.writes.succeeded()
      return response
    } catch (error) {
      if (error instanceof DocSpaceError && error.status === 429) this.writes.throttled()
      throw error
    } finally {
      this.writes.release()
    }
  }
}
