// In-memory model of one DocSpace portal: rooms (with their files), the tag
// catalogue, running file operations and the users API keys act as.
// Sources: DocSpace-server at tag v3.7.2-server (ed2994e74f9d); paths are
// relative to that repository, FileSecurity = products/ASC.Files/Core/Core/Security/FileSecurity.cs.

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
  /** SettingsColor as sent (<= 6 chars, no format check); undefined = server-chosen colour */
  color?: string
  /** SettingsCover: one of ROOM_COVERS; undefined = none */
  cover?: string
  /** SettingsQuota in bytes: -1 no limit, -2 the portal's default for rooms (TenantEntityQuotaSettings.cs:51-56) */
  quota: number
  /** SettingsIndexing, SettingsDenyDownload */
  indexing: boolean
  denyDownload: boolean
  /** SettingsLifetime; undefined = none (a lifetime with enabled:false clears it, FolderDao.cs:1266-1276) */
  lifetime?: RoomLifetime
  /** SettingsHasLogo, with what the logo was cut from: the stored temporary image and the crop sent */
  logo?: RoomLogo
}

/** RoomDataLifetime (products/ASC.Files/Core/Core/VirtualRooms/RoomDataLifetime.cs:39-70). */
export interface RoomLifetime {
  deletePermanently: boolean
  /** RoomDataLifetimePeriod: 0 Day, 1 Month, 2 Year (:124-134) */
  period: number
  value: number | null
  enabled: boolean | null
  startDate: Date
}

/** A room logo as RoomLogoManager.SaveLogo made it (RoomLogoManager.cs:117-136). */
export interface RoomLogo {
  /** the temporary image's file name, from POST /files/logos */
  tmpFile: string
  width: number
  height: number
  crop: { x: number; y: number; width: number; height: number }
  /** bumps the `?hash=` of the logo URLs (RoomLogoManager.cs:257-264: ModifiedOn's hash) */
  savedAt: Date
}

/** An image uploaded with POST /files/logos, kept until a room's logo is cut from it (RoomLogoManager.cs:283-319). */
export interface TempLogo {
  userId: string
  format: 'png' | 'jpeg'
  /** the image's size after SaveTempAsync fits it in 1280x1280 (UserPhotoThumbnailManager.cs:112-175) */
  width: number
  height: number
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
  /** Date.now() when the job finished: its LastModifiedOn from then on (expiry) */
  finishedAt?: number
  error: string
  /** the operation's Result ("folder_<id>:" once the room was processed, FileMoveCopyOperation.cs:630-634) */
  processedRoom: boolean
  timer?: NodeJS.Timeout
}

/**
 * EmployeeType as far as rooms care. DocSpace admins may create rooms and get
 * the admin shortcuts; room admins may create rooms and own them; "User" and
 * guests may do neither (FileSecurity.cs:1387, 1399-1402, 3520-3525).
 */
export type UserType = 'DocSpaceAdmin' | 'RoomAdmin' | 'User' | 'Guest'

/** A user's stored default order: SortedByType value (any int the parser accepted) and direction. */
export interface DefaultOrder {
  sortedBy: number
  asc: boolean
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

export const MIB = 1024 * 1024

export class EmulatorState {
  readonly rooms = new Map<number, EmulatedRoom>()
  /** insertion-ordered, so listings come out in start order */
  readonly operations = new Map<string, EmulatedOperation>()
  readonly tagCatalogue = new Set<string>()
  readonly users = new Map<string, string>([[ADMIN_USER_ID, 'Administrator']])
  /** users with the DocSpace-admin shortcut (may delete any archived room) */
  readonly admins = new Set<string>([ADMIN_USER_ID])
  /** EmployeeType of users that are not DocSpace admins; absent = RoomAdmin */
  readonly userTypes = new Map<string, Exclude<UserType, 'DocSpaceAdmin'>>()
  /**
   * Pinned rooms per user: pins are Pin tags owned by the user (FileStorageService.cs:196,
   * FileSecurity.cs SetPinAsync), listed first (EntryManager.cs:1058-1085) and removed for
   * all users when the room is archived (FileMoveCopyOperation.cs:589-597).
   */
  readonly pins = new Map<string, Set<number>>()
  /**
   * Each user's default room order (FilesSettings DefaultSortedBySetting/DefaultSortedAscSetting,
   * products/ASC.Files/Core/Configuration/FilesSettings.cs:218-219, 449-465); absent = DateAndTime
   * descending. GET /files/rooms with a parsable sortBy overwrites it (FileStorageService.cs:360-367).
   */
  readonly defaultOrders = new Map<string, DefaultOrder>()
  readonly adminUserId = ADMIN_USER_ID
  nextRoomId = FIRST_ROOM_ID
  nextFileId = FIRST_FILE_ID
  // Settings live directly on the state so tests can change them mid-run
  // (e.g. a longer operationDelayMs for one test); they are read per request.
  operationDelayMs: number
  maxRooms: number
  timeZoneOffset: string
  tagsMustExist: boolean
  /**
   * Unpolled operations are dropped by the queue's cleaner once LastModifiedOn is older than
   * TimeUntilUnregisterInSeconds (default 60 s, common/ASC.Common/Threading/DefaultDistributedTaskQueueFactory.cs:55),
   * checked on a 10 s PeriodicTimer (common/ASC.Common/Threading/DistributedTaskQueue.cs:192, 224-256):
   * so 60-70 s after the last update. Both are settable so tests need not wait.
   */
  /**
   * The tenant's MaxTotalSize: a room quota above it is refused, 403 RoomQuotaGreaterPortalError
   * (FileStorageService.cs:1172-1178 update, :960-966 create).
   */
  portalQuotaBytes = 100 * 1024 * MIB
  /**
   * TenantRoomQuotaSettings: a room's `quotaLimit`/`isCustomQuota` are sent only while EnableQuota is on, and a room
   * at -2 shows DefaultQuota (FolderDto.cs:335-351).
   */
  roomQuota = { enabled: true, defaultQuota: 10 * 1024 * MIB }
  /** `files:pin`, default 10 (products/ASC.Files/Core/Helpers/FileUtility.cs:115) */
  maxPinnedRooms = 10
  /** `web:max-upload-size`, default 1 MB (web/ASC.Web.Core/SetupInfo.cs:101): the largest logo image accepted */
  maxImageUploadSize = MIB
  /** images uploaded for logos, by temporary file name */
  readonly tempLogos = new Map<string, TempLogo>()
  operationTtlMs = 60_000
  operationSweepMs = 10_000
  /** origin of the cleaner's ticks */
  readonly sweepOrigin = Date.now()
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
      // DocSpace never reports updated earlier than created: FileEntryDto.Updated returns Created
      // then (products/ASC.Files/Core/ApiModels/ResponseDto/FileEntryDto.cs:125-129); the API never stores
      // such a pair, so clamping the seed here keeps the DateAndTime sort and the DTO consistent.
      updated: init.updated && init.updated > created ? init.updated : created,
      archived: init.archived ?? false,
      files: [],
      quota: -2,
      indexing: false,
      denyDownload: false
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

