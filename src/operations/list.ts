import { listRooms, type RoomFilter } from '../docspace/rooms.js'
import { hasAllTags, LISTED_ROOM_FIELDS, type Room } from '../docspace/types.js'
import type { Area, RoomFilters } from '../inputs.js'
import type { Operation, OperationContext } from './context.js'

const SEARCH_AREA: Record<Area, RoomFilter['area']> = { active: 'Active', archived: 'Archive', any: 'Any' }

/** Rooms matching the list filters: DocSpace filters on its side, and tags and type are checked again here. */
export async function filteredRooms(
  ctx: OperationContext,
  filters: RoomFilters,
  order: RoomFilter['sortOrder']
): Promise<Room[]> {
  const rooms = await listRooms(
    ctx.client,
    {
      area: SEARCH_AREA[filters.area],
      filterValue: filters.search,
      tags: filters.tags,
      types: filters.roomType ? [filters.roomType.value] : undefined,
      fields: LISTED_ROOM_FIELDS,
      sortBy: 'DateAndTime',
      sortOrder: order
    },
    ctx.config.concurrency
  )
  return rooms.filter(
    (r) => hasAllTags(r, filters.tags) && (filters.roomType === undefined || r.roomType === filters.roomType.value)
  )
}

export const list: Operation = async (ctx) => {
  const rooms = await ctx.group('Listing rooms', async () => {
    const found = await filteredRooms(ctx, ctx.config.filters, 'descending')
    ctx.log(`${found.length} room${found.length === 1 ? '' : 's'} matched`)
    return found
  })
  return { result: 'listed', rooms }
}
