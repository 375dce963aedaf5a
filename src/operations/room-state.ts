import type { DocSpaceClient } from '../docspace/client.js'
import { waitForOperations, type Expectation } from '../docspace/operations.js'
import { startArchive, startDelete, startUnarchive } from '../docspace/rooms.js'
import type { FileOperation, Room } from '../docspace/types.js'
import type { OperationContext } from './context.js'

export type StateChange = 'archive' | 'unarchive' | 'delete'

const CHANGES: Record<StateChange, { start: (c: DocSpaceClient, id: number | string) => Promise<FileOperation>; expect: Expectation; noun: string }> = {
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
  const operation = await start(ctx.client, room.id)
  if (!wait) {
    ctx.log(`Started the ${noun} of room ${room.id} (operation ${operation.id}); not waiting for it (wait: false)`)
    return { room, finished: false }
  }
  const what = `${noun} of room ${room.id} ("${room.title}")`
  const [result] = await waitForOperations(ctx.client, [{ operation, roomId: room.id, expect, what }], {
    ...ctx.wait,
    confirm: 'always'
  })
  if (!result!.ok) throw result!.error
  return { room: result!.room, finished: true }
}
