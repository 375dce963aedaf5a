import { isArchived, type Room } from '../docspace/types.js'
import { roomUrl } from '../docspace/room-url.js'

// One wording for a room in the log, whichever operation names it: `room 12 "Title" (https://…)` where a
// person may want to open it, `12 "Title" (active)` in a list of matches.

/** `room 12 "Title" (link)`. */
export function roomRef(portalUrl: string, room: Pick<Room, 'id' | 'title'>): string {
  return `room ${room.id} "${room.title}" (${roomUrl(portalUrl, room.id)})`
}

/** `12 "Title" (active)`. */
export function roomItem(room: Room): string {
  return `${room.id} "${room.title}" (${isArchived(room) ? 'archived' : 'active'})`
}

/** `2 rooms matched: 12 "A" (active), 14 "B" (archived)`, at most ten of them named. */
export function matchedRooms(rooms: Room[]): string {
  if (rooms.length === 0) return 'No room matched'
  const shown = rooms.slice(0, 10).map(roomItem).join(', ')
  const more = rooms.length > 10 ? ` and ${rooms.length - 10} more` : ''
  return `${rooms.length} room${rooms.length === 1 ? '' : 's'} matched: ${shown}${more}`
}

/** `12 "A" (active), 14 "B" (archived)`, at most ten of them named. */
export function roomList(rooms: Room[]): string {
  const shown = rooms.slice(0, 10).map(roomItem)
  return shown.join(', ') + (rooms.length > 10 ? ` and ${rooms.length - 10} more` : '')
}
