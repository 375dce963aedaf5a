/** DocSpace's vocabulary: room types, title rules and where rooms live. The answers' shapes are in answers.ts. */

import type { Room } from './answers.js'

export type { FileOperation, Room, RoomPage } from './answers.js'

/** `FolderType` values of `rootFolderType` that tell where a room lives (Folder.cs:41-129). */
export const ROOT_FOLDER = { active: 14, archive: 20 } as const

export function isArchived(room: Room): boolean {
  return room.rootFolderType === ROOT_FOLDER.archive
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

/** Characters DocSpace replaces with `_` when it saves a title, each UTF-16 surrogate among them, so that an
 * emoji becomes `__` (Global.cs:198). */
export const TITLE_REPLACED_CHARS = /[\t*+:"<>?|\\/\uD800-\uDFFF]/g

/** A title as DocSpace saves it (`Global.ReplaceInvalidCharsAndTruncate`, Global.cs:219-241): trimmed, cut to
 * the limit keeping an extension that starts in the last 20 characters, then reserved characters replaced. */
export function savedTitle(title: string): string {
  let saved = title.trim()
  if (saved.length > MAX_TITLE_LENGTH) {
    const dot = saved.lastIndexOf('.')
    saved =
      dot > MAX_TITLE_LENGTH - 20
        ? saved.slice(0, MAX_TITLE_LENGTH - (saved.length - dot)) + saved.slice(dot)
        : saved.slice(0, MAX_TITLE_LENGTH)
  }
  return saved.replace(TITLE_REPLACED_CHARS, '_')
}

export function hasAllTags(room: Room, tags: readonly string[]): boolean {
  const own = new Set(room.tags)
  return tags.every((t) => own.has(t))
}
