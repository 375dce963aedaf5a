// The typed, validated value every input is read into once.
import type { RoomTypeInfo } from '../docspace/types.js'
import type { PullRequest } from '../github/event.js'
import type { OperationName } from './catalogue.js'
import type { DocumentsConfig } from './documents.js'
import type { SharingConfig } from './members.js'
import type { RoomSettings } from '../docspace/settings.js'

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
  /** The workflow gave `description` (else it is the pull request's, which a key without files:write may skip). */
  descriptionGiven: boolean
  /** pull-request: the label a pull request needs for an active room. */
  label?: string
  /** A pull_request run from a fork, which GitHub gives no secrets: it ends skipped, sending nothing. */
  forkWithoutKey: boolean
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
  /** upload, download, and create with path: the documents to move. */
  documents?: DocumentsConfig
  /** Things to warn about in the inputs, such as one the operation ignores. */
  warnings: string[]
  /** Things worth a notice, such as a team among the pull request's reviewers. */
  notices: string[]
}
