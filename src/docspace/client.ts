import { randomUUID } from 'node:crypto'
import http, { type ClientRequest, type IncomingMessage } from 'node:http'
import https from 'node:https'
import { HttpClient } from '@actions/http-client'
import type { InferOutput } from 'valibot'
import type { Deadline } from '../lib/deadline.js'
import { delay, formatSeconds } from '../lib/deadline.js'
import { DocSpaceError } from '../lib/errors.js'
import { AdaptiveLimit } from './adaptive-limit.js'
import { checkAnswer, type AnswerSchema } from './answers.js'
import { likelyCause, type FailedRequest } from './causes.js'
import { reportProgress } from '../lib/progress.js'

export type Method = 'GET' | 'POST' | 'PUT' | 'DELETE'
export type QueryValue = string | number | boolean | readonly (string | number)[] | undefined

/**
 * When a failed request may be sent again.
 * - `always`: repeating it cannot do harm (reads, rename, archive, unarchive, delete).
 * - `if-not-applied`: only when the portal certainly did not act on it (refused connection, 429, 503);
 *   otherwise the caller gets an error with `outcomeUnknown` and decides (see create).
 */
export type RetryPolicy = 'always' | 'if-not-applied'

export interface RequestSpec {
  method: Method
  /** Path below the portal, e.g. `api/2.0/files/rooms/12` (no leading slash, so a portal sub-path is kept). */
  path: string
  query?: Record<string, QueryValue>
  body?: unknown
  /** A file sent as multipart/form-data instead of a JSON body (the logo upload). */
  form?: FormFile
  retry?: RetryPolicy
  /** The most this answer may take, in bytes, when the caller expects more than MAX_ANSWER_BYTES. */
  maxBytes?: number
  /** Bytes this answer shares with others that are kept together, such as every page of rooms of a run. */
  budget?: AnswerBudget
}

export interface FormFile {
  field: string
  fileName: string
  contentType: string
  data: Buffer
}

/** A bound on the bytes of answers that are kept together, so that many answers under MAX_ANSWER_BYTES cannot add up
 * to more memory than a run should hold. */
export interface AnswerBudget {
  readonly limit: number
  used: number
  /** What the answers are, e.g. "rooms in this run's listings". */
  readonly what: string
  readonly likelyCause: string
}

export interface ClientOptions {
  /** Portal base URL, validated by inputs.ts: http(s), no trailing slash. */
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

/** A wait this long is worth a line in the log: a reader would otherwise see the step hang. */
export const LONG_WAIT_MS = 3000

/** Statuses worth another try: the rate limiter, and a gateway or portal that is briefly unwell. */
const TRANSIENT_STATUSES = new Set([429, 502, 503, 504])
/** Statuses that mean the request was turned away before DocSpace acted on it. */
const NOT_APPLIED_STATUSES = new Set([429, 503])
/**
 * The largest answer read, in bytes, unless a request says it expects more (RequestSpec.maxBytes). DocSpace's
 * largest for this action is a page of 100 rooms: 18 KB as the action asks for it (fields=), 208 KB as whole rooms
 * (a portal that ignores fields=), and 261 KB and 451 KB with 170-character titles and 20 tags of 50 characters on
 * every room (scripts/limits.ts); only the progress listing grows past it, with the operations a run waits for
 * (rooms.ts). 2 MiB leaves four times the largest page, and keeps the costliest JSON of that size to parse (a million
 * nested lists) under 200 MB.
 */
export const MAX_ANSWER_BYTES = 2 * 1024 * 1024
/** Network failures that mean no connection was made, so nothing reached the portal. */
const NOT_CONNECTED_CODES = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'ENETUNREACH', 'EHOSTUNREACH'])

interface Answer {
  status: number
  headers: IncomingMessage['headers']
  text: string
}

/**
 * The one place that knows DocSpace's URLs, headers, envelope and status codes. Every failure comes out
 * as a DocSpaceError with the status, DocSpace's message and a likely cause; transient failures are
 * retried with backoff inside the step's deadline, and a 429 pauses every request of this client.
 */
