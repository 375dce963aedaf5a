import * as core from '@actions/core'
import { InputError } from './errors.js'
import { MIN_SECRET_LENGTH, registerSecret } from './redact.js'
import { MAX_TITLE_LENGTH, ROOM_TYPES, type RoomTypeInfo } from './docspace/types.js'
import type { PullRequest } from './pull-request.js'
import {
  checkForRoomType,
  parseGithubUsers,
  parseMembers,
  parsePullRequestAccess,
  parsePullRequestRoles,
  pullRequestMembers,
  type SharingConfig
} from './inputs/members.js'

export const OPERATIONS = [
  'create',
  'get',
  'rename',
  'archive',
  'unarchive',
  'delete',
  'list',
  'archive-stale',
  'share',
  'members'
] as const
export type OperationName = (typeof OPERATIONS)[number]

/** Inputs every operation reads. */
export const COMMON_INPUTS = [
  'portal-url',
  'api-key',
  'operation',
  'concurrency',
  'timeout-seconds',
  'request-timeout-seconds',
  'max-retries'
] as const

/**
 * The inputs each operation reads besides the common ones: the one list of it. The README's "Inputs by
 * operation" table is checked against it, and an input given to an operation that does not read it is a warning.
 */
/** The inputs that say who gets into a room, read by create and share. */
const SHARING_INPUTS = [
  'members',
  'github-users',
  'pull-request-members',
  'pull-request-access',
  'notify',
  'invite-message',
  'external-link'
] as const

export const OPERATION_INPUTS = {
  create: ['title', 'description', 'room-type', 'tags', 'if-exists', ...SHARING_INPUTS],
  get: ['room-id', 'title', 'tags'],
  rename: ['room-id', 'title', 'tags'],
  archive: ['room-id', 'title', 'tags', 'wait'],
  unarchive: ['room-id', 'title', 'tags', 'wait'],
  delete: ['room-id', 'title', 'tags', 'wait'],
  list: ['search', 'tags', 'room-type', 'area'],
  'archive-stale': ['search', 'tags', 'room-type', 'area', 'stale-days', 'dry-run', 'max-rooms', 'wait'],
  share: ['room-id', 'title', 'tags', ...SHARING_INPUTS],
  members: ['room-id', 'title', 'tags']
} as const satisfies Record<OperationName, readonly string[]>

export type InputName = (typeof COMMON_INPUTS)[number] | (typeof OPERATION_INPUTS)[OperationName][number]

/**
 * Optional inputs without a default in action.yml. The runner passes a declared default whether or not the
 * workflow gave the input, so only these can be told apart as given by the workflow.
 */
export const INPUTS_WITHOUT_DEFAULT = [
  'room-id',
  'title',
  'description',
  'room-type',
  'tags',
  'search',
  'stale-days',
  'members',
  'github-users',
  'pull-request-members',
  'invite-message'
] as const satisfies readonly InputName[]

export function readsInput(operation: OperationName, input: InputName): boolean {
  return (
    (COMMON_INPUTS as readonly string[]).includes(input) ||
    (OPERATION_INPUTS[operation] as readonly string[]).includes(input)
  )
}

/** How an operation finds the existing room it acts on. */
export type RoomSelector =
  | { by: 'id'; id: number }
  | { by: 'title'; title: string; tags: string[] }
  | { by: 'tags'; tags: string[] }
  | { by: 'pull-request'; pullRequest: PullRequest }

/** A selector that needs a search, not a direct read. */
export type RoomSearch = Exclude<RoomSelector, { by: 'id' }>

export type Area = 'active' | 'archived' | 'any'
export type IfExists = 'reuse' | 'create' | 'fail'

/** Narrowing for list and archive-stale. */
export interface RoomFilters {
  search?: string
  tags: string[]
  roomType?: RoomTypeInfo
  area: Area
}

/** Every input, read once and validated; nothing else in the action reads inputs. */
export interface Config {
  operation: OperationName
  portalUrl: string
  apiKey: string
  /** The room to act on: get, rename, archive, unarchive, delete. */
  target?: RoomSelector
  /** create: the new room's title; rename: the new title. */
  title?: string
  description?: string
  /** create: the new room's type. */
  roomType: RoomTypeInfo
  /** create: tags for the new room (with the pull request's tag on a pull-request event). */
  tags: string[]
  ifExists: IfExists
  /** create: how an existing room that if-exists refers to is recognised. */
  existing?: RoomSearch
  pullRequest?: PullRequest
  filters: RoomFilters
  staleDays?: number
  dryRun: boolean
  maxRooms: number
  concurrency: number
  wait: boolean
  timeoutMs: number
  requestTimeoutMs: number
  maxRetries: number
  /** create and share: who gets into the room, and how (members is empty for other operations). */
  sharing: SharingConfig
  /** Things to warn about in the inputs, such as one the operation ignores. */
  warnings: string[]
  /** Things worth a notice, such as a team among the pull request's reviewers. */
  notices: string[]
}

