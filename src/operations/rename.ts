import { findRoom, renameRoom } from '../docspace/rooms.js'
import { isArchived } from '../docspace/types.js'
import { DocSpaceError } from '../lib/errors.js'
import { roomUrl } from '../docspace/room-url.js'
import type { Operation } from './context.js'
import { missingRoom, targetRoom } from './find-room.js'

export const rename: Operation = async (ctx) => {
  const { client, config } = ctx
  const target = config.target!
  // Read first for the title it had: DocSpace's answer to a rename carries only the new one. A room that cannot be
  // read is renamed all the same, so that DocSpace's own answer to the rename says what is wrong.
  const before = target.by === 'id' ? await findRoom(client, target.id).catch(() => undefined) : await targetRoom(ctx)
  const id = target.by === 'id' ? target.id : before!.id
  try {
    const room = await renameRoom(client, id, config.title!)
    const from = before ? ` from "${before.title}"` : ''
    ctx.log(`Renamed room ${room.id}${from} to "${room.title}": ${roomUrl(config.portalUrl, room.id)}`)
    return { result: 'renamed', room, previousTitle: before?.title }
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
