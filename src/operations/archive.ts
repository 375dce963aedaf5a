import { getRoom } from '../docspace/rooms.js'
import { isArchived, type Room } from '../docspace/types.js'
import type { RoomSearch } from '../inputs/config.js'
import type { Operation, OperationContext, Outcome } from './context.js'
import { describeSelector, findMatches, keepOldest, missingRoom, ofOwnMaking, targetRoom } from './find-room.js'
import { changeRoomState } from './room-state.js'
import { matchedRooms, roomRef } from './room-words.js'

export const archive: Operation = async (ctx) => {
  if (ofOwnMaking(ctx, ctx.config.target!)) return archiveEvery(ctx)
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

/**
 * Archives every room of the pull request, found by its tag: when runs at the same time made more than one, all of
 * them are archived on close, or the duplicate would stay active for good. The oldest is the one reported.
 */
async function archiveEvery(ctx: OperationContext): Promise<Outcome> {
  const selector = ctx.config.target as RoomSearch
  const what = describeSelector(selector)
  const rooms = await ctx.group(`Finding ${what}`, async () => {
    const found = await findMatches(ctx, selector, 'any')
    ctx.log(matchedRooms(found))
    return found
  })
  if (rooms.length === 0) {
    throw missingRoom(
      selector,
      `No room found: there is no ${what.replace(/^the /, '')} in DocSpace (active or archived)`
    )
  }
  const kept = rooms.length > 1 ? keepOldest(ctx, what, rooms) : rooms[0]!
  const active = rooms.filter((r) => !isArchived(r))
  if (active.length === 0) {
    const room = await getRoom(ctx.client, kept.id)
    ctx.log(`The ${roomRef(ctx.config.portalUrl, room)} is already archived; nothing to do`)
    return { result: 'already-archived', room }
  }
  let reported: Room = kept
  let finished = true
  for (const room of active) {
    const after = await changeRoomState(ctx, room, 'archive', ctx.config.wait)
    if (after.finished) ctx.log(`Archived ${roomRef(ctx.config.portalUrl, room)}`)
    finished &&= after.finished
    if (room.id === kept.id) reported = after.room ?? room
  }
  // Read whole, as an operation on one room reports it, when the room reported was archived before this run.
  if (reported === kept) reported = await getRoom(ctx.client, kept.id)
  return { result: finished ? 'archived' : 'archive-started', room: reported }
}
