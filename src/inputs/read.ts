import * as core from '@actions/core'
import { InputError } from '../lib/errors.js'
import { registerSecret } from '../lib/redact.js'
import type { PullRequest } from '../github/event.js'
import { readSettings } from './settings.js'
import { readDocuments } from './documents.js'
import {
  checkForRoomType,
  parseGithubUsers,
  parseMembers,
  parsePullRequestAccess,
  parsePullRequestRoles,
  pullRequestMembers,
  type SharingConfig
} from './members.js'

import {
  ignoredInputs,
  ignoredInputWarning,
  OPERATIONS,
  readsInput,
  type InputReader,
  type OperationName
} from './catalogue.js'
import type { Config, RoomSearch, RoomSelector } from './config.js'
import {
  checkTagLengths,
  optional,
  parseApiKey,
  parseBoolean,
  parseChoice,
  parseOperation,
  parsePortalUrl,
  parsePositiveNumber,
  parseRoomId,
  parseRoomType,
  parseSeconds,
  parseTags,
  parseTitle,
  parseWholeNumber
} from './values.js'

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
  // An open pull request's step makes or reuses its room as create does.
  const creates = operation === 'create' || operation === 'pull-request'
  const eventName = process.env.GITHUB_EVENT_NAME ?? ''
  const label = read('label').trim()
  if (operation === 'pull-request' && !pullRequest) {
    throw new InputError(
      'operation',
      `"pull-request" runs on pull_request and pull_request_target events; this run is a${/^[aeiou]/i.test(eventName) ? 'n' : ''} "${eventName || 'unknown'}" event`
    )
  }
  // GitHub passes no secrets to a pull_request run from a fork: such a run ends quietly instead of red.
  const forkWithoutKey = rawKey.trim() === '' && eventName === 'pull_request' && pullRequest?.fromFork === true
  // Every other operation acts for real, and delete cannot be undone: refused before anything is sent.
  const dryRun = parseBoolean('dry-run', read('dry-run') || 'false')
  if (dryRun && !readsInput(operation, 'dry-run')) {
    throw new InputError(
      'dry-run',
      `is only for archive-stale and upload: operation "${operation}" has no dry run and would act for real, so nothing was sent`
    )
  }
  const portalUrl =
    forkWithoutKey && read('portal-url').trim() === '' ? 'https://portal.invalid' : parsePortalUrl(read('portal-url'))
  const apiKey = forkWithoutKey ? '' : parseApiKey(rawKey)
  const roomId = optional(read('room-id'), parseRoomId)
  const titleInput = optional(read('title'), parseTitle)
  const tags = parseTags(read('tags'))
  if (creates) checkTagLengths('tags', tags)
  const roomTypeInput = optional(read('room-type'), parseRoomType)

  let target: RoomSelector | undefined
  let title = titleInput
  // rename and update take title as the new title, so it cannot also find the room.
  const titleIsNew = operation === 'rename' || operation === 'update'
  if (readsInput(operation, 'room-id')) {
    target = selectRoom(operation, roomId, titleIsNew ? undefined : titleInput, tags, pullRequest)
  }
  let existing: RoomSearch | undefined
  if (creates) {
    title ??= pullRequest?.roomTitle
    // On a pull-request event the tag is the room's identity: the pull request's title may have changed.
    if (pullRequest)
      existing = titleInput
        ? { by: 'title', title: titleInput, tags: [pullRequest.tag] }
        : { by: 'pull-request', pullRequest }
    else if (title !== undefined) existing = { by: 'title', title, tags: [] }
  }
  if ((creates || operation === 'rename') && title === undefined) {
    throw new InputError('title', `is required for operation "${operation}"`)
  }

  const settings = readsInput(operation, 'quota')
    ? readSettings(read, parseBoolean, process.env.GITHUB_WORKSPACE || process.cwd())
    : {}
  // DocSpace's own interface offers indexing for virtual-data rooms only.
  if (creates && settings.indexing !== undefined && (roomTypeInput?.name ?? 'custom') !== 'virtual-data') {
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
  if (creates) checkForRoomType(sharing, roomType)

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
    description: read('description') || (creates ? pullRequest?.description : undefined),
    descriptionGiven: read('description') !== '',
    label: (operation === 'pull-request' && label) || undefined,
    forkWithoutKey,
    roomType,
    tags: creates && pullRequest ? [...new Set([...tags, pullRequest.tag])] : tags,
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
    documents: readDocuments(operation, read, parseBoolean, process.env.GITHUB_WORKSPACE || process.cwd()),
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
