import * as core from '@actions/core'
import { InputError } from './errors.js'
import { MIN_SECRET_LENGTH, registerSecret } from './redact.js'
import { MAX_TITLE_LENGTH, ROOM_TYPES, type RoomTypeInfo } from './docspace/types.js'
import type { PullRequest } from './pull-request.js'
import { readSettings, SETTINGS_INPUTS, type RoomSettings } from './inputs/settings.js'
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
  'update',
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
/** What a single-room operation reads to keep the pull request's comment about the room. */
const COMMENT_INPUTS = ['pull-request-comment', 'github-token'] as const

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
  create: [
    'title',
    'description',
    'room-type',
    'tags',
    'if-exists',
    ...SETTINGS_INPUTS,
    ...SHARING_INPUTS,
    ...COMMENT_INPUTS
  ],
  get: ['room-id', 'title', 'tags', 'if-missing', ...COMMENT_INPUTS],
  rename: ['room-id', 'title', 'tags', 'if-missing', ...COMMENT_INPUTS],
  update: [
    'room-id',
    'title',
    'tags',
    'if-missing',
    ...SETTINGS_INPUTS,
    'add-tags',
    'remove-tags',
    'pinned',
    ...COMMENT_INPUTS
  ],
  archive: ['room-id', 'title', 'tags', 'wait', 'if-missing', ...COMMENT_INPUTS],
  unarchive: ['room-id', 'title', 'tags', 'wait', 'if-missing', ...COMMENT_INPUTS],
  delete: ['room-id', 'title', 'tags', 'wait', 'if-missing', ...COMMENT_INPUTS],
  list: ['search', 'tags', 'room-type', 'area'],
  'archive-stale': [
    'search',
    'tags',
    'room-type',
    'area',
    'stale-days',
    'dry-run',
    'max-rooms',
    'wait',
    'exclude-tags',
    'skip-open-pull-requests',
    'github-token'
  ],
  share: ['room-id', 'title', 'tags', 'if-missing', ...SHARING_INPUTS, ...COMMENT_INPUTS],
  members: ['room-id', 'title', 'tags', 'if-missing', ...COMMENT_INPUTS]
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
  ...SETTINGS_INPUTS,
  'add-tags',
  'remove-tags',
  'pinned',
  'exclude-tags',
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
export type IfMissing = 'fail' | 'skip'

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
  /** The room to act on: get, rename, update, archive, unarchive, delete. */
  target?: RoomSelector
  /** What to do when that room is not there: fail the step, or skip with result not-found. */
  ifMissing: IfMissing
  /** create: the new room's title; rename and update: the new title. */
  title?: string
  /** create and update: the settings given, and only those. */
  settings: RoomSettings
  /** update: tags to add and to remove through DocSpace's tag endpoints; pin or unpin for the key's user. */
  addTags: string[]
  removeTags: string[]
  pinned?: boolean
  /** archive-stale: rooms carrying any of these are never archived. */
  excludeTags: string[]
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
  /** The token for GitHub's API (the job's token unless the workflow gives another); '' when none. */
  githubToken: string
  /** Keep a comment about the room on the pull request: only on a pull-request event, for an operation on one room. */
  pullRequestComment: boolean
  /** archive-stale: keep the rooms of this repository's open pull requests. */
  skipOpenPullRequests: boolean
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
  const rawToken = read('github-token')
  registerSecret(rawToken)

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
  if (operation === 'create') checkTagLengths('tags', tags)
  const roomTypeInput = optional(read('room-type'), parseRoomType)

  let target: RoomSelector | undefined
  let title = titleInput
  // rename and update take title as the new title, so it cannot also find the room.
  const titleIsNew = operation === 'rename' || operation === 'update'
  if (readsInput(operation, 'room-id')) {
    target = selectRoom(operation, roomId, titleIsNew ? undefined : titleInput, tags, pullRequest)
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

  const settings = readsInput(operation, 'quota')
    ? readSettings(read, parseBoolean, process.env.GITHUB_WORKSPACE || process.cwd())
    : {}
  // DocSpace's own interface offers indexing for virtual-data rooms only.
  if (
    operation === 'create' &&
    settings.indexing !== undefined &&
    (roomTypeInput?.name ?? 'custom') !== 'virtual-data'
  ) {
    throw new InputError(
      'indexing',
      `is only for virtual-data rooms; room-type is ${roomTypeInput?.name ?? 'custom (the default)'}, which has no indexing`
    )
  }
  const addTags = operation === 'update' ? checkTagLengths('add-tags', parseTags(read('add-tags'))) : []
  const removeTags = operation === 'update' ? parseTags(read('remove-tags')) : []
  const both = addTags.filter((t) => removeTags.includes(t))
  if (both.length) throw new InputError('remove-tags', `names ${both.join(', ')}, which add-tags adds too`)
  const identity = removeTags.find((t) => /^pr:[^#]+#\d+$/.test(t))
  if (identity) {
    throw new InputError(
      'remove-tags',
      `names ${identity}, the tag that identifies a pull request's room; it is never removed, so the room stays found`
    )
  }
  const pinned = operation === 'update' ? optional(read('pinned'), (v) => parseBoolean('pinned', v)) : undefined
  if (
    operation === 'update' &&
    titleInput === undefined &&
    Object.keys(settings).length === 0 &&
    addTags.length === 0 &&
    removeTags.length === 0 &&
    pinned === undefined
  ) {
    throw new InputError(
      'operation',
      'update needs something to change: title, quota, file-lifetime, deny-download, indexing, color, logo, add-tags, remove-tags or pinned'
    )
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
  const github = parseGitHubInputs(read, operation, rawToken, pullRequest)
  const warnings = [
    ...ignoredInputs(operation, read).map((input) => ignoredInputWarning(operation, input)),
    ...github.warnings
  ]
  const notices: string[] = []
  const sharing = readSharing(operation, read, pullRequest, warnings, notices)
  if (operation === 'create') checkForRoomType(sharing, roomType)

  return {
    operation,
    portalUrl,
    apiKey,
    target,
    ifMissing: parseChoice('if-missing', read('if-missing') || 'fail', ['fail', 'skip'] as const),
    title,
    settings,
    addTags,
    removeTags,
    pinned,
    excludeTags: operation === 'archive-stale' ? parseTags(read('exclude-tags')) : [],
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
    ...github.config,
    sharing,
    warnings,
    notices
  }
}

/** The operation the workflow asked for, when it named a valid one: a failed step's summary is headed with it
 * even when another input was refused. */
export function requestedOperation(read: InputReader = (name) => core.getInput(name)): OperationName | undefined {
  const value = read('operation').trim().toLowerCase()
  return (OPERATIONS as readonly string[]).includes(value) ? (value as OperationName) : undefined
}

/** github-token, pull-request-comment and skip-open-pull-requests: what asks GitHub's API for something. */
function parseGitHubInputs(
  read: InputReader,
  operation: OperationName,
  rawToken: string,
  pullRequest: PullRequest | undefined
): { config: Pick<Config, 'githubToken' | 'pullRequestComment' | 'skipOpenPullRequests'>; warnings: string[] } {
  const warnings: string[] = []
  const comment = parseBoolean('pull-request-comment', read('pull-request-comment') || 'false')
  const skipOpen = parseBoolean('skip-open-pull-requests', read('skip-open-pull-requests') || 'false')
  if (comment && !readsInput(operation, 'pull-request-comment')) {
    warnings.push(ignoredInputWarning(operation, 'pull-request-comment'))
  } else if (comment && !pullRequest) {
    warnings.push(
      'Input "pull-request-comment" is ignored: this run is not for a pull_request or pull_request_target event'
    )
  }
  if (skipOpen && !readsInput(operation, 'skip-open-pull-requests')) {
    warnings.push(ignoredInputWarning(operation, 'skip-open-pull-requests'))
  }
  const pullRequestComment = comment && pullRequest !== undefined && readsInput(operation, 'pull-request-comment')
  const skipOpenPullRequests = skipOpen && readsInput(operation, 'skip-open-pull-requests')
  // A token is never shown, not even in part: the message says only what is wrong with it.
  const token = rawToken.trim()
  const needs = pullRequestComment ? 'pull-request-comment' : skipOpenPullRequests ? 'skip-open-pull-requests' : ''
  if (needs && !token) {
    throw new InputError(
      'github-token',
      `is empty, and ${needs} asks GitHub's API: leave github-token out to use the job's token (\${{ github.token }}), with ${needs === 'pull-request-comment' ? '`permissions: pull-requests: write`' : '`permissions: pull-requests: read`'}`
    )
  }
  if (needs && /\s/.test(token)) throw new InputError('github-token', 'contains white space; pass the token alone')
  return { config: { githubToken: token, pullRequestComment, skipOpenPullRequests }, warnings }
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

/** DocSpace keeps a tag's name in 255 characters (DbFilesTag.cs:40, `[MaxLength(255)]`); a longer one fails
 * the request that makes the tag, after what came before it in the step was written. */
const MAX_TAG_LENGTH = 255

function checkTagLengths(name: string, tags: string[]): string[] {
  const long = tags.find((t) => t.length > MAX_TAG_LENGTH)
  if (long !== undefined) {
    throw new InputError(
      name,
      `has a tag of ${long.length} characters ("${long.slice(0, 40)}…"); DocSpace takes tags of at most ${MAX_TAG_LENGTH}`
    )
  }
  return tags
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
