import type { DocSpaceClient } from './client.js'
import {
  FileAnswer,
  FolderContentAnswer,
  LISTED_ROOM_FIELDS,
  OperationAnswer,
  OperationListAnswer,
  RoomAnswer,
  RoomPageAnswer,
  type FileOperation,
  type Room
} from './answers.js'
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
  return client.call({ method: 'POST', path: ROOMS, body, retry: 'if-not-applied' }, RoomAnswer)
}

/** The room with this id. DocSpace answers for any folder the key's user can read (VirtualRoomsController.cs:324-333),
 * so a folder without a `roomType` is refused here rather than treated as a room. */
export async function getRoom(client: DocSpaceClient, id: number | string): Promise<Room> {
  const room = await client.call({ method: 'GET', path: `${ROOMS}/${id}`, retry: 'always' }, RoomAnswer)
  if (room.roomType === undefined) {
    throw new DocSpaceError({
      request: `GET /${ROOMS}/${id}`,
      malformed: `with a folder that is not a room ("${room.title}" has no roomType)`,
      likelyCause: `${id} is the ID of a folder inside a room or of a system folder, not of a room; use the room's own ID`
    })
  }
  return room
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
  return client.call({ method: 'PUT', path: `${ROOMS}/${id}`, body: { title }, retry: 'always' }, RoomAnswer)
}

// `deleteAfter: false` keeps the finished operation listed so it can be polled; DELETE refuses a missing body.
const KEEP_RESULT = { deleteAfter: false }

export function startArchive(client: DocSpaceClient, id: number | string): Promise<FileOperation> {
  return client.call(
    { method: 'PUT', path: `${ROOMS}/${id}/archive`, body: KEEP_RESULT, retry: 'always' },
    OperationAnswer
  )
}

export function startUnarchive(client: DocSpaceClient, id: number | string): Promise<FileOperation> {
  return client.call(
    { method: 'PUT', path: `${ROOMS}/${id}/unarchive`, body: KEEP_RESULT, retry: 'always' },
    OperationAnswer
  )
}

export function startDelete(client: DocSpaceClient, id: number | string): Promise<FileOperation> {
  return client.call({ method: 'DELETE', path: `${ROOMS}/${id}`, body: KEEP_RESULT, retry: 'always' }, OperationAnswer)
}

/**
 * Writes a text file into a room (a room is a folder). Used to keep a description DocSpace has no field for.
 * Safe to repeat because `createNewIfExist` is true, which, despite its name, makes DocSpace save a new version
 * of a same-titled file: the flag is negated twice on its way (FilesController.cs:280 passes
 * `!CreateNewIfExist`, FileUploader.cs:63 negates it again into `updateIfExists`, :100-113), while `false`
 * makes a second file, "README (1).txt" (:115-118).
 */
export async function createTextFile(
  client: DocSpaceClient,
  folderId: number | string,
  title: string,
  content: string
): Promise<void> {
  await client.call(
    {
      method: 'POST',
      path: `api/2.0/files/${folderId}/text`,
      body: { title, content, createNewIfExist: true },
      retry: 'always'
    },
    FileAnswer
  )
}

/** Whether a file of this title lies directly in the folder (a room is a folder). DocSpace's `filterValue` is a
 * substring search over the folder and its subfolders, so the match is narrowed here: to files of the folder
 * itself, and to titles the server would take for this one when writing it (FileUploader.cs:100 looks the
 * title up in the database, whose collation ignores case). */
export async function hasFile(client: DocSpaceClient, folderId: number | string, title: string): Promise<boolean> {
  const content = await client.call(
    {
      method: 'GET',
      path: `api/2.0/files/${folderId}`,
      query: { filterValue: title, count: PAGE_SIZE },
      retry: 'always'
    },
    FolderContentAnswer
  )
  const wanted = title.toLowerCase()
  return content.files.some(
    (f) => f.title.toLowerCase() === wanted && (f.folderId === undefined || String(f.folderId) === String(folderId))
  )
}

/** `FileOperationType` numbers; the names `move` and `checkdestfolder` are other endpoints (OperationController.cs:278, 324). */
const OPERATION_TYPE = { delete: 2 } as const

/** The key's file operations, or those of one id or type. A finished operation is listed once and then dropped
 * (FileOperationsManager.cs:61-100), so a filter leaves other operations to whoever follows them. */
export function listOperations(
  client: DocSpaceClient,
  filter: { id?: string; type?: keyof typeof OPERATION_TYPE } = {}
): Promise<FileOperation[]> {
  const path = `api/2.0/files/fileops${filter.type ? `/${OPERATION_TYPE[filter.type]}` : ''}`
  return client.call({ method: 'GET', path, query: { id: filter.id }, retry: 'always' }, OperationListAnswer)
}

/**
 * The listing's query as DocSpace binds it (RoomContentRequestDto.cs:45-153): `searchArea` is an enum that
 * ASP.NET reads by name, ignoring case. No `sortBy` is sent: DocSpace saves a sent one as the key owner's sort
 * order in its web interface (FileStorageService.cs:360-367), and without one it pages in that saved order,
 * which is as stable from page to page; the action orders the rooms itself.
 */
export interface RoomFilter {
  area?: 'Active' | 'Archive' | 'Any'
  filterValue?: string
  tags?: string[]
  types?: number[]
}

/** DocSpace's page size limit (`count` is validated to 1..100). */
export const PAGE_SIZE = 100

/**
 * `fields=` as DocSpace applies it (DynamicIgnoreResolver.cs:76-106): inside `response`, a plain name keeps a
 * property of the folder content and a dotted one a property of each room, so the rooms' fields are asked for
 * as `folders.<name>`, and `total` beside them. Leaves only: selecting a whole room would also select its
 * `createdBy`, which the projector expands without end (EmployeeDto.cs:109-121).
 */
const LISTING_FIELDS = [...LISTED_ROOM_FIELDS.map((name) => `folders.${name}`), 'total'].join(',')

/**
 * Every room matching the filter, 100 a page. The first page tells `total`; the rest are read with up to
 * `concurrency` requests at once (DocSpace Cloud allows 50 concurrent reads per user).
 */
export async function listRooms(client: DocSpaceClient, filter: RoomFilter = {}, concurrency = 1): Promise<Room[]> {
  const page = (startIndex: number) =>
    client.call(
      {
        method: 'GET',
        path: ROOMS,
        query: {
          searchArea: filter.area,
          filterValue: filter.filterValue,
          tags: filter.tags?.length ? JSON.stringify(filter.tags) : undefined,
          type: filter.types,
          fields: LISTING_FIELDS,
          startIndex,
          count: PAGE_SIZE
        },
        retry: 'always'
      },
      RoomPageAnswer
    )
  const first = await page(0)
  const total = first.total
  // Step by what the portal actually gave, in case it pages by less than was asked.
  const step = first.folders.length || PAGE_SIZE
  const starts: number[] = []
  for (let start = step; start < total; start += step) starts.push(start)
  const rest = await mapWithConcurrency(starts, concurrency, page)

  // A room that moves while the pages are read can show up twice; keep the first sighting.
  const rooms = new Map<Room['id'], Room>()
  for (const room of [first, ...rest].flatMap((p) => p.folders)) {
    if (!rooms.has(room.id)) rooms.set(room.id, room)
  }
  return [...rooms.values()]
}