  userType(userId: string): UserType {
    return this.admins.has(userId) ? 'DocSpaceAdmin' : (this.userTypes.get(userId) ?? 'RoomAdmin')
  }

  // Room rights. The emulator has no room membership (share records): the
  // DocSpace admin counts as a room manager of every room and other users as
  // members of exactly the rooms they created, as owners.

  /** CanRead: admins see every room in Rooms and Archive (FileSecurity.cs:1554-1556, 1797-1800, 2639-2643);
   * others their own rooms (FileSecurity.cs:2754-2853 via FolderDao.cs:233). */
  canRead(userId: string, room: EmulatedRoom): boolean {
    return this.admins.has(userId) || room.createdBy === userId
  }

  /** HasFullAccessAsync: the owner, unless a guest or "User" (FileSecurity.cs:3520-3530). */
  hasFullAccess(userId: string, room: EmulatedRoom): boolean {
    const type = this.userType(userId)
    return room.createdBy === userId && type !== 'User' && type !== 'Guest'
  }

  /** EditRoom: owner (full access) or a room manager; never in the Archive (FileStorageService.cs:1203). */
  canEditRoom(userId: string, room: EmulatedRoom): boolean {
    return !room.archived && (this.admins.has(userId) || this.hasFullAccess(userId, room))
  }

  /** Move (archive/unarchive): the admin shortcut for rooms in Rooms (FileSecurity.cs:1559-1566) and
   * Archive (:1802-1805), or the owner (:1747, 1808); room managers cannot (:2304-2309). */
  canMove(userId: string, room: EmulatedRoom): boolean {
    return this.admins.has(userId) || this.hasFullAccess(userId, room)
  }

  /** Delete: in Rooms only the owner (the admin shortcut there has no Delete, FileSecurity.cs:1559-1566);
   * in the Archive the admin too (:1802-1805). */
  canDelete(userId: string, room: EmulatedRoom): boolean {
    return this.hasFullAccess(userId, room) || (room.archived && this.admins.has(userId))
  }

  /** Create in the Rooms folder: anyone but "User" and guests (FileSecurity.cs:1387, 1399-1402). */
  canCreateRoom(userId: string): boolean {
    const type = this.userType(userId)
    return type !== 'User' && type !== 'Guest'
  }

  isPinned(userId: string, roomId: number): boolean {
    return this.pins.get(userId)?.has(roomId) ?? false
  }

  pin(userId: string, roomId: number): void {
    let set = this.pins.get(userId)
    if (!set) this.pins.set(userId, (set = new Set()))
    set.add(roomId)
  }

  /** Drops every user's pin of a room (archive: FileMoveCopyOperation.cs:589-597; delete removes its tags). */
  unpinAll(roomId: number): void {
    for (const set of this.pins.values()) set.delete(roomId)
  }

  /** The user's stored default order, initially DateAndTime (0) descending (FilesSettings.cs:218-219). */
  defaultOrder(userId: string): DefaultOrder {
    return this.defaultOrders.get(userId) ?? { sortedBy: 0, asc: false }
  }

  touch(room: EmulatedRoom, userId: string): void {
    room.updated = this.now()
    room.updatedBy = userId
  }

  reset(): void {
    this.clearOperations()
    this.rooms.clear()
    this.tagCatalogue.clear()
    this.pins.clear()
    this.defaultOrders.clear()
    this.tempLogos.clear()
    this.nextRoomId = FIRST_ROOM_ID
    this.nextFileId = FIRST_FILE_ID
  }

  clearOperations(): void {
    for (const op of this.operations.values()) if (op.timer) clearTimeout(op.timer)
    this.operations.clear()
  }
}
