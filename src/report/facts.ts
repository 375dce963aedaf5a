// What a report is made from: the rooms as the outputs list them, and the facts the summary renders.
import { roomUrl } from '../docspace/room-url.js'
import { isArchived, ROOM_TYPES, type Room } from '../docspace/types.js'
import type { Config } from '../inputs/config.js'
import type { Outcome } from '../operations/context.js'

/** A room as the `rooms` output lists it. */
export interface CompactRoom {
  id: Room['id']
  title: string
  type: string | number | undefined
  tags: string[]
  created: string | undefined
  updated: string | undefined
  archived: boolean
  url: string
}

export function compactRoom(portalUrl: string, room: Room): CompactRoom {
  return {
    id: room.id,
    title: room.title,
    type: ROOM_TYPES.find((t) => t.value === room.roomType)?.name ?? room.roomType,
    tags: room.tags ?? [],
    created: room.created,
    updated: room.updated,
    archived: isArchived(room),
    url: roomUrl(portalUrl, room.id)
  }
}

/** What the summary of a finished operation is made from. */
export interface SummaryFacts {
  config: Config
  outcome: Outcome
  /** The single room, in the form of the outputs. */
  room?: CompactRoom
  /** The rooms listed, archived or that would be archived. */
  listed?: CompactRoom[]
  /** The step's warnings, as the log has them. */
  /** The error the step fails with after reporting its outcome. */
  error?: string
  warnings: string[]
  /** "Now", for "3 days ago": passed in so that a summary renders the same in a test. */
  now: number
}

/** What the summary of a failed step is made from. */
export interface FailureFacts {
  /** The operation the workflow asked for, when it named a valid one. */
  operation?: string
  message: string
  /** The inputs were refused before any request was sent. */
  inputError: boolean
  warnings: string[]
}

/** Rows in the rooms' table; the summary file is capped at 1 MiB and a person reads the first ones. */
export const SUMMARY_ROWS = 100

/** A row of a key/value table: a label and its value as summary HTML; a row without a value is left out. */
export type Row = [label: string, html: string | undefined]
