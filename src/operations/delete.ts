import { isArchived } from '../docspace/types.js'
import type { Operation } from './context.js'
import { targetRoom } from './find-room.js'
import { changeRoomState } from './room-state.js'
import { roomRef } from './room-words.js'

export const remove: Operation = async (ctx) => {
  let room = await targetRoom(ctx)
  ctx.log(`Deleting ${roomRef(ctx.config.portalUrl, room)}`)
  if (!isArchived(room)) {
    // DocSpace lets only a room's creator delete it while active; from the archive its owner and admins may.
    ctx.log(`The room is active; archiving it before deleting it`)
    room = (await changeRoomState(ctx, room, 'archive', true)).room ?? room
  }
  const after = await changeRoomState(ctx, room, 'delete', ctx.config.wait)
  if (after.finished) ctx.log(`Deleted room ${room.id} "${room.title}" permanently`)
  return { result: after.finished ? 'deleted' : 'delete-started', room }
}
