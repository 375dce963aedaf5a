// Serialisation of state into DocSpace-shaped JSON (FolderDto, FileDto,
// FolderContentDto root folders) and the ApiDateTime string format.
import type { EmulatedFile, EmulatedRoom, EmulatorState, RoomTypeValue } from './state.js'

export const ROOMS_FOLDER_ID = 1
export const ARCHIVE_FOLDER_ID = 2
export const FOLDER_TYPE_ROOMS = 14
export const FOLDER_TYPE_ARCHIVE = 20

/** RoomType -> FolderType of the room folder itself */
export const ROOM_FOLDER_TYPE: Record<RoomTypeValue, number> = { 1: 15, 2: 16, 5: 19, 6: 22, 8: 30, 9: 32 }

export interface DtoContext {
  state: EmulatorState
  /** portal root incl. any base path, no trailing slash */
  portalUrl: string
  userId: string
  isAdmin: boolean
}

/** Accepts '+03:00', '-0530', 'Z'; returns minutes east of UTC. */
export function parseOffset(offset: string): number {
  if (offset === 'Z' || offset === '') return 0
  const m = /^([+-])(\d{2}):?(\d{2})$/.exec(offset)
  if (!m) throw new Error(`invalid timeZoneOffset '${offset}', expected e.g. +03:00`)
  const minutes = Number(m[2]) * 60 + Number(m[3])
  return m[1] === '-' ? -minutes : minutes
}

function formatOffset(minutes: number): string {
  const abs = Math.abs(minutes)
  const hh = String(Math.floor(abs / 60)).padStart(2, '0')
  const mm = String(abs % 60).padStart(2, '0')
  return `${minutes < 0 ? '-' : '+'}${hh}:${mm}`
}

// Formatting runs for every room in every page, so the offset is parsed once per offset string.
const offsetCache = new Map<string, { minutes: number; text: string }>()

/** ApiDateTime: portal-local wall time, 7 fractional digits, explicit offset. */
export function formatApiDate(date: Date, offset: string): string {
  let o = offsetCache.get(offset)
  if (!o) {
    const minutes = parseOffset(offset)
    o = { minutes, text: formatOffset(minutes) }
    offsetCache.set(offset, o)
  }
  const local = new Date(date.getTime() + o.minutes * 60_000)
  const iso = local.toISOString() // yyyy-mm-ddThh:mm:ss.fffZ
  return `${iso.slice(0, 19)}.${iso.slice(20, 23)}0000${o.text}`
}

function employee(ctx: DtoContext, userId: string): Record<string, unknown> {
  return {
    id: userId,
    displayName: ctx.state.displayName(userId),
    profileUrl: `${ctx.portalUrl}/accounts/people/filter?search=${encodeURIComponent(userId)}`,
    hasAvatar: false,
    isAnonim: false
  }
}

export function canDeleteRoom(ctx: DtoContext, room: EmulatedRoom): boolean {
  if (room.createdBy === ctx.userId) return true
  return room.archived && ctx.isAdmin
}

function byteLength(file: EmulatedFile): number {
  return Buffer.byteLength(file.content, 'utf8')
}

export function roomDto(ctx: DtoContext, room: EmulatedRoom): Record<string, unknown> {
  const offset = ctx.state.timeZoneOffset
  const root = room.archived ? ARCHIVE_FOLDER_ID : ROOMS_FOLDER_ID
  const editable = !room.archived
  let usedSpace = 0
  for (const f of room.files) usedSpace += byteLength(f)
  return {
    parentId: root,
    filesCount: room.files.length,
    foldersCount: 0,
    new: 0,
    mute: false,
    tags: [...room.tags],
    logo: { original: '', large: '', medium: '', small: '', color: logoColor(room.id) },
    pinned: false,
    roomType: room.roomType,
    private: false,
    indexing: false,
    denyDownload: false,
    type: ROOM_FOLDER_TYPE[room.roomType] ?? 19,
    inRoom: true,
    usedSpace,
    id: room.id,
    rootFolderId: root,
    canShare: editable,
    security: {
      Read: true,
      Create: editable,
      Delete: canDeleteRoom(ctx, room),
      EditRoom: editable,
      Rename: editable,
      ReadHistory: true,
      CopyTo: true,
      Copy: true,
      MoveTo: editable,
      Move: true,
      Pin: true,
      EditAccess: editable,
      Duplicate: editable,
      Download: true,
      CopySharedLink: editable,
      ChangeOwner: true
    },
    title: room.title,
    shortWebUrl: `${ctx.portalUrl}/s/r${room.id.toString(36)}`,
    created: formatApiDate(room.created, offset),
    createdBy: employee(ctx, room.createdBy),
    updated: formatApiDate(room.updated, offset),
    rootFolderType: room.archived ? FOLDER_TYPE_ARCHIVE : FOLDER_TYPE_ROOMS,
    updatedBy: employee(ctx, room.updatedBy ?? room.createdBy),
    fileEntryType: 1
  }
}