/** Reads an input as `core.getInput` does: trimmed, '' when unset. */
export type InputReader = (name: string) => string

/** GitHub ends a job after six hours; a longer bound would never be reached. */
const MAX_TIMEOUT_SECONDS = 6 * 60 * 60
/** DocSpace Cloud allows 15 concurrent writes per user; more would only earn 429s. */
export const MAX_CONCURRENCY = 15

export function readInputs(read: InputReader = (name) => core.getInput(name), pullRequest?: PullRequest): Config {
  // Masked before anything else happens, so no later log line, error or annotation can show it (a value too short
  // to be a key is refused below instead; see MIN_SECRET_LENGTH).
  const rawKey = read('api-key')
  registerSecret(rawKey)

  const operation = parseOperation(read('operation'))
  // Every other operation acts for real, and delete cannot be undone: refused before anything is sent.
  const dryRun = parseBoolean('dry-run', read('dry-run') || 'false')
  if (dryRun && !readsInput(operation, 'dry-run')) {
    throw new InputError(
      'dry-run',
      `is only for archive-stale: operation "${operation}" has no dry run and would act for real, so nothing was sent`
    )
  }
  const portalUrl = parsePortalUrl(read('portal-url'))
  const apiKey = parseApiKey(rawKey)
  const roomId = optional(read('room-id'), parseRoomId)
  const titleInput = optional(read('title'), parseTitle)
  const tags = parseTags(read('tags'))
  const roomTypeInput = optional(read('room-type'), parseRoomType)

  let target: RoomSelector | undefined
  let title = titleInput
  if (readsInput(operation, 'room-id')) {
    target = selectRoom(operation, roomId, operation === 'rename' ? undefined : titleInput, tags, pullRequest)
  }
  let existing: RoomSearch | undefined
  if (operation === 'create') {
    title ??= pullRequest?.roomTitle
    // On a pull-request event the tag is the room's identity: the pull request's title may have changed.
    if (pullRequest)
      existing = titleInput
        ? { by: 'title', title: titleInput, tags: [pullRequest.tag] }
        : { by: 'pull-request', pullRequest }
    else if (title !== undefined) existing = { by: 'title', title, tags: [] }
  }
  if ((operation === 'create' || operation === 'rename') && title === undefined) {
    throw new InputError('title', `is required for operation "${operation}"`)
  }

  const area = parseChoice('area', read('area') || 'active', ['active', 'archived', 'any'] as const)
  if (operation === 'archive-stale' && area !== 'active') {
    throw new InputError('area', 'must be "active" for archive-stale, which archives active rooms')
  }
  const staleDays = optional(read('stale-days'), (v) => parsePositiveNumber('stale-days', v))
  if (operation === 'archive-stale' && staleDays === undefined) {
    throw new InputError(
      'stale-days',
      'is required for operation "archive-stale": rooms not updated for this many days are archived'
    )
  }

  const roomType = roomTypeInput ?? parseRoomType('custom')
  const warnings = ignoredInputs(operation, read).map((input) => ignoredInputWarning(operation, input))
  const notices: string[] = []
  const sharing = readSharing(operation, read, pullRequest, warnings, notices)
  if (operation === 'create') checkForRoomType(sharing, roomType)

  return {
    operation,
    portalUrl,
    apiKey,
    target,
    title,
    description: read('description') || (operation === 'create' ? pullRequest?.description : undefined),
    roomType,
    tags: operation === 'create' && pullRequest ? [...new Set([...tags, pullRequest.tag])] : tags,
    ifExists: parseChoice('if-exists', read('if-exists') || 'reuse', ['reuse', 'create', 'fail'] as const),
    existing,
    pullRequest,
    filters: { search: read('search') || undefined, tags, roomType: roomTypeInput, area },
    staleDays,
    dryRun,
    maxRooms: parseWholeNumber('max-rooms', read('max-rooms') || '50', 1, 10_000),
    concurrency: parseWholeNumber('concurrency', read('concurrency') || '8', 1, MAX_CONCURRENCY),
    wait: parseBoolean('wait', read('wait') || 'true'),
    timeoutMs: parseSeconds('timeout-seconds', read('timeout-seconds') || '300', MAX_TIMEOUT_SECONDS),
    requestTimeoutMs: parseSeconds(
      'request-timeout-seconds',
      read('request-timeout-seconds') || '30',
      MAX_TIMEOUT_SECONDS
    ),
    maxRetries: parseWholeNumber('max-retries', read('max-retries') || '4', 0, 10),
    sharing,
    warnings,
    notices
  }
}