export class DocSpaceClient {
  private readonly http: HttpClient
  private readonly base: URL
  private readonly origin: string
  private pausedUntil = 0
  private sent = 0
  private readonly writes: AdaptiveLimit

  constructor(private readonly options: ClientOptions) {
    // Base ends with '/' so that relative paths keep a portal's sub-path.
    this.base = new URL(options.portalUrl.replace(/\/*$/, '/'))
    this.origin = this.base.origin
    this.writes = new AdaptiveLimit(options.writeConcurrency ?? 1)
    // http-client gives the agent: keep-alive, and https_proxy, http_proxy and no_proxy as the runner sets them.
    // Requests are made here (see open), and redirects handled here: http-client would re-send the key to another
    // port of the same host, and re-send writes to wherever it is pointed.
    this.http = new HttpClient(options.userAgent ?? 'docspace-rooms-action', [], { keepAlive: true })
  }

  /** Requests sent so far, retries included. */
  get requestsSent(): number {
    return this.sent
  }

  get deadline(): Deadline {
    return this.options.deadline
  }

  dispose(): void {
    this.http.dispose()
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
      await this.waitForPause(label)
      let error: DocSpaceError
      try {
        return checked(await this.attempt(spec, label))
      } catch (caught) {
        if (!(caught instanceof DocSpaceError)) throw caught
        error = caught
      }
      const retryable =
        error.details.transient === true && (spec.retry === 'always' || error.details.outcomeUnknown !== true)
      if (!retryable || attempt >= this.options.maxRetries) {
        throw attempt > 0 ? new DocSpaceError({ ...error.details, attempts: attempt + 1 }) : error
      }
      const wait = this.backoff(attempt, error)
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
    if (spec.method === 'GET') return this.unwrap(spec, await this.exchange(spec, label))
    await this.writes.acquire()
    try {
      const response = this.unwrap(spec, await this.exchange(spec, label))
      this.writes.succeeded()
      return response
    } catch (error) {
      if (error instanceof DocSpaceError && error.status === 429) this.writes.throttled()
      throw error
    } finally {
      this.writes.release()
    }
  }

  private async waitForPause(label: string): Promise<void> {
    const wait = this.pausedUntil - Date.now()
    if (wait <= 0) return
    await this.options.deadline.sleep(wait, `waiting out DocSpace's rate limit before ${label}`)
  }

  /** Full-jitter exponential backoff; a Retry-After from the portal wins and pauses every request. */
  private backoff(attempt: number, error: DocSpaceError): number {
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

  private url(spec: RequestSpec): URL {
    const url = new URL(spec.path, this.base)
    for (const [name, value] of Object.entries(spec.query ?? {})) {
      if (value === undefined) continue
      // DocSpace reads array parameters as repeated names (`type=2&type=6`).
      const values = Array.isArray(value) ? value : [value]
      for (const v of values) url.searchParams.append(name, String(v))
    }
    return url
  }

  /** One HTTP exchange, following redirects of reads within portal-url; bounded by the request timeout. */
  private async exchange(spec: RequestSpec, label: string): Promise<Answer> {
    let url = this.url(spec)
    const headers: Record<string, string> = {
      Accept: 'application/json',
      'User-Agent': this.options.userAgent ?? 'docspace-rooms-action'
    }
    // DocSpace binds archive/unarchive/delete bodies as required, so a JSON body is always declared.
    let body: string | Buffer | null = spec.body === undefined ? null : JSON.stringify(spec.body)
    if (body !== null) headers['Content-Type'] = 'application/json'
    if (spec.form) {
      const boundary = `----docspace-rooms-${randomUUID()}`
      body = multipart(spec.form, boundary)
      headers['Content-Type'] = `multipart/form-data; boundary=${boundary}`
    }
    if (body !== null) headers['Content-Length'] = String(Buffer.byteLength(body))

    for (let redirects = 0; ; redirects++) {
      const answer = await this.send(spec.method, url, body, headers, label, spec)
      if (answer.status < 300 || answer.status >= 400 || answer.status === 304) return answer
      const location = answer.headers.location
      const target = location ? new URL(location, url) : undefined
      if (!target || !this.within(target) || spec.method !== 'GET' || redirects >= 3) {
        throw new DocSpaceError({
          request: label,
          status: answer.status,
          unexpectedBody: target ? `a redirect to ${target.origin}${target.pathname}` : 'a redirect without a Location',
          likelyCause:
            target && target.origin !== this.origin
              ? `portal-url is not the portal's own address (it moved to ${target.origin}); the API key is never sent to another origin, so set portal-url to that address`
              : target && !this.within(target)
                ? `the redirect leaves portal-url's path (${this.base.pathname}); the API key is sent only to addresses under portal-url, so check that portal-url is the portal's own address`
                : 'portal-url points at a page that redirects rather than at the DocSpace API'
        })
      }
      url = target
    }
  }

  /**
   * Whether a redirect stays with the portal: same origin and under portal-url's path, so that `https://host/docspace`
   * never hands the key to `https://host/other-app/`. An encoded slash, backslash or dot could climb out of the path
   * once a server decodes it; DocSpace's own redirects have none.
   */
  private within(target: URL): boolean {
    return (
      target.origin === this.origin &&
      target.pathname.startsWith(this.base.pathname) &&
      !/%(2f|5c|2e)/i.test(target.pathname)
    )
  }

  private async send(
    method: Method,
    url: URL,
    body: string | Buffer | null,
    headers: Record<string, string>,
    label: string,
    limits: Pick<RequestSpec, 'maxBytes' | 'budget'>
  ): Promise<Answer> {
    const limit = Math.min(this.options.requestTimeoutMs, this.options.deadline.remainingMs())
    if (limit <= 0) throw this.options.deadline.timeout(`sending ${label}`)
    const started = Date.now()
    this.sent++
    let timer: NodeJS.Timeout | undefined
    let request: ClientRequest | undefined
    let message: IncomingMessage | undefined
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        request?.destroy()
        message?.destroy()
        reject(
          new DocSpaceError({
            request: label,
            docspaceMessage: `no complete answer within ${formatSeconds(limit)}`,
            likelyCause: 'the portal is overloaded or unreachable (request-timeout-seconds bounds each request)',
            outcomeUnknown: true,
            transient: true
          })
        )
      }, limit)
    })
    try {
      const exchange = (async () => {
        const opened = this.open(method, url, body, headers)
        request = opened.request
        message = await opened.response
        const status = message.statusCode ?? 0
        return { status, headers: message.headers, text: await readText(message, label, status, limits) }
      })()
      const answer = await Promise.race([exchange, timeout])
      this.options.debug?.(`${label} → ${answer.status} (${Date.now() - started} ms)`)
      return answer
    } catch (error) {
      if (error instanceof DocSpaceError) throw error
      this.options.debug?.(`${label} → network error (${Date.now() - started} ms)`)
      throw networkError(label, error, message !== undefined)
    } finally {
      clearTimeout(timer)
    }
  }

