import type { Operation } from './context.js'
import { filteredRooms } from './find-room.js'

export const list: Operation = async (ctx) => {
  const rooms = await ctx.group('Listing rooms', async () => {
    const found = await filteredRooms(ctx, ctx.config.filters, 'newest-first')
    ctx.log(`${found.length} room${found.length === 1 ? '' : 's'} matched`)
    return found
  })
  return { result: 'listed', rooms }
}
