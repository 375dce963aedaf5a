import { portalWords } from '../lib/errors.js'
import { reportProgress } from '../lib/progress.js'
import type { DocSpaceClient } from './client.js'
import { findRoom, listOperations } from './rooms.js'
import { isArchived, type FileOperation, type Room } from './types.js'

/** What a finished archive, unarchive or delete leaves behind. */
export type Expectation = 'archived' | 'active' | 'deleted'

export interface PendingOperation {
  operation: FileOperation
  roomId: number | string
  expect: Expectation
  /** For messages: "archive of room 12". */
  what: string
  /** The room's state when the operation started, for a message if time runs out. */
  lastSeen?: 'active' | 'archived'
}

export type OperationResult = { ok: true; room?: Room } | { ok: false; error: Error }

export interface PollSchedule {
  firstMs: number
  maxMs: number
}

/** Short first poll, because most room operations take well under a second; then slower, up to 2 s. */
export const DEFAULT_POLL: PollSchedule = { firstMs: 250, maxMs: 2000 }

export interface WaitOptions {
  schedule?: PollSchedule
  /** `always`: read every room once its operation finishes (single-room steps, which output the room);
   * `vanished` (default): read a room only when its operation disappeared from the listing. */
  confirm?: 'always' | 'vanished'
  /** Where to say, every `progressEveryMs`, what is still awaited; nothing is said when not given. */
  progress?: (line: string) => void
  /** How often a long wait says it is still waiting (default PROGRESS_EVERY_MS, progress.ts); tests shorten it. */
  progressEveryMs?: number
}

export class OperationFailedError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'OperationFailedError'
  }
}

/**
 * Waits for DocSpace's asynchronous file operations with one `GET /files/fileops` per round for all of
 * them. A finished operation is listed once and then dropped by the server, so one that is no longer
 * listed is confirmed by reading its room. Resolves with a result per operation, in order; throws only
 * when the step's deadline runs out.
 */
export async function waitForOperations(
  client: DocSpaceClient,
  pending: PendingOperation[],
  options: WaitOptions = {}
): Promise<OperationResult[]> {
  const schedule = options.schedule ?? DEFAULT_POLL
  const results = new Map<PendingOperation, OperationResult>()
  const progress = new Map<PendingOperation, number>()
  let waiting: PendingOperation[] = []

  // DocSpace only logs unexpected errors inside a job, so "finished" alone does not prove the room changed.
  // An error, in turn, may come from a repeated request whose first copy did the work: the room decides.
  const settle = async (p: PendingOperation, result: OperationResult): Promise<void> => {
    if (result.ok && options.confirm !== 'always') {
      results.set(p, result)
      return
    }
    const confirmed = await confirmByRoom(client, p)
    results.set(p, result.ok || confirmed.ok ? confirmed : result)
  }

  for (const p of pending) {
    const settled = settledResult(p, p.operation)
    if (settled) await settle(p, settled)
    else waiting.push(p)
  }

  let interval = schedule.firstMs
  const stop = reportProgress(options.progress, options.progressEveryMs, () =>
    waiting.length > 0 ? describeWaiting(waiting, progress) : undefined
  )
  try {
    while (waiting.length > 0) {
      const stillWaiting = waiting
      await client.deadline.sleep(interval, () => describeWaiting(stillWaiting, progress))
      interval = Math.min(schedule.maxMs, Math.ceil(interval * 1.5))

      // Filtering by id leaves other jobs' finished operations for them to see; with many, one listing serves all.
      const listed = await listOperations(client, {
        id: waiting.length === 1 ? waiting[0]!.operation.id : undefined,
        waitingFor: waiting.length
      })
      const byId = new Map(listed.map((op) => [op.id, op]))
      const next: PendingOperation[] = []
      for (const p of waiting) {
        const op = byId.get(p.operation.id)
        if (op) {
          const settled = settledResult(p, op)
          if (settled) await settle(p, settled)
          else {
            progress.set(p, op.progress ?? 0)
            next.push(p)
          }
        } else {
          results.set(p, await confirmByRoom(client, p))
        }
      }
      waiting = next
    }
  } finally {
    stop()
  }
  return pending.map((p) => results.get(p)!)
}

/** A result when the listing says the operation is over; undefined while it runs. */
function settledResult(p: PendingOperation, op: FileOperation): OperationResult | undefined {
  if (op.error) {
    return {
      ok: false,
      error: new OperationFailedError(`The ${p.what} failed in DocSpace: "${portalWords(op.error)}"`)
    }
  }
  // status 3 Canceled, 4 Failed (DistributedTaskStatus), in case a portal reports them without text.
  if (op.status === 3 || op.status === 4) {
    return {
      ok: false,
      error: new OperationFailedError(
        `The ${p.what} was ${op.status === 3 ? 'canceled' : 'reported failed'} by DocSpace`
      )
    }
  }
  if (hasEnded(op)) return { ok: true }
  return undefined
}

/** Whether DocSpace says an operation is over, well or not: an error, a final status (2 Completed, 3 Canceled,
 * 4 Failed; DistributedTaskQueue.cs:263-286), `finished`, or full progress. */
export function hasEnded(op: FileOperation): boolean {
  return Boolean(op.error) || (op.status ?? 0) >= 2 || op.finished === true || op.progress === 100
}

async function confirmByRoom(client: DocSpaceClient, p: PendingOperation): Promise<OperationResult> {
  const room = await findRoom(client, p.roomId)
  const state = room === undefined ? 'deleted' : isArchived(room) ? 'archived' : 'active'
  if (state === p.expect) return { ok: true, room }
  return {
    ok: false,
    error: new OperationFailedError(
      `The ${p.what} ended without a result in DocSpace, and the room is ${state === 'deleted' ? 'gone' : state}, not ${p.expect}`
    )
  }
}

function describeWaiting(waiting: PendingOperation[], progress: Map<PendingOperation, number>): string {
  const first = waiting[0]!
  const pct = progress.get(first)
  const state = pct === undefined ? 'progress not reported yet' : `at ${pct}%`
  const room = first.lastSeen ? `; the room was last seen ${first.lastSeen}` : ''
  return waiting.length === 1
    ? `waiting for the ${first.what} to finish (operation ${first.operation.id}, ${state}${room})`
    : `waiting for ${waiting.length} room operations to finish (first: the ${first.what}, ${state}${room})`
}