  /**
   * Sends one request. The key is set on the request after it is made: NODE_DEBUG=http prints the options a request
   * is made with, headers included, and SECURITY.md promises that headers are never logged.
   */
  private open(
    method: Method,
    url: URL,
    body: string | Buffer | null,
    headers: Record<string, string>
  ): { request: ClientRequest; response: Promise<IncomingMessage> } {
    const transport = url.protocol === 'https:' ? https : http
    const request = transport.request(url, { method, headers, agent: this.http.getAgent(url.href) })
    request.setHeader('Authorization', `Bearer ${this.options.apiKey}`)
    const response = new Promise<IncomingMessage>((resolve, reject) => {
      request.once('response', resolve)
      // Kept after the answer came: a reset mid-body is reported by reading the body, and must not go unhandled here.
      request.on('error', reject)
    })
    request.end(body ?? undefined)
    return { request, response }
  }

  /** Reads DocSpace's envelope: `{response, status: 0}` on success, `{error}` or `status: 1` on failure. */
  private unwrap(spec: RequestSpec, answer: Answer): unknown {
    const label = `${spec.method} /${spec.path}`
    const { status } = answer
    const contentType = String(answer.headers['content-type'] ?? '')
    const text = answer.text.trim()
    const fail = (docspaceMessage: string | undefined, extra: Partial<DocSpaceError['details']> = {}) => {
      const error = new DocSpaceError({
        request: label,
        status,
        docspaceMessage,
        likelyCause: likelyCause({
          method: spec.method,
          path: spec.path,
          status,
          docspaceMessage,
          bodyKind: bodyKind(text, contentType)
        }),
        transient: TRANSIENT_STATUSES.has(status),
        outcomeUnknown: TRANSIENT_STATUSES.has(status) && !NOT_APPLIED_STATUSES.has(status),
        retryAfterMs: parseRetryAfter(answer.headers['retry-after']),
        ...extra
      })
      return error
    }

    if (text === '') {
      if (status >= 200 && status < 300) return undefined
      throw fail(undefined)
    }
    let envelope: unknown
    try {
      envelope = JSON.parse(text)
    } catch {
      if (status >= 400) throw fail(undefined, { unexpectedBody: summariseNonJson(text, contentType) })
      // A JSON answer cut short is a network hiccup; anything else is not DocSpace's API answering.
      const truncated = /json/i.test(contentType) || text.startsWith('{')
      throw fail(undefined, {
        unexpectedBody: summariseNonJson(text, contentType),
        transient: truncated,
        outcomeUnknown: truncated && spec.method !== 'GET'
      })
    }
    if (!isObject(envelope)) throw fail(undefined, { unexpectedBody: `an unexpected answer: ${text.slice(0, 80)}` })
    const errorMessage = envelopeError(envelope)
    if (errorMessage !== undefined || envelope.status === 1 || status >= 400) {
      throw fail(errorMessage)
    }
    if (!('response' in envelope)) {
      throw fail(undefined, { unexpectedBody: 'JSON without the "response" field of DocSpace\'s envelope' })
    }
    return envelope.response
  }
}

