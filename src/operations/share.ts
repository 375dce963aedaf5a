import type { Operation } from './context.js'
import { targetRoom } from './find-room.js'
import { applySharing, planSharing } from './membership.js'
import { roomRef } from './room-words.js'

/** Applies members and the pull request's people to an existing room; those not named are left alone. */
export const share: Operation = async (ctx) => {
  const room = await targetRoom(ctx)
  ctx.log(`Sharing ${roomRef(ctx.config.portalUrl, room)}`)
  const planned = await planSharing(ctx, room)
  const outcome = await applySharing(ctx, planned, true)
  return {
    result: outcome.changed > 0 ? 'shared' : 'unchanged',
    room,
    members: outcome.members,
    externalLink: outcome.externalLink,
    memberChanges: outcome.changes
  }
}
