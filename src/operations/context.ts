import type { Config } from '../inputs.js'
import type { DocSpaceClient } from '../docspace/client.js'
import type { WaitOptions } from '../docspace/operations.js'
import type { Room } from '../docspace/types.js'

export interface OperationContext {
  client: DocSpaceClient
  config: Config
  /** How file operations are polled; tests shorten it. */
  wait?: WaitOptions
  log: (line: string) => void
  warn: (line: string) => void
  /** Groups the log lines of one step of an operation. */
  group: <T>(name: string, work: () => Promise<T>) => Promise<T>
  now: () => number
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
  /** Every member of the room after the step (create and share with members, members). */
  members?: Member[]
  /** The room's primary external link, when external-link asked for it. */
  externalLink?: string
}

export type Operation = (ctx: OperationContext) => Promise<Outcome>
