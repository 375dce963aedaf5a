import { findRoom, renameRoom } from '../docspace/rooms.js'
import { isArchived } from '../docspace/types.js'
import { DocSpaceError } from '../errors.js'
import type { Operation } from './context.js'
import { missingRoom, targetRoom } from './find-room.js'

export const rename: Operation = async (ctx) => {
  const { client, config } = ctx
  const target = config.target!
  const id = target.by === 'id' ? target.id : (await targetRoom(ctx)).id
  try {
    const room = await renameRoom(client, id, config.title!)
    ctx.log(`Renamed room ${room.id} to "${room.title}"`)
    return { result: 'renamed', room }
  } catch (error) {
    // DocSpace answers 403 alike for a missing room, an archived one and missing rights; one read tells which.
    if (error instanceof DocSpaceError && error.status === 403) {
      const room = await findRoom(client, id).catch(() => undefined)
      if (room === undefined) throw missingRoom(target, `${error.message} (no room with ID ${id} exists)`)
      else if (isArchived(room)) error.message += ` (room ${id} is archived; unarchive it before renaming)`
    }
    throw error
  }
}