/** members, github-users and the pull request's people, for create and share; the defaults for the others. */
function readSharing(
  operation: OperationName,
  read: InputReader,
  pullRequest: PullRequest | undefined,
  warnings: string[],
  notices: string[]
): SharingConfig {
  const notify = parseBoolean('notify', read('notify') || 'true')
  const externalLink = parseBoolean('external-link', read('external-link') || 'false')
  const pullRequestAccess = parsePullRequestAccess(read('pull-request-access') || 'editor')
  if (!readsInput(operation, 'members')) {
    if (externalLink) warnings.push(ignoredInputWarning(operation, 'external-link'))
    return { members: [], notify, externalLink: false, pullRequestAccess }
  }
  const githubUsers = parseGithubUsers(read('github-users'))
  const members = parseMembers(read('members'), githubUsers)
  const roles = parsePullRequestRoles(read('pull-request-members'))
  if (roles.length > 0 && pullRequest) {
    const people = pullRequestMembers(pullRequest, roles, pullRequestAccess, githubUsers, members)
    members.push(...people.members)
    warnings.push(...people.warnings)
    notices.push(...people.notices)
  } else if (roles.length > 0) {
    warnings.push(
      'Input "pull-request-members" is ignored: this run is not for a pull_request or pull_request_target event'
    )
  }
  if (operation === 'share' && members.length === 0 && roles.length === 0 && !externalLink) {
    throw new InputError(
      'members',
      'is required for operation "share" (or pull-request-members on a pull-request event, or external-link: true)'
    )
  }
  return { members, notify, inviteMessage: read('invite-message') || undefined, externalLink, pullRequestAccess }
}

/** Inputs the workflow gave that the operation does not read. Only names: a value may be a secret. */
function ignoredInputs(operation: OperationName, read: InputReader): InputName[] {
  return INPUTS_WITHOUT_DEFAULT.filter((input) => !readsInput(operation, input) && read(input).trim() !== '')
}

function ignoredInputWarning(operation: OperationName, input: InputName): string {
  const readers = OPERATIONS.filter((op) => readsInput(op, input))
  const list = readers.length > 1 ? `${readers.slice(0, -1).join(', ')} and ${readers.at(-1)}` : readers.join('')
  return `Input "${input}" is ignored: operation "${operation}" does not read it (${list} do${readers.length > 1 ? '' : 'es'})`
}

/** room-id wins; then an exact title (not for rename, whose title is the new name), then tags, then the
 * pull request of the event. Outside a pull-request event nothing is guessed. */
function selectRoom(
  operation: OperationName,
  roomId: number | undefined,
  title: string | undefined,
  tags: string[],
  pullRequest: PullRequest | undefined
): RoomSelector {
  if (roomId !== undefined) return { by: 'id', id: roomId }
  if (title !== undefined) return { by: 'title', title, tags }
  if (tags.length > 0) return { by: 'tags', tags }
  if (pullRequest) return { by: 'pull-request', pullRequest }
  const alternatives = operation === 'rename' ? 'tags' : 'title or tags'
  throw new InputError(
    'room-id',
    `is required for operation "${operation}" (or give ${alternatives} to find the room by, or run on a pull_request event)`
  )
}

function optional<T>(raw: string, parse: (value: string) => T): T | undefined {
  return raw.trim() === '' ? undefined : parse(raw)
}

function parseApiKey(raw: string): string {
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

function parseBoolean(name: string, raw: string): boolean {
  // The YAML 1.2 core schema booleans, as core.getBooleanInput accepts them.
  if (['true', 'True', 'TRUE'].includes(raw.trim())) return true
  if (['false', 'False', 'FALSE'].includes(raw.trim())) return false
  throw new InputError(name, `must be true or false; got "${raw.trim()}"`)
}

function parseChoice<T extends string>(name: string, raw: string, choices: readonly T[]): T {
  const value = raw.trim().toLowerCase()
  if (!(choices as readonly string[]).includes(value)) {
    throw new InputError(name, `must be one of ${choices.join(', ')}; got "${raw.trim()}"`)
  }
  return value as T
}

function parsePositiveNumber(name: string, raw: string): number {
  const value = raw.trim()
  if (!/^\d+(\.\d+)?$/.test(value) || !(Number(value) > 0)) {
    throw new InputError(name, `must be a number greater than 0; got "${value}"`)
  }
  return Number(value)
}

/** Seconds as whole milliseconds, the resolution of Node's timers: below one, a bound would round to 0 ms, time out
 * every request before it is sent, and be reported against timeout-seconds. */
function parseSeconds(name: string, raw: string, max: number): number {
  const value = raw.trim()
  const seconds = Number(value)
  if (!/^\d+(\.\d+)?$/.test(value) || !(seconds >= 0.001) || seconds > max) {
    throw new InputError(name, `must be a number of seconds from 0.001 (one millisecond) to ${max}; got "${value}"`)
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
