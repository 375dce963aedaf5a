// In-memory model of one DocSpace portal: rooms (with their files), the tag
// catalogue, running file operations and the users API keys act as.

export type RoomTypeValue = 1 | 2 | 5 | 6 | 8 | 9

export interface EmulatedFile {
  id: number
  title: string
  content: string
  version?: number
  created?: Date
  updated?: Date
  createdBy?: string
}

export interface EmulatedRoom {
  id: number
  title: string
  roomType: RoomTypeValue
  tags: string[]
  /** user id of the creator; only this user may delete the room while it is active */
  createdBy: string
  updatedBy?: string
  created: Date
  updated: Date
  archived: boolean
  files: EmulatedFile[]
}

export interface RoomInit {
  id: number
  roomType: RoomTypeValue
  tags: string[]
  createdBy: string
  created: Date
  updated: Date
  archived: boolean
}

export type OperationKind = 'archive' | 'unarchive' | 'delete'
export type OperationFault = 'op-error' | 'op-vanish' | 'op-never-finishes'

export interface EmulatedOperation {
  id: string
  /** operations are listed per user, like FileOperationsManager does */
  userId: string
  kind: OperationKind
  roomId: number
  roomTitle: string
  startedAt: number
  durationMs: number
  /** = !deleteAfter: keep the finished operation so one poll can report it */
  hold: boolean
  fault?: OperationFault
  faultMessage?: string
  finished: boolean
  error: string
  timer?: NodeJS.Timeout
}

export const ADMIN_USER_ID = 'user-admin'
export const FIRST_ROOM_ID = 1001
export const FIRST_FILE_ID = 100001

export interface StateSettings {
  operationDelayMs: number
  maxRooms: number
  timeZoneOffset: string
  /** when true, PUT rooms/{id}/tags only attaches names already in the tag catalogue (DocSpace 2.x behaviour) */
  tagsMustExist: boolean
}

export class EmulatorState {
  readonly rooms = new Map<number, EmulatedRoom>()
  /** insertion-ordered, so listings come out in start order */
  readonly operations = new Map<string, EmulatedOperation>()
  readonly tagCatalogue = new Set<string>()
  readonly users = new Map<string, string>([[ADMIN_USER_ID, 'Administrator']])
  /** users with the DocSpace-admin shortcut (may delete any archived room) */
  readonly admins = new Set<string>([ADMIN_USER_ID])
  readonly adminUserId = ADMIN_USER_ID
  nextRoomId = FIRST_ROOM_ID
  nextFileId = FIRST_FILE_ID
  // Settings live directly on the state so tests can change them mid-run
  // (e.g. a longer operationDelayMs for one test); they are read per request.
  operationDelayMs: number
  maxRooms: number
  timeZoneOffset: string
  tagsMustExist: boolean
  /** replaceable so tests can freeze or shift time for created/updated stamps */
  now: () => Date = () => new Date()

  constructor(settings: StateSettings) {
    this.operationDelayMs = settings.operationDelayMs
    this.maxRooms = settings.maxRooms
    this.timeZoneOffset = settings.timeZoneOffset
    this.tagsMustExist = settings.tagsMustExist
  }

  addRoom(init: Partial<RoomInit> & { title: string }): EmulatedRoom {
    const id = init.id ?? this.nextRoomId
    if (this.rooms.has(id)) throw new Error(`room ${id} already exists`)
    if (id >= this.nextRoomId) this.nextRoomId = id + 1
    const created = init.created ?? this.now()
    const room: EmulatedRoom = {
      id,
      title: init.title,
      roomType: init.roomType ?? 5,
      tags: [...new Set(init.tags ?? [])],
      createdBy: init.createdBy ?? ADMIN_USER_ID,
      created,
      // DocSpace never reports updated earlier than created (FileEntryDto)
      updated: init.updated && init.updated > created ? init.updated : created,
      archived: init.archived ?? false,
      files: []
    }
    this.rooms.set(id, room)
    for (const tag of room.tags) this.tagCatalogue.add(tag)
    return room
  }

  room(id: number): EmulatedRoom | undefined {
    return this.rooms.get(id)
  }

  activeRooms(): EmulatedRoom[] {
    return [...this.rooms.values()].filter((r) => !r.archived)
  }

  archivedRooms(): EmulatedRoom[] {
    return [...this.rooms.values()].filter((r) => r.archived)
  }

  displayName(userId: string): string {
    return this.users.get(userId) ?? userId
  }

  touch(room: EmulatedRoom, userId: string): void {
    room.updated = this.now()
    room.updatedBy = userId
  }

  reset(): void {
    this.clearOperations()
    this.rooms.clear()
    this.tagCatalogue.clear()
    this.nextRoomId = FIRST_ROOM_ID
    this.nextFileId = FIRST_FILE_ID
  }

  clearOperations(): void {
    for (const op of this.operations.values()) if (op.timer) clearTimeout(op.timer)
    this.operations.clear()
  }
}
