import { MAX_ANSWER_BYTES, type AnswerBudget } from './transport.js'
import type { DocSpaceClient } from './client.js'
import {
  segment,
  FileAnswer,
  FolderContentAnswer,
  LISTED_ROOM_FIELDS,
  OperationAnswer,
  OperationListAnswer,
  RoomAnswer,
  RoomPageAnswer,
  SettledRoomAnswer,
  type FileOperation,
  type Room,
  type RoomPage
} from './answers.js'
import { DocSpaceError } from '../lib/errors.js'
import { asPlainText } from './plain-text.js'

/** Room endpoints in DocSpace's own vocabulary; one function per call. */

const ROOMS = 'api/2.0/files/rooms'

export interface NewRoom {
  title: string
  roomType: number
  tags?: string[]
  /** Settings fields of the create request (settings.ts settingsFields). */
  settings?: Record<string, unknown>
}

/** Not retried blindly: DocSpace allows duplicate titles, so a second POST could make a second room. */
export function createRoom(client: DocSpaceClient, room: NewRoom): Promise<Room> {
  const body: Record<string, unknown> = { title: room.title, roomType: room.roomType }
  if (room.tags?.length) body.tags = room.tags
  Object.assign(body, room.settings)
  return client.call({ method: 'POST', path: ROOMS, body, retry: 'if-not-applied' }, SettledRoomAnswer)
}

/** The room with this id. DocSpace answers for any folder the key's user can read (VirtualRoomsController.cs:324-333),
 * so a folder without a `roomType` is refused here rather than treated as a room. */
