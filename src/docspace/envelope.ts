// DocSpace's envelope: `{response, status: 0}` on success, `{error}` or `status: 1` on failure, and what to say
// when an answer is not DocSpace's at all.
import { DocSpaceError } from '../lib/errors.js'
import { clipSafely, redact } from '../lib/redact.js'
import { likelyCause, type FailedRequest } from './causes.js'
import { NOT_APPLIED_STATUSES, parseRetryAfter, TRANSIENT_STATUSES } from './retry-policy.js'
import type { Answer, RequestSpec } from './transport.js'

/** Reads DocSpace's envelope: `{response, status: 0}` on success, `{error}` or `status: 1` on failure. */
export function unwrap(spec: RequestSpec, answer: Answer): unknown {
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
  if (!isObject(envelope)) throw fail(undefined, { unexpectedBody: `an unexpected answer: ${clipSafely(text, 80)}` })
  const errorMessage = envelopeError(envelope)
  if (errorMessage !== undefined || envelope.status === 1 || status >= 400) {
    throw fail(errorMessage)
  }
  if (!('response' in envelope)) {
    throw fail(undefined, { unexpectedBody: 'JSON without the "response" field of DocSpace\'s envelope' })
  }
  return envelope.response
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

/** The most of a page's title an error quotes. */
const MAX_TITLE_QUOTED = 200

function summariseNonJson(text: string, contentType: string): string {
  if (bodyKind(text, contentType) === 'html') {
    // Hidden before the title is taken out: a secret with a `<` in it would be cut there.
    const title = pageTitle(redact(text))
    return `an HTML page${title ? ` titled "${clipSafely(title, MAX_TITLE_QUOTED)}"` : ''} instead of JSON`
  }
  if (text.startsWith('{')) return 'a JSON answer that was cut short'
  return `a non-JSON answer (${contentType || 'no content type'}): ${clipSafely(text, 60).replace(/\s+/g, ' ')}`
}

/**
 * The text of a page's first `<title …>…</title>`, found in one pass: as a regular expression,
 * `<title[^>]*>([^<]*)<\/title>` reads from each `<title` of a page to its end, and a page of `<title<title…` took
 * time growing with the square of its size.
 */
export function pageTitle(html: string): string | undefined {
  const open = /<title/gi
  for (let found = open.exec(html); found; found = open.exec(html)) {
    const tagEnd = html.indexOf('>', found.index)
    if (tagEnd < 0) return undefined
    const textEnd = html.indexOf('<', tagEnd)
    if (textEnd < 0) return undefined
    if (/^<\/title>/i.test(html.slice(textEnd, textEnd + 8))) return html.slice(tagEnd + 1, textEnd).trim()
    open.lastIndex = textEnd
  }
  return undefined
}
