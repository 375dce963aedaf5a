import { clipSafely, redact } from './redact.js'

/** An input that is missing or malformed. Raised before any request is sent. */
export class InputError extends Error {
  constructor(
    readonly input: string,
    problem: string
  ) {
    super(`Input "${input}" ${problem}`)
    this.name = 'InputError'
  }
}

export interface DocSpaceErrorDetails {
  /** What the action was doing, e.g. `PUT /api/2.0/files/rooms/12/archive`. */
  request: string
  /** HTTP status, when an answer came back at all. */
  status?: number
  /** The portal's own words (its error message or validation errors), or the network error's text. */
  docspaceMessage?: string
  /** What came back instead of DocSpace's JSON envelope, e.g. "an HTML page titled …". */
  unexpectedBody?: string
  /** What is wrong with a well-formed answer the action cannot use, e.g. "without a room list (response.folders)". */
  malformed?: string
  /** The most likely reason, in the user's terms. */
  likelyCause?: string
  /** True when the portal may have acted on the request even though it failed (reset, timeout, 502, 504). */
  outcomeUnknown?: boolean
  /** True when trying again may succeed. */
  transient?: boolean
  /** The portal's `Retry-After`, in milliseconds from when the answer came. */
  retryAfterMs?: number
  /** How many times the request was sent, when more than once. */
  attempts?: number
  /** Anything else worth saying, e.g. why no retry was made. */
  note?: string
}

/** Any failed exchange with DocSpace. The message is complete enough to act on without reading logs. */
export class DocSpaceError extends Error {
  readonly details: DocSpaceErrorDetails

  constructor(details: DocSpaceErrorDetails) {
    const shown = {
      ...details,
      docspaceMessage: details.docspaceMessage === undefined ? undefined : portalWords(details.docspaceMessage)
    }
    super(describe(shown))
    this.name = 'DocSpaceError'
    this.details = shown
  }

  get status(): number | undefined {
    return this.details.status
  }
}

/**
 * The most of a portal's own words an error quotes: DocSpace's messages are a sentence, and a portal that sent a
 * message of 1.5 MB had all of it printed in the log and the summary.
 */
export const MAX_PORTAL_WORDS = 1000

/** A portal's words (its error message, an operation's error) for an error: secrets hidden, then shortened, saying so. */
export function portalWords(text: string): string {
  const whole = redact(text)
  if (whole.length <= MAX_PORTAL_WORDS) return whole
  return `${clipSafely(whole, MAX_PORTAL_WORDS)} (shortened from ${whole.length} characters)`
}

function describe(d: DocSpaceErrorDetails): string {
  let head = `${d.request} failed`
  if (d.attempts && d.attempts > 1) head += ` after ${d.attempts} attempts`
  if (d.status !== undefined) head += ` with HTTP ${d.status}`
  if (d.unexpectedBody) {
    head =
      d.status !== undefined && d.status < 300
        ? `${d.request} got HTTP ${d.status} with ${d.unexpectedBody}`
        : `${head} and ${d.unexpectedBody}`
  }
  if (d.malformed) head = `DocSpace answered ${d.request} ${d.malformed}`
  const parts = [head]
  if (d.docspaceMessage) {
    parts.push(
      d.status === undefined ? `The connection failed: ${d.docspaceMessage}` : `DocSpace says: "${d.docspaceMessage}"`
    )
  }
  if (d.likelyCause) parts.push(`Likely cause: ${d.likelyCause}`)
  if (d.note) parts.push(d.note)
  const text = parts.join('. ')
  return /[.!?]$/.test(text) ? text : `${text}.`
}

/** The step's time bound ran out. */
export class TimeoutError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'TimeoutError'
  }
}

/** A room lookup by title or tags that matched nothing, or more than one room. */
export class RoomLookupError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'RoomLookupError'
  }
}

/** The room an operation acts on is not in DocSpace: nothing matched, or its ID is unknown. `if-missing: skip`
 * turns this, and only this, into result not-found. */
export class RoomMissingError extends RoomLookupError {
  constructor(
    message: string,
    /** What was looked for, e.g. "room 1234" or "the room tagged ci". */
    readonly lookedFor: string
  ) {
    super(message)
    this.name = 'RoomMissingError'
  }
}

/** Adds what the action was doing to an error's message, keeping its type. */
export function withContext<T>(context: string, work: () => Promise<T>): Promise<T> {
  return work().catch((error: unknown) => {
    if (error instanceof Error && !error.message.startsWith(context)) {
      error.message = `${context}: ${error.message}`
    }
    throw error
  })
}
