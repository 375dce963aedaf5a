import { getRoom, listRooms, type RoomFilter } from '../docspace/rooms.js'
import { hasAllTags, isArchived, ROOT_FOLDER, savedTitle, type Room } from '../docspace/types.js'
import { DocSpaceError, RoomLookupError, RoomMissingError } from '../lib/errors.js'
import type { Area, RoomFilters, RoomSearch, RoomSelector } from '../inputs/config.js'
import type { Operation, OperationContext } from './context.js'
import { matchedRooms, roomList } from './room-words.js'

const SEARCH_AREA: Record<Area, RoomFilter['area']> = { active: 'Active', archived: 'Archive', any: 'Any' }

/** Rooms matching the list filters, by last update (`newest-first` or `oldest-first`; ties by id): DocSpace
 * filters on its side, and every filter is checked again here, so that a portal that ignores one (or a search index
 * that matches more loosely) cannot bring in a room the filters leave out, for archive-stale to archive. */
export async function filteredRooms(
  ctx: OperationContext,
  filters: RoomFilters,
  order: 'newest-first' | 'oldest-first'
): Promise<Room[]> {
  const rooms = await listRooms(
    ctx.client,
    {
      area: SEARCH_AREA[filters.area],
      filterValue: filters.search,
      tags: filters.tags,
      types: filters.roomType ? [filters.roomType.value] : undefined
    },
    ctx.config.concurrency
  )
  const sign = order === 'newest-first' ? -1 : 1
  const matching = rooms.filter((r) => passesFilters(r, filters))
  const left = rooms.length - matching.length
  if (left > 0) {
    ctx.log(`Left out ${left} room${left === 1 ? '' : 's'} that DocSpace listed but the filters do not match`)
  }
  return matching
    .map((room) => ({ room, updated: Date.parse(room.updated) }))
    .sort(
      (a, b) =>
        sign * (a.updated - b.updated) || String(a.room.id).localeCompare(String(b.room.id), 'en', { numeric: true })
    )
    .map(({ room }) => room)
}

/** DocSpace's search: the title, lower-cased, contains the trimmed, lower-cased text (AbstractDao.cs:112-123, 227). */
function passesFilters(room: Room, filters: RoomFilters): boolean {
  const search = filters.search?.trim().toLowerCase()
  return (
    IN_AREA[filters.area](room) &&
    (!search || room.title.toLowerCase().includes(search)) &&
    hasAllTags(room, filters.tags) &&
    (filters.roomType === undefined || room.roomType === filters.roomType.value)
  )
}

const IN_AREA: Record<Area, (room: Room) => boolean> = {
  active: (room) => room.rootFolderType === ROOT_FOLDER.active,
  archived: (room) => room.rootFolderType === ROOT_FOLDER.archive,
  any: (room) => room.rootFolderType === ROOT_FOLDER.active || room.rootFolderType === ROOT_FOLDER.archive
}

/** Rooms matching a title or tags exactly, from DocSpace's (substring, any-case) search narrowed here. */
export async function findMatches(ctx: OperationContext, selector: RoomSearch, area: Area): Promise<Room[]> {
  const { title, tags } = criteria(selector)
  const rooms = await filteredRooms(ctx, { search: title, tags, area }, 'newest-first')
  return title === undefined ? rooms : rooms.filter((room) => room.title === title)
}

function criteria(selector: RoomSearch): { title?: string; tags: string[] } {
  switch (selector.by) {
    case 'title':
      // Compare with the title as DocSpace would have saved it.
      return { title: savedTitle(selector.title), tags: selector.tags }
    case 'tags':
      return { tags: selector.tags }
    case 'pull-request':
      return { tags: [selector.pullRequest.tag] }
  }
}

export function describeSelector(selector: RoomSelector): string {
  switch (selector.by) {
    case 'id':
      return `room ${selector.id}`
    case 'title':
      return `the room titled "${selector.title}"${selector.tags.length ? ` tagged ${selector.tags.join(', ')}` : ''}`
    case 'tags':
      return `the room tagged ${selector.tags.join(', ')}`
    case 'pull-request':
      return `the room of pull request ${selector.pullRequest.repository}#${selector.pullRequest.number} (tag ${selector.pullRequest.tag})`
  }
}

