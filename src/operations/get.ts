import type { Operation } from './context.js'
import { targetRoom } from './find-room.js'

export const get: Operation = async (ctx) => {
  const room = await targetRoom(ctx)
  ctx.log(`Found room ${room.id} ("${room.title}")`)
  return { result: 'found', room }
}
