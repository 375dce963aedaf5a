// The HTTP side of the DocSpace client: one exchange with the portal, its redirects, its time limit and the
// bounded reading of its answer. It knows nothing of retries or of DocSpace's envelope.
import { randomUUID } from 'node:crypto'
import http, { type ClientRequest, type IncomingMessage } from 'node:http'
import https from 'node:https'
import { createReadStream } from 'node:fs'
import { Readable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import { HttpClient } from '@actions/http-client'
import type { Deadline } from '../lib/deadline.js'
import { formatSeconds } from '../lib/deadline.js'
import { DocSpaceError } from '../lib/errors.js'

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
  /** The bytes, or a range of a file read from disk as the request is sent (uploads never hold a file in memory). */
  data: Buffer | FileRange
}

/** Bytes `start` to `start + length` of a file on disk. */
export interface FileRange {
  path: string
  start: number
  length: number
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

export interface Answer {
  status: number
  headers: IncomingMessage['headers']
  text: string
}

export interface TransportOptions {
  /** Portal base URL, validated by the inputs: http(s), no trailing slash. */
  portalUrl: string
  apiKey: string
  deadline: Deadline
  requestTimeoutMs: number
  userAgent?: string
  debug?: (line: string) => void
}

/** Sends requests to the portal, and only to it: the key never leaves portal-url's origin and path. */
export class Transport {
  private readonly http: HttpClient
  private readonly base: URL
  private readonly origin: string
  private sent = 0

  constructor(private readonly options: TransportOptions) {
    // Base ends with '/' so that relative paths keep a portal's sub-path.
    this.base = new URL(options.portalUrl.replace(/\/*$/, '/'))
    this.origin = this.base.origin
    // http-client gives the agent: keep-alive, and https_proxy, http_proxy and no_proxy as the runner sets them.
    // Requests are made here (see open), and redirects handled here: http-client would re-send the key to another
    // port of the same host, and re-send writes to wherever it is pointed.
    this.http = new HttpClient(options.userAgent ?? 'docspace-rooms-action', [], { keepAlive: true })
  }

  /** Requests sent so far, retries included. */
  get requestsSent(): number {
    return this.sent
  }

  dispose(): void {
    this.http.dispose()
  }

  /** One HTTP exchange, following redirects of reads within portal-url; bounded by the request timeout. */
  async exchange(spec: RequestSpec, label: string): Promise<Answer> {
    let url = this.url(spec)
    const headers: Record<string, string> = {
      Accept: 'application/json',
      'User-Agent': this.options.userAgent ?? 'docspace-rooms-action'
    }
    // DocSpace binds archive/unarchive/delete bodies as required, so a JSON body is always declared.
    let body: Body = spec.body === undefined ? null : JSON.stringify(spec.body)
    if (body !== null) headers['Content-Type'] = 'application/json'
    if (spec.form) {
      const boundary = `----docspace-rooms-${randomUUID()}`
      body = multipart(spec.form, boundary)
      headers['Content-Type'] = `multipart/form-data; boundary=${boundary}`
    }
    if (body !== null) headers['Content-Length'] = String(bodyLength(body))

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

  url(spec: RequestSpec): URL {
    const url = new URL(spec.path, this.base)
    for (const [name, value] of Object.entries(spec.query ?? {})) {
      if (value === undefined) continue
      // DocSpace reads array parameters as repeated names (`type=2&type=6`).
      const values = Array.isArray(value) ? value : [value]
      for (const v of values) url.searchParams.append(name, String(v))
    }
    return url
  }

  /**
   * Whether a redirect stays with the portal: same origin and under portal-url's path, so that `https://host/docspace`
   * never hands the key to `https://host/other-app/`. An encoded slash, backslash or dot could climb out of the path
   * once a server decodes it; DocSpace's own redirects have none.
   */
  within(target: URL): boolean {
    return (
      target.origin === this.origin &&
      target.pathname.startsWith(this.base.pathname) &&
      !/%(2f|5c|2e)/i.test(target.pathname)
    )
  }

  private async send(
    method: Method,
    url: URL,
    body: Body,
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
  open(
    method: Method,
    url: URL,
    body: Body,
    headers: Record<string, string>,
    withKey = true
  ): { request: ClientRequest; response: Promise<IncomingMessage> } {
    const transport = url.protocol === 'https:' ? https : http
    const request = transport.request(url, { method, headers, agent: this.http.getAgent(url.href) })
    if (withKey) request.setHeader('Authorization', `Bearer ${this.options.apiKey}`)
    const response = new Promise<IncomingMessage>((resolve, reject) => {
      request.once('response', resolve)
      // Kept after the answer came: a reset mid-body is reported by reading the body, and must not go unhandled here.
      request.on('error', reject)
    })
    if (body === null || typeof body === 'string' || Buffer.isBuffer(body)) request.end(body ?? undefined)
    else pipeline(body.open(), request).catch((error: unknown) => request.destroy(error as Error))
    return { request, response }
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

/** A request body: JSON text, bytes, or a stream opened anew for every attempt (a retry re-reads the file). */
export type Body = string | Buffer | null | { length: number; open: () => Readable }

function bodyLength(body: NonNullable<Body>): number {
  return typeof body === 'string' || Buffer.isBuffer(body) ? Buffer.byteLength(body) : body.length
}

/** One file as a multipart/form-data body. A file range is streamed from disk, so a chunk of 10 MB never sits in
 * memory whole. */
function multipart(form: FormFile, boundary: string): NonNullable<Body> {
  // The plain form carries what a header can; `filename*` (RFC 5987) carries the title whole, and ASP.NET's
  // IFormFile.FileName prefers it, so an uploaded file keeps its name (ContentDispositionHeaderValue.FileNameStar).
  const plain = form.fileName.replace(/[^\w.-]/g, '_')
  const star = encodeURIComponent(form.fileName).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`
  )
  const head = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="${form.field}"; filename="${plain}"; filename*=UTF-8''${star}\r\n` +
      `Content-Type: ${form.contentType}\r\n\r\n`
  )
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`)
  const data = form.data
  if (Buffer.isBuffer(data)) return Buffer.concat([head, data, tail])
  return {
    length: head.length + data.length + tail.length,
    open: () =>
      Readable.from(
        (async function* () {
          yield head
          if (data.length > 0)
            yield* createReadStream(data.path, { start: data.start, end: data.start + data.length - 1 })
          yield tail
        })()
      )
  }
}

function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${Math.round((bytes / 1024 / 1024) * 10) / 10} MiB` : `${Math.ceil(bytes / 1024)} KiB`
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