/**
 * The room an operation acts on, read whole. `prefer` settles a lookup that finds a room in both places:
 * archive looks among active rooms first and unarchive among archived ones, so that re-running either
 * finds the room it already handled.
 */
export async function targetRoom(ctx: OperationContext, prefer?: 'active' | 'archived'): Promise<Room> {
  const selector = ctx.config.target!
  if (selector.by === 'id') {
    try {
      return await getRoom(ctx.client, selector.id)
    } catch (error) {
      // GET /rooms/{id} answers 404 for an ID that is no room's (FileStorageService.cs:171-177).
      if (error instanceof DocSpaceError && error.status === 404) throw missingRoom(selector, error.message)
      throw error
    }
  }

  const what = describeSelector(selector)
  const matches = await ctx.group(`Finding ${what}`, async () => {
    const found = await findMatches(ctx, selector, 'any')
    ctx.log(matchedRooms(found))
    return found
  })
  let candidates = matches
  if (prefer) {
    const preferred = matches.filter((r) => isArchived(r) === (prefer === 'archived'))
    // Only rooms already in the wanted state: report the newest as already done.
    candidates = preferred.length > 0 ? preferred : matches.slice(0, 1)
  }
  if (candidates.length === 0) {
    throw missingRoom(
      selector,
      `No room found: there is no ${what.replace(/^the /, '')} in DocSpace (active or archived)`
    )
  }
  if (candidates.length > 1) {
    if (!ofOwnMaking(ctx, selector)) throw ambiguous(what, candidates)
    return getRoom(ctx.client, keepOldest(ctx, what, candidates).id)
  }
  return getRoom(ctx.client, candidates[0]!.id)
}

/**
 * Whether rooms this selector finds carry the pull request's tag, so that more than one are duplicates the action
 * made itself: two runs of one pull request at once (no `concurrency:` group) each found no room and made one. Such
 * duplicates must never lock the pull request out (every later run failing with "Found 2 rooms", the archive on close
 * included), so they are settled here rather than left to a person. A title or tags alone may match rooms people
 * made, which stay theirs to choose between.
 */
export function ofOwnMaking(ctx: OperationContext, selector: RoomSelector): boolean {
  const tag = ctx.config.pullRequest?.tag
  if (selector.by === 'pull-request') return true
  return tag !== undefined && (selector.by === 'title' || selector.by === 'tags') && selector.tags.includes(tag)
}

/** The room that was made first (lowest `created`, then lowest id): the one every run settles on. */
export function oldest<R extends Room>(rooms: R[]): R {
  return [...rooms].sort(
    (a, b) =>
      Date.parse(a.created) - Date.parse(b.created) || String(a.id).localeCompare(String(b.id), 'en', { numeric: true })
  )[0]!
}

/** The oldest of duplicates of the action's own making, with a warning that names them. */
export function keepOldest<R extends Room>(ctx: OperationContext, what: string, rooms: R[]): R {
  const kept = oldest(rooms)
  ctx.warn(
    `Found ${rooms.length} rooms for ${what}: ${roomList(rooms)}. Runs of the pull request at the same time made more than one; this step uses the oldest, room ${kept.id}. A \`concurrency:\` group for the pull request keeps its runs to one at a time`
  )
  return kept
}

export function missingRoom(selector: RoomSelector, message: string): RoomMissingError {
  return new RoomMissingError(message, describeSelector(selector))
}

/**
 * Every operation on an existing room runs through here: with `if-missing: skip`, a room that is not there ends
 * the operation with result not-found and a notice naming what was looked for, instead of failing the step.
 */
export function onExistingRoom(operation: Operation): Operation {
  return async (ctx) => {
    try {
      return await operation(ctx)
    } catch (error) {
      if (!(error instanceof RoomMissingError) || ctx.config.ifMissing !== 'skip') throw error
      ;(ctx.notice ?? ctx.log)(`Nothing to do: ${error.lookedFor} is not in DocSpace (if-missing: skip)`)
      return { result: 'not-found' }
    }
  }
}

export function ambiguous(what: string, rooms: Room[]): RoomLookupError {
  return new RoomLookupError(
    `Found ${rooms.length} rooms for ${what}, so nothing was changed: ${roomList(rooms)}. Give room-id to choose one`
  )
}
