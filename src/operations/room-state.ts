import type { DocSpaceClient } from '../docspace/client.js'
import { DEFAULT_POLL, hasEnded, waitForOperations, type Expectation } from '../docspace/operations.js'
import { reportProgress } from '../lib/progress.js'
import { findRoom, listOperations, startArchive, startDelete, startUnarchive } from '../docspace/rooms.js'
import { isArchived, type FileOperation, type Room } from '../docspace/types.js'
import { DocSpaceError } from '../lib/errors.js'
import type { OperationContext } from './context.js'
import { roomRef } from './room-words.js'

export type StateChange = 'archive' | 'unarchive' | 'delete'

const CHANGES: Record<
  StateChange,
  { start: (c: DocSpaceClient, id: number | string) => Promise<FileOperation>; expect: Expectation; noun: string }
> = {
  archive: { start: startArchive, expect: 'archived', noun: 'archive' },
  unarchive: { start: startUnarchive, expect: 'active', noun: 'unarchive' },
  delete: { start: startDelete, expect: 'deleted', noun: 'deletion' }
}

/**
 * Starts an archive, unarchive or delete of one room and, when asked, waits until DocSpace has done it.
 * Returns the room as it is afterwards (undefined once deleted), or as it was if not waiting.
 */
export async function changeRoomState(
  ctx: OperationContext,
  room: Room,
  change: StateChange,
  wait: boolean
): Promise<{ room: Room | undefined; finished: boolean }> {
  const { start, expect, noun } = CHANGES[change]
  let operation: FileOperation
  try {
    operation = await start(ctx.client, room.id)
  } catch (error) {
    // A delete that was retried after a lost answer finds the room gone: the first attempt did the work.
    if (
      change === 'delete' &&
      error instanceof DocSpaceError &&
      error.status === 404 &&
      (error.details.attempts ?? 1) > 1
    ) {
      ctx.log(`Room ${room.id} is gone: the first delete request went through although its answer was lost`)
      return { room: undefined, finished: true }
    }
    throw error
  }
  if (!wait) {
    ctx.log(
      `Started the ${noun} of ${roomRef(ctx.config.portalUrl, room)} (operation ${operation.id}); not waiting for it (wait: false)`
    )
    return { room, finished: false }
  }
  const what = `${noun} of room ${room.id} ("${room.title}")`
  const lastSeen = isArchived(room) ? 'archived' : 'active'
  const [result] = await waitForOperations(ctx.client, [{ operation, roomId: room.id, expect, what, lastSeen }], {
    progress: ctx.log,
    ...ctx.wait,
    confirm: 'always'
  })
  if (result!.ok) return { room: result!.room, finished: true }
  // DELETE answers with the caller's first listed delete operation, not necessarily the one it started
  // (VirtualRoomsController.cs:425), so with two deletes of one key at once the operation followed may be the
  // other's: the room itself tells when this deletion is done.
  if (change === 'delete') {
    await watchUntilGone(ctx, room, result!.error)
    return { room: undefined, finished: true }
  }
  throw result!.error
}

/**
 * Watches the room after the operation DocSpace named ended without deleting it. While any delete of this key
 * still runs, it may be this room's; once none runs and the room is still there, the deletion failed, and the
 * error is the one that operation reported. Listing only the key's delete operations (type 2) leaves its other
 * operations to whoever follows them.
 */
async function watchUntilGone(ctx: OperationContext, room: Room, reported: Error): Promise<void> {
  const schedule = ctx.wait?.schedule ?? DEFAULT_POLL
  let interval = schedule.firstMs
  const waitingFor = `waiting for the deletion of room ${room.id} to finish`
  const stop = reportProgress(ctx.wait?.progress ?? ctx.log, ctx.wait?.progressEveryMs, () => waitingFor)
  try {
    while (await findRoom(ctx.client, room.id)) {
      const running = (await listOperations(ctx.client, { type: 'delete' })).filter((op) => !hasEnded(op))
      if (running.length === 0 && (await findRoom(ctx.client, room.id))) throw reported
      await ctx.client.deadline.sleep(interval, waitingFor)
      interval = Math.min(schedule.maxMs, Math.ceil(interval * 1.5))
    }
  } finally {
    stop()
  }
}