const COLORS = ['5299E0', 'F2557C', '8FA843', 'F88E3E', '6E9EDB', 'B45CA3', '4FA96F', 'E04F4F']
function logoColor(id: number): string {
  return COLORS[id % COLORS.length] ?? '5299E0'
}

/** The "Rooms" / "Archive" system folder shown as `current` in a listing. */
export function rootFolderDto(ctx: DtoContext, archive: boolean, foldersCount: number): Record<string, unknown> {
  const offset = ctx.state.timeZoneOffset
  const id = archive ? ARCHIVE_FOLDER_ID : ROOMS_FOLDER_ID
  const epoch = formatApiDate(new Date(Date.UTC(2024, 0, 1)), offset)
  return {
    parentId: 0,
    filesCount: 0,
    foldersCount,
    new: 0,
    mute: false,
    pinned: false,
    private: false,
    type: archive ? FOLDER_TYPE_ARCHIVE : FOLDER_TYPE_ROOMS,
    id,
    rootFolderId: id,
    security: { Read: true, Create: !archive },
    title: archive ? 'Archive' : 'Rooms',
    created: epoch,
    createdBy: employee(ctx, ctx.state.adminUserId),
    updated: epoch,
    rootFolderType: archive ? FOLDER_TYPE_ARCHIVE : FOLDER_TYPE_ROOMS,
    updatedBy: employee(ctx, ctx.state.adminUserId),
    fileEntryType: 1
  }
}

function sizeString(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(2)} KB`
  return `${(bytes / 1024 / 1024).toFixed(2)} MB`
}

export function fileDto(ctx: DtoContext, room: EmulatedRoom, file: EmulatedFile): Record<string, unknown> {
  const offset = ctx.state.timeZoneOffset
  const bytes = byteLength(file)
  const created = file.created ?? room.created
  const author = file.createdBy ?? room.createdBy
  const dot = file.title.lastIndexOf('.')
  return {
    folderId: room.id,
    version: file.version ?? 1,
    versionGroup: 1,
    contentLength: sizeString(bytes),
    pureContentLength: bytes,
    fileStatus: 0,
    mute: false,
    viewUrl: `${ctx.portalUrl}/filehandler.ashx?action=download&fileid=${file.id}`,
    webUrl: `${ctx.portalUrl}/doceditor?fileid=${file.id}&version=${file.version ?? 1}`,
    fileType: 7,
    fileExst: dot >= 0 ? file.title.slice(dot) : '',
    id: file.id,
    rootFolderId: room.archived ? ARCHIVE_FOLDER_ID : ROOMS_FOLDER_ID,
    security: { Read: true, Edit: !room.archived, Delete: !room.archived, Download: true },
    title: file.title,
    created: formatApiDate(created, offset),
    createdBy: employee(ctx, author),
    updated: formatApiDate(file.updated ?? created, offset),
    rootFolderType: room.archived ? FOLDER_TYPE_ARCHIVE : FOLDER_TYPE_ROOMS,
    updatedBy: employee(ctx, author),
    fileEntryType: 2
  }
}

/** `fields=id,title` projection (DynamicIgnoreResolver), case-insensitive on top-level keys. */
export function project(dto: Record<string, unknown>, fields: Set<string> | undefined): Record<string, unknown> {
  if (!fields) return dto
  const out: Record<string, unknown> = {}
  for (const key of Object.keys(dto)) if (fields.has(key.toLowerCase())) out[key] = dto[key]
  return out
}

export function parseFields(value: string | undefined): Set<string> | undefined {
  if (value === undefined) return undefined
  const names = value
    .split(',')
    .map((s) => s.trim().toLowerCase())
    .filter(Boolean)
  return names.length ? new Set(names) : undefined
}
