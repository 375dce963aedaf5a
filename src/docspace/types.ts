/** The subset of DocSpace's wire shapes this action reads. Everything else is passed through untouched. */

/** A room as `GET /api/2.0/files/rooms/{id}` returns it (`FolderDto`). Room IDs are numbers for rooms on
 * DocSpace's own storage and strings for third-party-storage rooms. */
export interface Room {
  id: number | string
  title: string
  roomType?: number
  rootFolderType?: number
  tags?: string[]
  created?: string
  updated?: string
  [field: string]: unknown
}

/** `FolderType` values of `rootFolderType` that tell where a room lives. */
export const ROOT_FOLDER = { active: 14, archive: 20 } as const

export function isArchived(room: Room): boolean {
  return room.rootFolderType === ROOT_FOLDER.archive
}

/** A long-running file operation (`FileOperationDto`); note the capital `Operation` on the wire. */
export interface FileOperation {
  id: string
  Operation?: number
  progress?: number
  error?: string | null
  finished?: boolean
  status?: number
  [field: string]: unknown
}

/** One page of `GET /api/2.0/files/rooms` (`FolderContentDto`). */
export interface RoomPage {
  folders?: Room[]
  startIndex?: number
  count?: number
  total?: number
}

export interface RoomTypeInfo {
  /** The action's name for the type, as used in the `room-type` input. */
  name: string
  /** DocSpace's `RoomType` enum name. */
  docspaceName: string
  value: number
}

export const ROOM_TYPES: readonly RoomTypeInfo[] = [
  { name: 'custom', docspaceName: 'CustomRoom', value: 5 },
  { name: 'collaboration', docspaceName: 'EditingRoom', value: 2 },
  { name: 'public', docspaceName: 'PublicRoom', value: 6 },
  { name: 'form-filling', docspaceName: 'FillingFormsRoom', value: 1 },
  { name: 'virtual-data', docspaceName: 'VirtualDataRoom', value: 8 }
]

/** DocSpace's limit on a room title (`CreateRoomRequestDto.Title`, `[StringLength(170)]`). */
export const MAX_TITLE_LENGTH = 170

/** Characters DocSpace replaces with `_` when it saves a title (`Global.ReplaceInvalidCharsAndTruncate`). */
export const TITLE_REPLACED_CHARS = /[\t*+:"<>?|\\/]/g

/** A title as DocSpace saves it: trimmed, reserved characters replaced, cut to the limit. */
export function savedTitle(title: string): string {
  return title.trim().replace(TITLE_REPLACED_CHARS, '_').slice(0, MAX_TITLE_LENGTH)
}

export function hasAllTags(room: Room, tags: readonly string[]): boolean {
  const own = new Set(room.tags ?? [])
  return tags.every((t) => own.has(t))
}

/** The room fields the action reads from listings; `fields=` asks DocSpace for only these. */
export const LISTED_ROOM_FIELDS = ['id', 'title', 'roomType', 'rootFolderType', 'tags', 'created', 'updated']
