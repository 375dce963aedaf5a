import * as core from '@actions/core'
import { InputError } from './errors.js'
import { registerSecret } from './redact.js'
import { MAX_TITLE_LENGTH, ROOM_TYPES, type RoomTypeInfo } from './docspace/types.js'

export const OPERATIONS = ['create', 'get', 'rename', 'archive', 'unarchive', 'delete'] as const
export type OperationName = (typeof OPERATIONS)[number]

/** Every input, read once and validated; nothing else in the action reads inputs. */
export interface Config {
  operation: OperationName
  portalUrl: string
  apiKey: string
  roomId?: number
  title?: string
  description?: string
  roomType: RoomTypeInfo
  tags: string[]
  wait: boolean
  timeoutMs: number
  requestTimeoutMs: number
  maxRetries: number
}

/** Reads an input as `core.getInput` does: trimmed, '' when unset. */
export type InputReader = (name: string) => string

const NEEDS_ROOM_ID: ReadonlySet<OperationName> = new Set(['get', 'rename', 'archive', 'unarchive', 'delete'])
const NEEDS_TITLE: ReadonlySet<OperationName> = new Set(['create', 'rename'])
/** GitHub ends a job after six hours; a longer bound would never be reached. */
const MAX_TIMEOUT_SECONDS = 6 * 60 * 60

export function readInputs(read: InputReader = (name) => core.getInput(name)): Config {
  // Masked before anything else happens, so no later log line, error or annotation can show it.
  const rawKey = read('api-key')
  registerSecret(rawKey)

  const operation = parseOperation(read('operation'))
  const portalUrl = parsePortalUrl(read('portal-url'))
  const apiKey = parseApiKey(rawKey)
  const roomId = optional(read('room-id'), (v) => parseRoomId(v))
  if (roomId === undefined && NEEDS_ROOM_ID.has(operation)) {
    throw new InputError('room-id', `is required for operation "${operation}"`)
  }
  const title = optional(read('title'), (v) => parseTitle(v))
  if (title === undefined && NEEDS_TITLE.has(operation)) {
    throw new InputError('title', `is required for operation "${operation}"`)
  }

  return {
    operation,
    portalUrl,
    apiKey,
    roomId,
    title,
    description: read('description') || undefined,
    roomType: parseRoomType(read('room-type') || 'custom'),
    tags: parseTags(read('tags')),
    wait: parseBoolean('wait', read('wait') || 'true'),
    timeoutMs: parseSeconds('timeout-seconds', read('timeout-seconds') || '300', MAX_TIMEOUT_SECONDS),
    requestTimeoutMs: parseSeconds('request-timeout-seconds', read('request-timeout-seconds') || '30', MAX_TIMEOUT_SECONDS),
    maxRetries: parseWholeNumber('max-retries', read('max-retries') || '4', 0, 10)
  }
}

function optional<T>(raw: string, parse: (value: string) => T): T | undefined {
  return raw.trim() === '' ? undefined : parse(raw)
}

function parseApiKey(raw: string): string {
  // A pasted "Bearer sk-…" or a trailing newline from a secrets file are common; the key itself never has them.
  const key = raw.trim().replace(/^bearer\s+/i, '').trim()
  registerSecret(key)
  if (!key) throw new InputError('api-key', 'is required: pass a DocSpace API key from a secret, e.g. api-key: ${{ secrets.DOCSPACE_API_KEY }}')
  if (/\s/.test(key)) throw new InputError('api-key', 'contains white space; store the key alone in the secret')
  return key
}

function parseOperation(raw: string): OperationName {
  const value = raw.trim().toLowerCase()
  if (!value) throw new InputError('operation', `is required: one of ${OPERATIONS.join(', ')}`)
  if (!(OPERATIONS as readonly string[]).includes(value)) {
    throw new InputError('operation', `must be one of ${OPERATIONS.join(', ')}; got "${raw.trim()}"`)
  }
  return value as OperationName
}