/**
 * Reads a body up to its limit (MAX_ANSWER_BYTES unless the request says otherwise), and up to what is left of its
 * budget, stopping as soon as either would be passed, so that a portal cannot make the action buffer an answer
 * without end.
 */
async function readText(
  message: IncomingMessage,
  label: string,
  status: number,
  { maxBytes = MAX_ANSWER_BYTES, budget }: Pick<RequestSpec, 'maxBytes' | 'budget'>
): Promise<string> {
  const tooLarge = (what: string, likelyCause: string) => {
    message.destroy()
    return new DocSpaceError({ request: label, status, unexpectedBody: what, likelyCause })
  }
  const notDocSpace =
    'portal-url points at something other than a DocSpace portal, or a proxy between them changed the answer; the action stopped reading it'
  const declared = Number(message.headers['content-length'])
  if (declared > maxBytes) {
    throw tooLarge(
      `an answer of ${formatBytes(declared)}, more than the ${formatBytes(maxBytes)} the action reads`,
      notDocSpace
    )
  }
  const chunks: Buffer[] = []
  let size = 0
  // Iterating rejects when the connection drops mid-body; http-client's readBody would wait forever.
  for await (const chunk of message) {
    const buffer = chunk as Buffer
    size += buffer.length
    if (size > maxBytes) {
      throw tooLarge(`an answer of more than ${formatBytes(maxBytes)}, the most the action reads`, notDocSpace)
    }
    if (budget && budget.used + size > budget.limit) {
      throw tooLarge(
        `more than ${formatBytes(budget.limit)} of ${budget.what}, the most the action reads`,
        budget.likelyCause
      )
    }
    chunks.push(buffer)
  }
  if (budget) budget.used += size
  return Buffer.concat(chunks, size).toString('utf8')
}

/** One file as a multipart/form-data body; the file name is reduced to characters a header can carry as given. */
function multipart(form: FormFile, boundary: string): Buffer {
  const name = form.fileName.replace(/[^\w.-]/g, '_')
  const head =
    `--${boundary}\r\nContent-Disposition: form-data; name="${form.field}"; filename="${name}"\r\n` +
    `Content-Type: ${form.contentType}\r\n\r\n`
  return Buffer.concat([Buffer.from(head), form.data, Buffer.from(`\r\n--${boundary}--\r\n`)])
}

