import type { Config } from '../inputs/config.js'
import type { DocSpaceClient } from '../docspace/client.js'
import type { WaitOptions } from '../docspace/operations.js'
import type { Room } from '../docspace/types.js'
import type { OpenPullRequests } from '../github/open-pull-requests.js'

export interface OperationContext {
  client: DocSpaceClient
  config: Config
  /** How file operations are polled; tests shorten it. */
  wait?: WaitOptions
  log: (line: string) => void
  warn: (line: string) => void
  /** A notice annotation; the log when not given. */
  notice?: (line: string) => void
  /** Groups the log lines of one step of an operation. */
  group: <T>(name: string, work: () => Promise<T>) => Promise<T>
  now: () => number
  /** archive-stale with skip-open-pull-requests: the numbers of this repository's open pull requests, read once
   * from GitHub when the run starts. */
  openPullRequests?: Promise<OpenPullRequests>
  /** Told by create once the room exists (made, reused or restored) when nothing that follows changes what the
   * outcome shows of it, so that the pull request comment can go out beside the room's other requests. */
  roomSettled?: (outcome: Outcome) => void
  /** create: this run deleted the room it made for a pull request another run had just made one for. */
  yielded?: boolean
}

/** A member of a room as the `members` output lists it; `access` is the kebab name, or `owner` for the room's owner. */
export interface Member {
  id: string
  name: string
  email: string
  access: string
}

/** What an operation did, for outputs and the summary. */
export interface Outcome {
  result: string
  /** The room as DocSpace last returned it (single-room operations). */
  room?: Room
  /** The rooms listed, archived, or that would be archived (list, archive-stale). */
  rooms?: Room[]
  /** Rooms the operation could not handle; the step fails after the outputs are set. */
  failures?: string[]
  /** rename: the title the room had before. */
  previousTitle?: string
  /** archive-stale: how the stale rooms were counted. */
  stale?: StaleCount
  /** archive-stale: rooms left active although stale, how many for each reason (e.g. `exclude-tags`). */
  spared?: Spared[]
  /** The room's members after the step, when the operation read them. */
  members?: Member[]
  /** The room's primary external link, when asked for. */
  externalLink?: string
  /** The pull request comment about the room, once written. */
  commentUrl?: string
  /** update: what the step changed, for the summary. */
  updated?: RoomUpdate
  /** share, create: the changes to the room's members that were sent and confirmed. */
  memberChanges?: MemberChange[]
  /** pull-request: what the step resolved to, as the `operation` output says it. */
  resolved?: 'create' | 'archive' | 'skip'
  /** upload, download, create with path: what happened to each file. */
  files?: FileResult[]
}

export type FileResultKind =
  'uploaded' | 'updated' | 'unchanged' | 'deleted' | 'downloaded' | 'would-upload' | 'would-update' | 'would-delete'

/** One file of an upload or download, as the `files` output lists it. */
export interface FileResult {
  /** The path inside the room (below `folder`), written with `/`. */
  path: string
  id?: number | string
  /** The title DocSpace keeps. */
  title: string
  version?: number
  url?: string
  result: FileResultKind
}

/** What update changed; settings are named by their input, their values are in the config. */
export interface RoomUpdate {
  /** Inputs sent with `PUT rooms/{id}`: title, quota, file-lifetime, deny-download, indexing, color. */
  fields: string[]
  logo: boolean
  /** Tags the room did not have, and tags it had, that were added and removed. */
  addedTags: string[]
  removedTags: string[]
  /** Set when the key's user's pin changed. */
  pinned?: boolean
}

/** One person's change to a room's members. */
export interface MemberChange {
  /** The person's name in DocSpace, as the portal gives it (outside text; may be their e-mail, see personName). */
  name: string
  /** The access afterwards (kebab name); undefined when removed. */
  access?: string
  /** The access before, when they were a member. */
  was?: string
}

export interface StaleCount {
  /** Rooms last updated before this (milliseconds since the epoch) are stale. */
  cutoff: number
  /** Active rooms that matched the filters. */
  examined: number
  /** Of those, the stale ones. */
  stale: number
  /** Of those, the ones this run handled (at most max-rooms). */
  handled: number
}

export interface Spared {
  reason: string
  count: number
}

export type Operation = (ctx: OperationContext) => Promise<Outcome>