const LOOPBACK_HOSTS = /^(localhost|127(\.\d{1,3}){3}|\[::1\])$/i

function parsePortalUrl(raw: string): string {
  const value = raw.trim()
  if (!value) throw new InputError('portal-url', 'is required: the portal address, e.g. https://example.onlyoffice.com')
  let url: URL
  try {
    url = new URL(value)
  } catch {
    throw new InputError('portal-url', `must be an http(s) URL such as https://example.onlyoffice.com; got "${value}"`)
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new InputError('portal-url', `must start with https://; got "${url.protocol}"`)
  }
  if (url.protocol === 'http:' && !LOOPBACK_HOSTS.test(url.hostname)) {
    throw new InputError('portal-url', 'must use https://: over http:// the API key would travel in clear text (http:// is allowed only for localhost)')
  }
  if (url.username || url.password) {
    throw new InputError('portal-url', 'must not contain a user name or password; pass the API key in api-key')
  }
  if (url.search || url.hash) {
    throw new InputError('portal-url', 'must be the portal base URL without a query or fragment')
  }
  const path = url.pathname.replace(/\/+$/, '')
  if (/\/api\/2\.0(\/|$)/.test(path)) {
    throw new InputError('portal-url', `must be the portal base URL, without the API path; use "${url.origin}${path.replace(/\/api\/2\.0.*$/, '')}"`)
  }
  return `${url.origin}${path}`
}

function parseRoomId(raw: string): number {
  const value = raw.trim()
  if (!/^\d+$/.test(value) || Number(value) < 1 || !Number.isSafeInteger(Number(value))) {
    throw new InputError('room-id', `must be a positive whole number (the room's ID in DocSpace); got "${value}"`)
  }
  return Number(value)
}

function parseTitle(raw: string): string {
  const title = raw.trim()
  if (!title) throw new InputError('title', 'must not be blank')
  if (title.length > MAX_TITLE_LENGTH) {
    throw new InputError('title', `is ${title.length} characters long; DocSpace allows at most ${MAX_TITLE_LENGTH}`)
  }
  return title
}

export function parseRoomType(raw: string): RoomTypeInfo {
  const value = raw.trim()
  const wanted = value.toLowerCase()
  const found = ROOM_TYPES.find(
    (t) => t.name === wanted || t.docspaceName.toLowerCase() === wanted || String(t.value) === value
  )
  if (!found) {
    const names = ROOM_TYPES.map((t) => t.name).join(', ')
    throw new InputError('room-type', `must be one of ${names} (or DocSpace's names and numbers for them); got "${value}"`)
  }
  return found
}

export function parseTags(raw: string): string[] {
  const tags = raw
    .split(/[,\n]/)
    .map((t) => t.trim())
    .filter((t) => t !== '')
  return [...new Set(tags)]
}

function parseBoolean(name: string, raw: string): boolean {
  // The YAML 1.2 core schema booleans, as core.getBooleanInput accepts them.
  if (['true', 'True', 'TRUE'].includes(raw.trim())) return true
  if (['false', 'False', 'FALSE'].includes(raw.trim())) return false
  throw new InputError(name, `must be true or false; got "${raw.trim()}"`)
}

function parseSeconds(name: string, raw: string, max: number): number {
  const value = raw.trim()
  const seconds = Number(value)
  if (!/^\d+(\.\d+)?$/.test(value) || !(seconds > 0) || seconds > max) {
    throw new InputError(name, `must be a number of seconds greater than 0 and at most ${max}; got "${value}"`)
  }
  return Math.round(seconds * 1000)
}

function parseWholeNumber(name: string, raw: string, min: number, max: number): number {
  const value = raw.trim()
  if (!/^\d+$/.test(value) || Number(value) < min || Number(value) > max) {
    throw new InputError(name, `must be a whole number from ${min} to ${max}; got "${value}"`)
  }
  return Number(value)
}
