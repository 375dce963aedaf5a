// Downloads: an answer read as a stream by the caller instead of as JSON, for bytes that must never sit in memory
// whole. A portal on S3 storage answers a download with a redirect to the storage server; that request goes without
// the key (it carries its own signature, and S3 refuses a request with a second authorisation).
import type { IncomingMessage } from 'node:http'
import { DocSpaceError } from '../lib/errors.js'
import { formatSeconds } from '../lib/deadline.js'
import type { Deadline } from '../lib/deadline.js'
import { unwrap } from './envelope.js'
import type { RequestSpec, Transport } from './transport.js'

const MAX_REDIRECTS = 3
/** What is read of a refusal's body, for DocSpace's words. */
const ERROR_BODY_BYTES = 64 * 1024

export interface StreamLimits {
  deadline: Deadline
  /** Until the answer's headers come, and between two pieces of its body. */
  idleMs: number
}

/**
 * Sends a GET and hands a 2xx answer's body to `consume`. A redirect within portal-url keeps the key; one to another
 * http(s) origin is followed without it. The body must keep coming (`idleMs`) and end within the step's deadline.
 */
export async function streamAnswer<T>(
  transport: Transport,
  spec: RequestSpec,
  label: string,
  limits: StreamLimits,
  consume: (body: IncomingMessage) => Promise<T>
): Promise<T> {
  let url = transport.url(spec)
  let withKey = true
  for (let redirects = 0; ; redirects++) {
    const headers = { 'User-Agent': 'docspace-rooms-action' }
    const { request, response } = transport.open('GET', url, null, headers, withKey)
    const message = await within(response, Math.min(limits.idleMs, limits.deadline.remainingMs()), label, () =>
      request.destroy()
    )
    const status = message.statusCode ?? 0
    if (status >= 300 && status < 400 && status !== 304) {
      message.resume()
      const location = message.headers.location
      const target = location ? new URL(location, url) : undefined
      if (!target || !/^https?:$/.test(target.protocol) || redirects >= MAX_REDIRECTS) {
        throw new DocSpaceError({
          request: label,
          status,
          unexpectedBody: target ? `a redirect to ${target.protocol}//${target.host}` : 'a redirect without a Location',
          likelyCause: 'the portal or a proxy in front of it redirects downloads somewhere the action does not follow'
        })
      }
      // The key stays with the portal; storage gets only what its own link carries.
      withKey = withKey && transport.within(target)
      url = target
      continue
    }
    if (status < 200 || status >= 300) {
      const text = await readSome(message, ERROR_BODY_BYTES)
      unwrap(spec, { status, headers: message.headers, text })
      throw new DocSpaceError({ request: label, status, likelyCause: 'the download was refused' })
    }
    message.setTimeout(limits.idleMs, () =>
      message.destroy(
        new DocSpaceError({
          request: label,
          status,
          docspaceMessage: `the download stalled for ${formatSeconds(limits.idleMs)}`,
          likelyCause: 'the portal or its storage is overloaded or unreachable (request-timeout-seconds)',
          transient: true
        })
      )
    )
    const stop = setTimeout(
      () => message.destroy(limits.deadline.timeout(`downloading ${label}`)),
      limits.deadline.remainingMs()
    )
    try {
      return await consume(message)
    } finally {
      clearTimeout(stop)
    }
  }
}

async function within<T>(promise: Promise<T>, ms: number, label: string, cancel: () => void): Promise<T> {
  let timer: NodeJS.Timeout | undefined
  try {
    return await Promise.race([
      promise,
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => {
          cancel()
          reject(
            new DocSpaceError({
              request: label,
              docspaceMessage: `no answer within ${formatSeconds(ms)}`,
              likelyCause: 'the portal is overloaded or unreachable (request-timeout-seconds bounds each request)',
              transient: true
            })
          )
        }, ms)
      })
    ])
  } finally {
    clearTimeout(timer)
  }
}

async function readSome(message: IncomingMessage, max: number): Promise<string> {
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of message) {
    const buffer = chunk as Buffer
    chunks.push(buffer.subarray(0, Math.max(0, max - size)))
    size += buffer.length
    if (size >= max) {
      message.destroy()
      break
    }
  }
  return Buffer.concat(chunks).toString('utf8')
}
