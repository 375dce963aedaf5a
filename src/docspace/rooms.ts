import type { DocSpaceClient } from './client.js'
import type { FileOperation, Room, RoomPage } from './types.js'
import { DocSpaceError } from '../errors.js'
import { mapWithConcurrency } from '../concurrency.js'

/** Room endpoints in DocSpace's own vocabulary; one function per call. */

const ROOMS = 'api/2.0/files/rooms'

export interface NewRoom {
  title: string
  roomType: number
  tags?: string[]
}

/** Not retried blindly: DocSpace allows duplicate titles, so a second POST could make a second room. */
export function createRoom(client: DocSpaceClient, room: NewRoom): Promise<Room> {
  const body: Record<string, unknown> = { title: room.title, roomType: room.roomType }
  if (room.tags?.length) body.tags = room.tags
  return client.call<Room>({ method: 'POST', path: ROOMS, body, retry: 'if-not-applied' })
}

export function getRoom(client: DocSpaceClient, id: number | string): Promise<Room> {
  return client.call<Room>({ method: 'GET', path: `${ROOMS}/${id}`, retry: 'always' })
}

/** The room, or undefined once DocSpace answers 404 for it. */
export async function findRoom(client: DocSpaceClient, id: number | string): Promise<Room | undefined> {
  try {
    return await getRoom(client, id)
  } catch (error) {
    if (error instanceof DocSpaceError && error.status === 404) return undefined
    throw error
  }
}

export function renameRoom(client: DocSpaceClient, id: number | string, title: string): Promise<Room> {
  return client.call<Room>({ method: 'PUT', path: `${ROOMS}/${id}`, body: { title }, retry: 'always' })
}

// `deleteAfter: false` keeps the finished operation listed so it can be polled; DELETE refuses a missing body.
const KEEP_RESULT = { deleteAfter: false }

export function startArchive(client: DocSpaceClient, id: number | string): Promise<FileOperation> {
  return client.call<FileOperation>({
    method: 'PUT',
    path: `${ROOMS}/${id}/archive`,
    body: KEEP_RESULT,
    retry: 'always'
  })
}

export function startUnarchive(client: DocSpaceClient, id: number | string): Promise<FileOperation> {
  return client.call<FileOperation>({
    method: 'PUT',
    path: `${ROOMS}/${id}/unarchive`,
    body: KEEP_RESULT,
    retry: 'always'
  })
}

export function startDelete(client: DocSpaceClient, id: number | string): Promise<FileOperation> {
  return client.call<FileOperation>({ method: 'DELETE', path: `${ROOMS}/${id}`, body: KEEP_RESULT, retry: 'always' })
}

/** Writes a text file into a room (a room is a folder). Used to keep a description DocSpace has no field for.
 * Safe to repeat: with createNewIfExist false, DocSpace saves a new version of the file rather than a second one. */
export function createTextFile(
  client: DocSpaceClient,
  folderId: number | string,
  title: string,
  content: string
): Promise<Record<string, unknown>> {
  return client.call({
    method: 'POST',
    path: `api/2.0/files/${folderId}/text`,
    body: { title, content, createNewIfExist: false },
    retry: 'always'
  })
}

export function listOperations(client: DocSpaceClient, id?: string): Promise<FileOperation[]> {
  return client.call<FileOperation[]>({
    method: 'GET',
    path: 'api/2.0/files/fileops',
    query: { id },
    retry: 'always'
  })
}

export interface RoomFilter {
  area?: 'Active' | 'Archive' | 'Any'
  filterValue?: string
  tags?: string[]
  types?: number[]
  sortBy?: 'DateAndTime' | 'DateAndTimeCreation' | 'AZ'
  sortOrder?: 'ascending' | 'descending'
  fields?: string[]
}

/** DocSpace's page size limit (`count` is validated to 1..100). */
export const PAGE_SIZE = 100

/**
 * Every room matching the filter, 100 a page. The first page tells `total`; the rest are read with up to
 * `concurrency` requests at once (DocSpace Cloud allows 50 concurrent reads per user).
 */
export async function listRooms(client: DocSpaceClient, filter: RoomFilter = {}, concurrency = 1): Promise<Room[]> {
  const page = (startIndex: number) =>
    client.call<RoomPage>({
      method: 'GET',
      path: ROOMS,
      query: {
        searchArea: filter.area,
        filterValue: filter.filterValue,
        tags: filter.tags?.length ? JSON.stringify(filter.tags) : undefined,
        type: filter.types,
        sortBy: filter.sortBy,
        sortOrder: filter.sortOrder,
        fields: filter.fields?.join(','),
        startIndex,
        count: PAGE_SIZE
      },
      retry: 'always'
    })
  const first = await page(0)
  const total = first.total ?? 0
  // Step by what the portal actually gave, in case it pages by less than was asked.
  const step = first.folders?.length || PAGE_SIZE
  const starts: number[] = []
  for (let start = step; start < total; start += step) starts.push(start)
  const rest = await mapWithConcurrency(starts, concurrency, page)

  // A room that moves while the pages are read can show up twice; keep the first sighting.
  const rooms = new Map<Room['id'], Room>()
  for (const room of [first, ...rest].flatMap((p) => p.folders ?? [])) {
    if (!rooms.has(room.id)) rooms.set(room.id, room)
  }
  return [...rooms.values()]
}
