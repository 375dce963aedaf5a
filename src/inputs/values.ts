// Parsers for single input values: each names its input in the error it throws.
import { InputError } from '../lib/errors.js'
import { clipSafely, MIN_SECRET_LENGTH, registerSecret } from '../lib/redact.js'
import { MAX_TITLE_LENGTH, ROOM_TYPES, type RoomTypeInfo } from '../docspace/types.js'
import { OPERATIONS, type OperationName } from './catalogue.js'

export function optional<T>(raw: string, parse: (value: string) => T): T | undefined {
  return raw.trim() === '' ? undefined : parse(raw)
}

export function parseApiKey(raw: string): string {
  // A pasted "Bearer sk-…" or a trailing newline from a secrets file are common; the key itself never has them.
  const key = raw
    .trim()
    .replace(/^bearer\s+/i, '')
    .trim()
  registerSecret(key)
  if (!key)
    throw new InputError(
      'api-key',
      'is required: pass a DocSpace API key from a secret, e.g. api-key: ${{ secrets.DOCSPACE_API_KEY }}'
    )
  if (/\s/.test(key)) throw new InputError('api-key', 'contains white space; store the key alone in the secret')
  if (key.length < MIN_SECRET_LENGTH) {
    throw new InputError(
      'api-key',
      `is ${key.length} character${key.length === 1 ? '' : 's'} long, too short to be a DocSpace API key (those are 67: sk- and 64 hexadecimal digits); pass the whole key`
    )
  }
  return key
}

export function parseOperation(raw: string): OperationName {
  const value = raw.trim().toLowerCase()
  if (!value) throw new InputError('operation', `is required: one of ${OPERATIONS.join(', ')}`)
  if (!(OPERATIONS as readonly string[]).includes(value)) {
    throw new InputError('operation', `must be one of ${OPERATIONS.join(', ')}; got "${raw.trim()}"`)
  }
  return value as OperationName
}

export const LOOPBACK_HOSTS = /^(localhost|127(\.\d{1,3}){3}|\[::1\])$/i

export function parsePortalUrl(raw: string): string {
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
    throw new InputError(
      'portal-url',
      'must use https://: over http:// the API key would travel in clear text (http:// is allowed only for localhost)'
    )
  }
  if (url.username || url.password) {
    throw new InputError('portal-url', 'must not contain a user name or password; pass the API key in api-key')
  }
  if (url.search || url.hash) {
    throw new InputError('portal-url', 'must be the portal base URL without a query or fragment')
  }
  const path = url.pathname.replace(/\/+$/, '')
  if (/\/api\/2\.0(\/|$)/.test(path)) {
    throw new InputError(
      'portal-url',
      `must be the portal base URL, without the API path; use "${url.origin}${path.replace(/\/api\/2\.0.*$/, '')}"`
    )
  }
  return `${url.origin}${path}`
}

export function parseRoomId(raw: string): number {
  const value = raw.trim()
  if (!/^\d+$/.test(value) || Number(value) < 1 || !Number.isSafeInteger(Number(value))) {
    throw new InputError('room-id', `must be a positive whole number (the room's ID in DocSpace); got "${value}"`)
  }
  return Number(value)
}

export function parseTitle(raw: string): string {
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
    throw new InputError(
      'room-type',
      `must be one of ${names} (or DocSpace's names and numbers for them); got "${value}"`
    )
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

/** DocSpace keeps a tag's name in 255 characters (DbFilesTag.cs:40, `[MaxLength(255)]`); a longer one fails
 * the request that makes the tag, after what came before it in the step was written. */
export const MAX_TAG_LENGTH = 255

export function checkTagLengths(name: string, tags: string[]): string[] {
  const long = tags.find((t) => t.length > MAX_TAG_LENGTH)
  if (long !== undefined) {
    throw new InputError(
      name,
      `has a tag of ${long.length} characters ("${clipSafely(long, 41)}"); DocSpace takes tags of at most ${MAX_TAG_LENGTH}`
    )
  }
  return tags
}

export function parseBoolean(name: string, raw: string): boolean {
  // The YAML 1.2 core schema booleans, as core.getBooleanInput accepts them.
  if (['true', 'True', 'TRUE'].includes(raw.trim())) return true
  if (['false', 'False', 'FALSE'].includes(raw.trim())) return false
  throw new InputError(name, `must be true or false; got "${raw.trim()}"`)
}

export function parseChoice<T extends string>(name: string, raw: string, choices: readonly T[]): T {
  const value = raw.trim().toLowerCase()
  if (!(choices as readonly string[]).includes(value)) {
    throw new InputError(name, `must be one of ${choices.join(', ')}; got "${raw.trim()}"`)
  }
  return value as T
}

export function parsePositiveNumber(name: string, raw: string): number {
  const value = raw.trim()
  if (!/^\d+(\.\d+)?$/.test(value) || !(Number(value) > 0)) {
    throw new InputError(name, `must be a number greater than 0; got "${value}"`)
  }
  return Number(value)
}

/** Seconds as whole milliseconds, the resolution of Node's timers: below one, a bound would round to 0 ms, time out
 * every request before it is sent, and be reported against timeout-seconds. */
export function parseSeconds(name: string, raw: string, max: number): number {
  const value = raw.trim()
  const seconds = Number(value)
  if (!/^\d+(\.\d+)?$/.test(value) || !(seconds >= 0.001) || seconds > max) {
    throw new InputError(name, `must be a number of seconds from 0.001 (one millisecond) to ${max}; got "${value}"`)
  }
  return Math.round(seconds * 1000)
}

export function parseWholeNumber(name: string, raw: string, min: number, max: number): number {
  const value = raw.trim()
  if (!/^\d+$/.test(value) || Number(value) < min || Number(value) > max) {
    throw new InputError(name, `must be a whole number from ${min} to ${max}; got "${value}"`)
  }
  return Number(value)
}
