import { getRoom } from '../docspace/rooms.js'
import type { Room } from '../docspace/types.js'
import type { OperationContext } from './context.js'

/** The room an operation acts on. */
export function targetRoom(ctx: OperationContext): Promise<Room> {
  // inputs.ts guarantees room-id for every operation that acts on an existing room.
  return getRoom(ctx.client, ctx.config.roomId!)
}
