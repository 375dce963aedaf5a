import { listShares } from '../docspace/sharing.js'
import type { Operation } from './context.js'
import { targetRoom } from './find-room.js'
import { toMember } from './membership.js'
import { roomRef } from './room-words.js'

/** Lists the people with access to a room, its owner first. */
export const members: Operation = async (ctx) => {
  const room = await targetRoom(ctx)
  const shares = await listShares(ctx.client, room.id)
  ctx.log(
    `The ${roomRef(ctx.config.portalUrl, room)} has ${shares.length} member${shares.length === 1 ? '' : 's'}, its owner included`
  )
  return { result: 'listed', room, members: shares.map(toMember) }
}
