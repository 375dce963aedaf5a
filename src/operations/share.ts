import type { Operation } from './context.js'
import { targetRoom } from './find-room.js'
import { applySharing, planSharing } from './membership.js'

/** Applies members and the pull request's people to an existing room; those not named are left alone. */
export const share: Operation = async (ctx) => {
  const room = await targetRoom(ctx)
  ctx.log(`Found room ${room.id} ("${room.title}")`)
  const planned = await planSharing(ctx, room)
  const outcome = await applySharing(ctx, planned, true)
  return {
    result: outcome.changed > 0 ? 'shared' : 'unchanged',
    room,
    members: outcome.members,
    externalLink: outcome.externalLink
  }
}
