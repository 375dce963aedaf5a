/**
 * DocSpace's access levels in a room (`FileShare`, products/ASC.Files/Core/Core/Security/FileShare.cs:41-78) and
 * which of them a room type and a user type accept (FileSecurity.cs:157-265 `AvailableRoomAccesses` and
 * `AvailableUserAccesses`, identical in v3.6.0). DocSpace-server v3.7.2.
 */

export interface AccessLevel {
  /** The action's name, as the `members` input and output spell it. */
  name: string
  /** DocSpace's `FileShare` name. */
  docspaceName: string
  /** What is sent: DocSpace reads a name it cannot parse as 0 = None, which removes a member (FileShare.cs:84-94). */
  value: number
}

export const ACCESS_LEVELS: readonly AccessLevel[] = [
  { name: 'room-manager', docspaceName: 'RoomManager', value: 9 },
  { name: 'content-creator', docspaceName: 'ContentCreator', value: 11 },
  { name: 'editor', docspaceName: 'Editing', value: 10 },
  { name: 'reviewer', docspaceName: 'Review', value: 5 },
  { name: 'commenter', docspaceName: 'Comment', value: 6 },
  { name: 'form-filler', docspaceName: 'FillForms', value: 7 },
  { name: 'viewer', docspaceName: 'Read', value: 2 },
  { name: 'remove', docspaceName: 'None', value: 0 }
]

export const ACCESS = {
  none: 0,
  roomManager: 9,
  contentCreator: 11
} as const

/** The kebab name of an access DocSpace lists; levels the action never sets keep DocSpace's name, kebab-cased. */
export function accessName(value: number): string {
  const level = ACCESS_LEVELS.find((a) => a.value === value && a.value !== ACCESS.none)
  if (level) return level.name
  const others: Record<number, string> = {
    0: 'none',
    1: 'read-write',
    3: 'restrict',
    4: 'varies',
    8: 'custom-filter'
  }
  return others[value] ?? String(value)
}

/** `RoomType` values (RoomType.cs) with the accesses a user may be given in such a room (FileSecurity.cs:157-234). */
const USER_ACCESSES_BY_ROOM_TYPE: Record<number, readonly number[]> = {
  5: [9, 11, 10, 5, 6, 2, 0], // Custom
  6: [9, 11, 0], // Public
  1: [9, 11, 7, 0], // Form filling
  2: [9, 11, 10, 2, 0], // Collaboration (EditingRoom)
  8: [9, 11, 10, 2, 7, 0], // Virtual data room
  9: [9, 11, 2, 0] // AI
}

/** Room types that have external links at all: custom, public, form filling (FileSecurity.cs:157-234, 110-135). */
export const ROOM_TYPES_WITH_EXTERNAL_LINKS: readonly number[] = [5, 6, 1]

/** The accesses a room of this type takes for a user, or undefined for a type this action does not know. */
export function userAccessesFor(roomType: number): readonly number[] | undefined {
  return USER_ACCESSES_BY_ROOM_TYPE[roomType]
}

/** The DocSpace user types (EmployeeType) a user's profile tells (EmployeeFullDto.cs:365-373). */
export interface UserKind {
  isOwner?: boolean
  isAdmin?: boolean
  isRoomAdmin?: boolean
}

/**
 * RoomManager is only for DocSpace admins (the portal owner among them) and room admins; users and guests get the
 * rest (FileSecurity.cs:236-265, enforced at FileSharing.cs:263-270).
 */
export function mayManageRooms(user: UserKind): boolean {
  return user.isOwner === true || user.isAdmin === true || user.isRoomAdmin === true
}