export async function getRoom(client: DocSpaceClient, id: number | string): Promise<Room> {
  const room = await client.call({ method: 'GET', path: `${ROOMS}/${segment(id)}`, retry: 'always' }, RoomAnswer)
  if (room.roomType === undefined) {
    throw new DocSpaceError({
      request: `GET /${ROOMS}/${segment(id)}`,
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
  return client.call({ method: 'PUT', path: `${ROOMS}/${segment(id)}`, body: { title }, retry: 'always' }, RoomAnswer)
}

// `deleteAfter: false` keeps the finished operation listed so it can be polled; DELETE refuses a missing body.
const KEEP_RESULT = { deleteAfter: false }

export function startArchive(client: DocSpaceClient, id: number | string): Promise<FileOperation> {
  return client.call(
    { method: 'PUT', path: `${ROOMS}/${segment(id)}/archive`, body: KEEP_RESULT, retry: 'always' },
    OperationAnswer
  )
}

export function startUnarchive(client: DocSpaceClient, id: number | string): Promise<FileOperation> {
  return client.call(
    { method: 'PUT', path: `${ROOMS}/${segment(id)}/unarchive`, body: KEEP_RESULT, retry: 'always' },
    OperationAnswer
  )
}

export function startDelete(client: DocSpaceClient, id: number | string): Promise<FileOperation> {
  return client.call(
    { method: 'DELETE', path: `${ROOMS}/${segment(id)}`, body: KEEP_RESULT, retry: 'always' },
    OperationAnswer
  )
}

/**
 * Writes a text file into a room (a room is a folder). Used to keep a description DocSpace has no field for. A `.txt`
 * file's content goes as asPlainText makes it, so that DocSpace keeps the title given rather than adding `.html`.
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
      path: `api/2.0/files/${segment(folderId)}/text`,
      body: { title, content: /\.txt$/i.test(title) ? asPlainText(content) : content, createNewIfExist: true },
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
      path: `api/2.0/files/${segment(folderId)}`,
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

/**
 * Room of the progress listing for each operation a run waits for. A finished archive or unarchive is listed with its
 * room whole (FileOperationDto.folders, FileOperationDtoHelper.cs:124-161): 2 KB, 4.5 KB with long titles and tags.
 */
const OPERATION_BYTES = 8 * 1024

/**
 * The key's file operations, or those of one id or type. A finished operation is listed once and then dropped
 * (FileOperationsManager.cs:61-100), so a filter leaves other operations to whoever follows them. `waitingFor`
 * operations make the answer that much longer.
 */
export function listOperations(
  client: DocSpaceClient,
  filter: { id?: string; type?: keyof typeof OPERATION_TYPE; waitingFor?: number } = {}
): Promise<FileOperation[]> {
  const path = `api/2.0/files/fileops${filter.type ? `/${OPERATION_TYPE[filter.type]}` : ''}`
  return client.call(
    {
      method: 'GET',
      path,
      query: { id: filter.id },
      retry: 'always',
      maxBytes: MAX_ANSWER_BYTES + (filter.waitingFor ?? 1) * OPERATION_BYTES
    },
    OperationListAnswer
  )
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
 * Pages of rooms one run reads at most. Full pages run into MAX_LISTING_BYTES first (after about 900); this bounds
 * the requests a portal that gives a few rooms a page can draw, whatever `total` it claims.
 */
export const MAX_PAGES_PER_RUN = 1000

/**
 * Bytes of room pages one run reads at most, because the rooms a run lists are kept until it ends: 16 MiB hold about
 * 90,000 rooms as the action asks for them (100 take 18 KB), and keep a run under 300 MB whatever the rooms hold
 * (scripts/limits.ts).
 */
export const MAX_LISTING_BYTES = 16 * 1024 * 1024

/** Pages and bytes of rooms read so far by each client; a client lives for one run. */
const runs = new WeakMap<DocSpaceClient, { pages: number; budget: AnswerBudget }>()

function listingRun(client: DocSpaceClient): { pages: number; budget: AnswerBudget } {
  let run = runs.get(client)
  if (!run) {
    run = {
      pages: 0,
      budget: {
        limit: MAX_LISTING_BYTES,
        used: 0,
        what: "rooms in this run's listings",
        likelyCause:
          'the portal keeps giving rooms, or the rooms that match are more than one run holds; narrow the listing with search, tags or room-type'
      }
    }
    runs.set(client, run)
  }
  return run
}

/**
 * Every room matching the filter, 100 a page, with up to `concurrency` pages in flight (DocSpace Cloud allows 50
 * concurrent reads per user). `total` only says where to stop at the latest: reading also stops at the first page that
 * comes back short, empty or with no room not seen before, so a portal's claim cannot drive the requests sent.
 */
export async function listRooms(client: DocSpaceClient, filter: RoomFilter = {}, concurrency = 1): Promise<Room[]> {
  const query = {
    searchArea: filter.area,
    filterValue: filter.filterValue,
    tags: filter.tags?.length ? JSON.stringify(filter.tags) : undefined,
    type: filter.types,
    fields: LISTING_FIELDS,
    count: PAGE_SIZE
  }
  const seen = new Set<Room['id']>()
  let claimed = 0
  const run = listingRun(client)
  const read = async (startIndex: number): Promise<RoomPage> => {
    const label = `GET /${ROOMS}`
    if (run.pages >= MAX_PAGES_PER_RUN) {
      throw new DocSpaceError({
        request: label,
        malformed: `with more rooms than ${MAX_PAGES_PER_RUN.toLocaleString('en-US')} pages hold, the most one run reads (${seen.size} rooms read; ${claimed} claimed in all)`,
        likelyCause:
          'the portal keeps giving rooms, a few a page, or more rooms match than one run reads; narrow the listing with search, tags or room-type. No further page was asked for'
      })
    }
    run.pages++
    const page = await client.call(
      { method: 'GET', path: ROOMS, query: { ...query, startIndex }, retry: 'always', budget: run.budget },
      RoomPageAnswer
    )
    if (page.folders.length > PAGE_SIZE) {
      throw new DocSpaceError({
        request: label,
        malformed: `with ${page.folders.length} rooms on a page, where at most ${PAGE_SIZE} (count) were asked for`,
        likelyCause:
          'portal-url points at something other than a DocSpace portal this action supports (version 3.x); nothing that depends on this answer was done'
      })
    }
    return page
  }
  /** Whether a page brought a room not seen before. */
  const news = (page: RoomPage): boolean => {
    let fresh = false
    for (const room of page.folders) {
      if (!seen.has(room.id)) fresh = true
      seen.add(room.id)
    }
    return fresh
  }

  const first = await read(0)
  claimed = first.total
  news(first)
  // Step by what the portal actually gave, in case it pages by less than was asked.
  const step = first.folders.length
  const pages = new Map<number, RoomPage>([[0, first]])
  let next = step
  let done = step === 0
  const worker = async (): Promise<void> => {
    while (!done && next < first.total) {
      const start = next
      next += step
      const page = await read(start)
      pages.set(start, page)
      if (!news(page) || page.folders.length < step) done = true
    }
  }
  await Promise.all(Array.from({ length: Math.max(1, concurrency) }, worker))

  // A room that moves while the pages are read can show up twice; keep the first sighting, in page order.
  const rooms = new Map<Room['id'], Room>()
  for (const start of [...pages.keys()].sort((a, b) => a - b)) {
    for (const room of pages.get(start)!.folders) if (!rooms.has(room.id)) rooms.set(room.id, room)
  }
  return [...rooms.values()]
}
