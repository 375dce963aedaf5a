import type { Operation } from './context.js'
import { targetRoom } from './find-room.js'
import { roomRef } from './room-words.js'

export const get: Operation = async (ctx) => {
  const room = await targetRoom(ctx)
  ctx.log(`Found ${roomRef(ctx.config.portalUrl, room)}`)
  return { result: 'found', room }
}