function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${Math.round((bytes / 1024 / 1024) * 10) / 10} MiB` : `${Math.ceil(bytes / 1024)} KiB`
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** DocSpace's words from `{error: {message}}`, or from a validation ProblemDetails in `response`. */
function envelopeError(envelope: Record<string, unknown>): string | undefined {
  const error = envelope.error
  if (isObject(error) && typeof error.message === 'string') return error.message
  if (typeof error === 'string' && error) return error
  const problem = envelope.response
  if (envelope.status === 1 && isObject(problem)) {
    const details: string[] = []
    if (isObject(problem.errors)) {
      for (const [field, messages] of Object.entries(problem.errors)) {
        details.push(`${field}: ${Array.isArray(messages) ? messages.join(' ') : String(messages)}`)
      }
    }
    const title = typeof problem.title === 'string' ? problem.title : 'the request was refused'
    return details.length ? `${title} ${details.join('; ')}` : title
  }
  return undefined
}

function bodyKind(text: string, contentType: string): FailedRequest['bodyKind'] {
  if (text === '') return 'empty'
  if (/html/i.test(contentType) || /^<(!doctype|html)/i.test(text)) return 'html'
  // ASP.NET's ProblemDetails, written without DocSpace's envelope (ApiKeyScopesFilter's 403).
  if (/problem\+json/i.test(contentType)) return 'problem'
  if (/json/i.test(contentType) || text.startsWith('{')) return 'json'
  return 'text'
}

function summariseNonJson(text: string, contentType: string): string {
  if (bodyKind(text, contentType) === 'html') {
    const title = /<title[^>]*>([^<]*)<\/title>/i.exec(text)?.[1]?.trim()
    return `an HTML page${title ? ` titled "${title}"` : ''} instead of JSON`
  }
  if (text.startsWith('{')) return 'a JSON answer that was cut short'
  return `a non-JSON answer (${contentType || 'no content type'}): ${text.slice(0, 60).replace(/\s+/g, ' ')}`
}

/** `Retry-After` as seconds or an HTTP date, in milliseconds from now. */
export function parseRetryAfter(value: string | string[] | undefined): number | undefined {
  const raw = Array.isArray(value) ? value[0] : value
  if (raw === undefined || raw.trim() === '') return undefined
  if (/^\d+(\.\d+)?$/.test(raw.trim())) return Math.round(Number(raw) * 1000)
  const date = Date.parse(raw)
  return Number.isNaN(date) ? undefined : Math.max(0, date - Date.now())
}

function networkError(label: string, error: unknown, answered: boolean): DocSpaceError {
  const err = error as NodeJS.ErrnoException
  const code = err.code ?? ''
  const message = err.message ?? String(error)
  const tls = /CERT|SSL|TLS|SELF_SIGNED|UNABLE_TO_VERIFY|ERR_TLS/i.test(code) || /certificate/i.test(message)
  const dns = code === 'ENOTFOUND' || code === 'EAI_AGAIN'
  const timedOut = /timeout/i.test(message) || code === 'ETIMEDOUT'
  let cause: string
  if (tls)
    cause = `the portal's TLS certificate is not trusted (${code || 'TLS error'}); check portal-url, or give the runner the certificate authority with NODE_EXTRA_CA_CERTS`
  else if (dns) cause = 'the portal host name does not resolve; check portal-url for typos'
  else if (code === 'ECONNREFUSED') cause = 'nothing is listening at portal-url; check the host and port'
  else if (timedOut) cause = 'the portal did not answer in time (request-timeout-seconds)'
  else cause = 'the connection to the portal failed; check portal-url and any proxy (https_proxy, no_proxy)'
  return new DocSpaceError({
    request: label,
    docspaceMessage: `${code ? `${code}: ` : ''}${message}`,
    likelyCause: cause,
    transient: !tls,
    outcomeUnknown: answered || !NOT_CONNECTED_CODES.has(code)
  })
}
