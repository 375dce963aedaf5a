import { isArchived } from '../docspace/types.js'
import type { Operation } from './context.js'
import { targetRoom } from './find-room.js'
import { changeRoomState } from './room-state.js'
import { roomRef } from './room-words.js'

export const archive: Operation = async (ctx) => {
  const room = await targetRoom(ctx, 'active')
  if (isArchived(room)) {
    ctx.log(`The ${roomRef(ctx.config.portalUrl, room)} is already archived; nothing to do`)
    return { result: 'already-archived', room }
  }
  const after = await changeRoomState(ctx, room, 'archive', ctx.config.wait)
  if (after.finished) ctx.log(`Archived ${roomRef(ctx.config.portalUrl, room)}`)
  return { result: after.finished ? 'archived' : 'archive-started', room: after.room ?? room }
}

export const unarchive: Operation = async (ctx) => {
  const room = await targetRoom(ctx, 'archived')
  if (!isArchived(room)) {
    ctx.log(`The ${roomRef(ctx.config.portalUrl, room)} is already active; nothing to do`)
    return { result: 'already-active', room }
  }
  const after = await changeRoomState(ctx, room, 'unarchive', ctx.config.wait)
  if (after.finished) ctx.log(`Restored ${roomRef(ctx.config.portalUrl, room)} from the archive`)
  return { result: after.finished ? 'unarchived' : 'unarchive-started', room: after.room ?? room }
}
