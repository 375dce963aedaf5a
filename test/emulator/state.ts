// In-memory model of one DocSpace portal: rooms (with their folders and files), the tag
// catalogue, running file operations, upload sessions, the Trash and the users API keys act as.
// Sources: DocSpace-server at tag v3.7.2-server (ed2994e74f9d); paths are
// relative to that repository, FileSecurity = products/ASC.Files/Core/Core/Security/FileSecurity.cs,
// FU = products/ASC.Files/Core/Utils/FileUploader.cs, FiDao = products/ASC.Files/Core/Core/Dao/TeamlabDao/FileDao.cs.
import { randomBytes, randomUUID } from 'node:crypto'
import { BlobStore, type StoredBytes } from './content.js'

export type RoomTypeValue = 1 | 2 | 5 | 6 | 8 | 9

/**
 * A file. Its current version is the file itself; `history` holds the earlier ones. Tests may push plain
 * `{id, title, content}` objects: the bytes are then the UTF-8 of `content`. Files saved through the API carry
 * `stored` (bytes in memory or on disk) and `content` becomes a read-only view of those bytes (tree.ts).
 */
export interface EmulatedFile {
  id: number
  title: string
  content: string
  version?: number
  /** File.VersionGroup; default = version (every emulated save starts a new group, FU:107-108) */
  versionGroup?: number
  /** the current version's comment (FileDto.comment, FileDto.cs:491); undefined/null = none */
  comment?: string | null
  created?: Date
  updated?: Date
  createdBy?: string
  updatedBy?: string
  /** the current version's bytes when they are not `content` */
  stored?: StoredBytes
  /** File.ContentLength of the current version where it differs from the stored size (a chunked session
   * records its declared size, FiDao:1768) */
  contentLength?: number
  /** earlier versions, oldest first (GET file/{id}/history lists them with the current one) */
  history?: EmulatedVersion[]
  /** opened in the editor (FileTracker.IsEditingAsync): an upload of the same title makes a new file
   * (FU:102, 142-151), a delete is refused (DeletePermissionsCheck.cs:103-110); fileStatus 1 */
  editing?: boolean
}

/** One stored version of a file (a row of files_file with current_version = 0). */
export interface EmulatedVersion {
  version: number
  versionGroup: number
  title: string
  /** File.ContentLength as recorded (pureContentLength) */
  contentLength: number
  stored: StoredBytes
  comment: string | null
  created: Date
  updated: Date
  updatedBy: string
}

/** A folder inside a room (FolderType DEFAULT = 0). */
export interface EmulatedFolder {
  id: number
  title: string
  /** the direct parent: a room or another folder */
  parentId: number
  createdBy: string
  updatedBy?: string
  created: Date
  updated: Date
  files: EmulatedFile[]
  folders: EmulatedFolder[]
}

/** An entry a delete operation moved into its runner's Trash (FileDeleteOperation.cs:138, 502-537); restorable. */
export interface TrashedEntry {
  kind: 'file' | 'folder'
  entry: EmulatedFile | EmulatedFolder
  /** the folder or room it was in */
  fromFolderId: number
  roomId: number
  /** whose Trash: the user who ran the operation */
  userId: string
  at: Date
}

/** Every file or folder a delete operation removed, so tests can tell trash from permanent deletion. */
export interface DeletionRecord {
  kind: 'file' | 'folder'
  id: number
  title: string
  roomId: number
  /** `immediately: true` in the request, or an entry already in the Trash: deleted for good */
  permanent: boolean
  userId: string
  at: Date
}

/** A chunked upload session (ChunkedUploadSession<int>, products/ASC.Files/Core/Core/Entries/ChunkedUploadSession.cs). */
export interface UploadSession {
  /** Guid "N" format (common/ASC.Data.Storage/ChunkedUploader/CommonChunkedUploadSession.cs:38) */
  id: string
  userId: string
  /** the folder the file goes into (after relativePath) */
  folderId: number
  roomId: number
  /** the file that gets a new version, or undefined for a new file (FU:100-124 at session creation) */
  fileId?: number
  title: string
  bytesTotal: number
  /** false below the chunk size: the first chunk saves the file (CommonChunkedUploadSessionHolder.cs:53-57) */
  useChunks: boolean
  created: Date
  expired: Date
  /** SessionRequest.createOn: the new file's `created` (FiDao:1771) */
  createOn?: Date
  /** chunk number → bytes and the length recorded for it (the chunk cache, CommonChunkedUploadSessionHolder.cs:137-146) */
  chunks: Map<number, { stored: StoredBytes; length: number }>
  /** the "ChunksUploaded" item that numbers chunks sent without chunkNumber (FiDao:1718-1724) */
  chunksUploaded: number
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
  /** files directly in the room */
  files: EmulatedFile[]
  /** folders directly in the room */
  folders: EmulatedFolder[]
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

/** 'delete' deletes a room (VRC); 'delete-entries' is PUT files/fileops/delete on files and folders */
export type OperationKind = 'archive' | 'unarchive' | 'delete' | 'delete-entries'
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
  /** what a 'delete-entries' operation deletes, in the order FileDeleteOperation.DoJob takes them (files, then
   * folders, FileDeleteOperation.cs:170-171) */
  entries?: { fileIds: number[]; folderIds: number[]; immediately: boolean }
  /** entries processed so far ('delete-entries'; ProcessedFile/ProcessedFolder) */
  processedCount?: number
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

/** EmployeeActivationStatus (common/ASC.Core.Common/Core/EmployeeActivationStatus.cs:40-53). */
export type ActivationStatus = 0 | 1 | 2
export const ACTIVATION = { NotActivated: 0, Activated: 1, Pending: 2 } as const
/** EmployeeStatus (common/ASC.Core.Common/Core/EmployeeStatus.cs:40-50). */
export type EmployeeStatus = 1 | 2 | 4

/** A portal account: what EmployeeFullDto and the share rules read of a UserInfo. */
export interface EmulatedUser {
  id: string
  email: string
  firstName: string
  lastName: string
  /** DisplayUserSettingsHelper.GetFullUserName: the formatted name, or the e-mail when that is blank
   * (common/ASC.Core.Common/Users/DisplayUserSettings.cs:95-100) */
  displayName: string
  type: UserType
  activationStatus: ActivationStatus
  status: EmployeeStatus
  /** user id of whoever created (invited) the account */
  createdBy?: string
  created: Date
}

export interface UserInit {
  email: string
  displayName?: string
  firstName?: string
  lastName?: string
  /** default 'User' */
  type?: UserType
  id?: string
  /** default Activated (1); Pending (2) for an invited account that never signed in */
  activationStatus?: ActivationStatus
  status?: EmployeeStatus
  createdBy?: string
}

/**
 * FileShare (products/ASC.Files/Core/Core/Security/FileShare.cs:41-78): 0 None, 1 ReadWrite, 2 Read,
 * 3 Restrict, 4 Varies, 5 Review, 6 Comment, 7 FillForms, 8 CustomFilter, 9 RoomManager, 10 Editing,
 * 11 ContentCreator.
 */
export const FILE_SHARE = {
  None: 0,
  ReadWrite: 1,
  Read: 2,
  Restrict: 3,
  Varies: 4,
  Review: 5,
  Comment: 6,
  FillForms: 7,
  CustomFilter: 8,
  RoomManager: 9,
  Editing: 10,
  ContentCreator: 11
} as const

/** SubjectType (products/ASC.Files/Core/Core/Security/SubjectType.cs:68-84) of a link record. */
export type LinkSubjectType = 1 | 3 | 4

/** A link share record of a room (ExternalLink 1, InvitationLink 3, PrimaryExternalLink 4). */
export interface EmulatedLink {
  id: string
  roomId: number
  subjectType: LinkSubjectType
  access: number
  title: string
  /** the short key: shareLink is <portal>/s/<key> (web/ASC.Web.Core/Utility/UrlShortener.cs:91, 110) */
  key: string
  internal: boolean
  denyDownload: boolean
  /** FileShareOptions.Password, returned in clear text by the API (FileSharing.cs:1181) */
  password?: string
  expirationDate?: Date
  requestToken: string
}

/** Why DocSpace mailed someone about a room. */
export type MailReason =
  /** SendEmailRoomInviteAsync to an e-mail without an activated account, whatever `notify` says
   * (products/ASC.Files/Core/Utils/FileSharing.cs:412-424) */
  | 'invitation'
  /** SendEmailRoomInviteExistingUserAsync, notify && a new member (FileSharing.cs:427-432) */
  | 'added'
  /** SendMsgUserRoleChangedAsync, notify && a changed access (products/ASC.Files/Core/Core/FileStorageService.cs:4090-4097) */
  | 'role-changed'

export interface SentMail {
  to: string
  userId: string
  roomId: number
  reason: MailReason
  access: number
  /** the invitation's `message`, as sent */
  message?: string
  at: Date
}

/** ShortUrl's default alphabet and key length (web/ASC.Web.Core/Utility/UrlShortener.cs:128-133). */
const SHORT_ALPHABET = '5XzpDt6wZRdsTrJkSY_cgPyxN4j-fnb9WKBF8vh3GH72QqmLVCM'
function shortKey(): string {
  const bytes = randomBytes(15)
  let key = ''
  for (const b of bytes) key += SHORT_ALPHABET[b % SHORT_ALPHABET.length]
  return key
}

/** The portal owner a fresh DocSpace database is seeded with (common/ASC.Core.Common/EF/Model/User/User.cs:112;
 * DbTenant.cs:246): the user the default API key acts as. */
export const ADMIN_USER_ID = '66faa6e4-f133-11ea-b126-00ffeec8b4ef'
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
  // Membership, links, people. Sources: VRC = products/ASC.Files/Server/Api/VirtualRoomsController.cs,
  // FSH = products/ASC.Files/Core/Utils/FileSharing.cs, FSS = products/ASC.Files/Core/Core/FileStorageService.cs.
  /** portal accounts with a profile (addUser); `users` above keeps id → display name for the older code */
  readonly people = new Map<string, EmulatedUser>()
  /** room id → (user id → FileShare): the room's stored user shares, in the order they were made */
  readonly shares = new Map<number, Map<string, number>>()
  /** room id → its link records (invitation and external links) */
  readonly links = new Map<number, EmulatedLink[]>()
  /** every mail DocSpace would have sent about rooms, oldest first */
  readonly mails: SentMail[] = []
  /** UserManager user relations: inviting someone relates them to the inviter (FSH:285;
   * web/ASC.Web.Core/Users/UserManagerWrapper.cs:156); room admins see only related guests
   * (common/ASC.Core.Common/Users/UserExtensions.cs:179-186) */
  readonly relations = new Map<string, Set<string>>()
  /** room id → users holding a form role there; only VDRs block their removal (FSS:4473-4482) */
  readonly formRoles = new Map<number, Set<string>>()
  /** guest accounts the tariff allows (CountUserFeature counts the Guest group,
   * web/ASC.Web.Core/Quota/CountUserFeature.cs:62-68); Infinity = no limit */
  maxGuests = Infinity
  /** TenantUserInvitationSettings.AllowInvitingGuests (VRC:514-521) */
  allowInvitingGuests = true
  /** e-mail invitations one request may carry ([MaxEmailInvitations], common/ASC.Api.Core/Model/EmailInvitationDto.cs:62-85;
   * `web:invitation-limit`, web/ASC.Web.Core/Users/UserInvitationLimitHelper.cs:83-95); Infinity = unlimited */
  invitationLimit = Infinity
  /** ids added by addUser, dropped again by reset() */
  private readonly addedUsers = new Set<string>()
  /** the folder id sequence: rooms and folders share it, as both are rows of files_folder */
  nextRoomId = FIRST_ROOM_ID
  nextFileId = FIRST_FILE_ID
  // Files, uploads, downloads. Sources: FU, FiDao, web/ASC.Web.Core/SetupInfo.cs (SI),
  // common/ASC.Core.Common/Tenants/TenantQuota.cs (TQ).
  /** where uploaded bytes live */
  readonly blobs = new BlobStore()
  /** open chunked upload sessions by id */
  readonly uploadSessions = new Map<string, UploadSession>()
  /** entries in users' Trash, oldest first */
  readonly trash: TrashedEntry[] = []
  /** every entry delete operations removed, oldest first */
  readonly deletions: DeletionRecord[] = []
  /** `web:available-file-size`, default 100 MB (SI:102): the cap of a single-request upload (SI:49-52) */
  availableFileSize = 100 * MIB
  /** `files:uploader:chunk-size`, default 10 MB (SI:104): the largest chunk, and the session threshold */
  chunkUploadSize = 10 * MIB
  /** Kestrel's MaxRequestBodySize for the Files server (products/ASC.Files/Server/Program.cs:67) */
  maxRequestBodyBytes = 100 * MIB
  /** the tariff's TenantQuota.MaxFileSize (TQ:45 has 25 MB for the built-in default quota; paid tariffs more).
   * The emulator's default is a large tariff, so that only tests that ask for it see the limit. */
  maxFileSize = 1024 * 1024 * MIB
  /**
   * `files:upload-filter` on, with ExtsUploadable = the previewed, edited and image extensions
   * (Global.cs:200; FileUtility.cs:443-457): lower-case extensions with the dot. undefined = filter off
   * (the default, "false"). An upload of another extension → NotSupportedException → 415 (FU:92-95).
   */
  uploadFilter: string[] | undefined = undefined
  /** answer downloads with 302 to the storage server, as an S3-backed portal does (FileHandler.ashx.cs:401-410) */
  storageRedirect = false
  /** hostile: bytes a download sends beyond the stored ones, with a Content-Length that counts them (not DocSpace) */
  overSendBytes = 0
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
    this.people.set(ADMIN_USER_ID, {
      id: ADMIN_USER_ID,
      email: 'admin@example.com',
      firstName: 'Administrator',
      lastName: '',
      displayName: 'Administrator',
      type: 'DocSpaceAdmin',
      activationStatus: 1,
      status: 1,
      created: new Date(Date.UTC(2024, 0, 1))
    })
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
      folders: [],
      quota: -2,
      indexing: false,
      denyDownload: false
    }
    this.rooms.set(id, room)
    for (const tag of room.tags) this.tagCatalogue.add(tag)
    // Public and form-filling rooms get their primary external link when created (FSS:843-852); the
    // form-filling one is internal only if the portal's DefaultShareLinkInternal says so, false by default
    // (products/ASC.Files/Core/Configuration/FilesSettings.cs:233).
    if (room.roomType === 6) this.addLink(id, 4, FILE_SHARE.Read, 'Shared link')
    if (room.roomType === 1) this.addLink(id, 4, FILE_SHARE.FillForms, 'Link to fill out')
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

  // Room rights. The DocSpace admin counts as a room manager of every room, the
  // creator as its owner, and other users have the access of their share record.

  /** CanRead: admins see every room in Rooms and Archive (FileSecurity.cs:1554-1556, 1797-1800, 2639-2643);
   * others their own rooms and the rooms they are members of (FileSecurity.cs:2754-2853 via FolderDao.cs:233). */
  canRead(userId: string, room: EmulatedRoom): boolean {
    const share = this.memberAccess(room.id, userId)
    return this.admins.has(userId) || room.createdBy === userId || (share !== 0 && share !== FILE_SHARE.Restrict)
  }

  /** HasFullAccessAsync: the owner, unless a guest or "User" (FileSecurity.cs:3520-3530). */
  hasFullAccess(userId: string, room: EmulatedRoom): boolean {
    const type = this.userType(userId)
    return room.createdBy === userId && type !== 'User' && type !== 'Guest'
  }

  /** EditRoom: owner (full access) or a room manager; never in the Archive (FileStorageService.cs:1203). */
  canEditRoom(userId: string, room: EmulatedRoom): boolean {
    return (
      !room.archived &&
      (this.admins.has(userId) ||
        this.hasFullAccess(userId, room) ||
        this.memberAccess(room.id, userId) === FILE_SHARE.RoomManager)
    )
  }

  /** ReadLinks: the EditAccess rights (FileSecurity.cs:2268-2283), which the Archive keeps (:1752-1764). */
  canReadLinks(userId: string, room: EmulatedRoom): boolean {
    return (
      this.admins.has(userId) ||
      this.hasFullAccess(userId, room) ||
      this.memberAccess(room.id, userId) === FILE_SHARE.RoomManager
    )
  }

  /**
   * FileSharingHelper.CanSetAccessAsync (FSH:612-644): never for guests (:619-622); otherwise EditAccess,
   * which RoomManager access (FileSecurity.cs:2270-2283), the owner and the admin shortcut give, and which the
   * Archive never grants (FileSecurity.cs:1752-1764).
   */
  canEditAccess(userId: string, room: EmulatedRoom): boolean {
    return this.userType(userId) !== 'Guest' && this.canEditRoom(userId, room)
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

  /**
   * Create in a room or its folders (uploads, new folders): the owner or the admin shortcut as room manager, or
   * a member with RoomManager or ContentCreator access (FileSecurity.cs:1968-1980); never in the Archive, which
   * grants only Read, Delete, ReadHistory, Copy, Move, Download, ReadLinks, IndexExport (FileSecurity.cs:1752-1764).
   */
  canCreateIn(userId: string, room: EmulatedRoom): boolean {
    return (
      this.canEditRoom(userId, room) ||
      (!room.archived && this.memberAccess(room.id, userId) === FILE_SHARE.ContentCreator)
    )
  }

  /** Edit a file in a room (a new version, its comment): Create's holders or Editing access (FileSecurity.cs:2001-2007). */
  canEditFile(userId: string, room: EmulatedRoom): boolean {
    return (
      this.canCreateIn(userId, room) || (!room.archived && this.memberAccess(room.id, userId) === FILE_SHARE.Editing)
    )
  }

  /**
   * Delete a file or folder in a room: RoomManager (the owner and admin shortcut count as one here), or a
   * ContentCreator for entries it created (FileSecurity.cs:2028-2045); never in the Archive (:1766-1770).
   */
  canDeleteEntry(userId: string, room: EmulatedRoom, createdBy: string): boolean {
    if (room.archived) return false
    return (
      this.canEditRoom(userId, room) ||
      (this.memberAccess(room.id, userId) === FILE_SHARE.ContentCreator && createdBy === userId)
    )
  }

  /**
   * Download: any reader while the room has no deny-download; with it, only members whose access is more than
   * Read (FileSecurity.cs:2323-2344) and the owner; the admin shortcut only without deny-download (:1524-1550).
   */
  canDownload(userId: string, room: EmulatedRoom): boolean {
    if (!this.canRead(userId, room)) return false
    if (!room.denyDownload) return true
    if (room.createdBy === userId) return true
    const access = this.memberAccess(room.id, userId)
    return access !== 0 && access !== FILE_SHARE.Read && access !== FILE_SHARE.Restrict
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

  // People and membership.

  /**
   * Adds a portal account and returns it. The display name defaults to "first last", or the e-mail when both
   * are blank (DisplayUserSettings.cs:95-100); a displayName alone is split at its first space.
   */
  addUser(init: UserInit): EmulatedUser {
    if (this.userByEmail(init.email)) throw new Error(`a user with e-mail ${init.email} already exists`)
    const id = init.id ?? randomUUID()
    if (this.people.has(id) || this.users.has(id)) throw new Error(`user ${id} already exists`)
    let firstName = init.firstName ?? ''
    let lastName = init.lastName ?? ''
    if (init.firstName === undefined && init.lastName === undefined && init.displayName) {
      const space = init.displayName.indexOf(' ')
      firstName = space < 0 ? init.displayName : init.displayName.slice(0, space)
      lastName = space < 0 ? '' : init.displayName.slice(space + 1)
    }
    const activationStatus = init.activationStatus ?? 1
    const user: EmulatedUser = {
      id,
      email: init.email,
      firstName,
      lastName,
      displayName: init.displayName ?? (`${firstName} ${lastName}`.trim() || init.email),
      type: init.type ?? 'User',
      activationStatus,
      status: init.status ?? (activationStatus === 2 ? 4 : 1),
      created: this.now(),
      ...(init.createdBy !== undefined ? { createdBy: init.createdBy } : {})
    }
    this.people.set(id, user)
    this.addedUsers.add(id)
    this.users.set(id, user.displayName)
    if (user.type === 'DocSpaceAdmin') this.admins.add(id)
    else this.userTypes.set(id, user.type)
    if (init.createdBy !== undefined) this.relate(init.createdBy, id)
    return user
  }

  /** The account with this id, if it has a profile. */
  user(id: string): EmulatedUser | undefined {
    return this.people.get(id)
  }

  /** The profile of any user id the emulator knows; ids without one (seeded room owners) get a stand-in. */
  profile(id: string): EmulatedUser {
    const known = this.people.get(id)
    if (known) return known
    const displayName = this.displayName(id)
    return {
      id,
      email: `${id}@example.com`,
      firstName: displayName,
      lastName: '',
      displayName,
      type: this.userType(id),
      activationStatus: 1,
      status: 1,
      created: new Date(Date.UTC(2024, 0, 1))
    }
  }

  /** UserManager.GetUserByEmailAsync: `Email == email` in SQL, case-insensitive under the portal database's
   * default collation (inference; common/ASC.Core.Common/EF/Queries/UserQueries.cs:474-477). */
  userByEmail(email: string): EmulatedUser | undefined {
    const wanted = email.toLowerCase()
    for (const u of this.people.values()) if (u.email.toLowerCase() === wanted) return u
    return undefined
  }

  /** Records a user relation (UserManager.AddUserRelationAsync). */
  relate(from: string, to: string): void {
    let set = this.relations.get(from)
    if (!set) this.relations.set(from, (set = new Set()))
    set.add(to)
  }

  /** UserExtensions.CanUserViewAnotherUserAsync (common/ASC.Core.Common/Users/UserExtensions.cs:160-189). */
  canViewUser(viewer: string, target: string): boolean {
    if (viewer === target) return true
    const type = this.userType(viewer)
    if (type === 'DocSpaceAdmin') return true
    if (type === 'User' || type === 'Guest') return false
    if (this.people.get(target)?.type === 'Guest') return this.relations.get(viewer)?.has(target) ?? false
    return true
  }

  guestCount(): number {
    let n = 0
    for (const u of this.people.values()) if (u.type === 'Guest') n++
    return n
  }

  /** The user's stored access to the room (FileShare number), 0 when none. */
  memberAccess(roomId: number, userId: string): number {
    return this.shares.get(roomId)?.get(userId) ?? 0
  }

  /** Stores (access 0: removes) a user's share record, as fileSecurity.ShareAsync does; for seeding tests. */
  setMember(roomId: number, userId: string, access: number): void {
    let map = this.shares.get(roomId)
    if (access === 0) {
      map?.delete(userId)
      return
    }
    if (!map) this.shares.set(roomId, (map = new Map<string, number>()))
    map.set(userId, access)
  }

  /** The room's stored members with their access (the owner is not stored; GET …/share adds it first). */
  roomMembers(roomId: number): { id: string; email: string; displayName: string; access: number }[] {
    const out: { id: string; email: string; displayName: string; access: number }[] = []
    for (const [id, access] of this.shares.get(roomId) ?? []) {
      const u = this.people.get(id)
      if (u) out.push({ id, email: u.email, displayName: u.displayName, access })
    }
    return out
  }

  /** Gives a user a form role in a room (what removing them from a VDR checks, FSS:4473-4482). */
  addFormRole(roomId: number, userId: string): void {
    let set = this.formRoles.get(roomId)
    if (!set) this.formRoles.set(roomId, (set = new Set()))
    set.add(userId)
  }

  /** Mails sent to this address (case-insensitive). */
  mailsTo(email: string): SentMail[] {
    const wanted = email.toLowerCase()
    return this.mails.filter((m) => m.to.toLowerCase() === wanted)
  }

  // Links.

  addLink(
    roomId: number,
    subjectType: LinkSubjectType,
    access: number,
    title: string,
    options: { internal?: boolean; denyDownload?: boolean; password?: string; expirationDate?: Date } = {}
  ): EmulatedLink {
    const link: EmulatedLink = {
      id: randomUUID(),
      roomId,
      subjectType,
      access,
      title,
      key: shortKey(),
      internal: options.internal ?? false,
      denyDownload: options.denyDownload ?? false,
      requestToken: randomBytes(24).toString('base64url'),
      ...(options.password !== undefined ? { password: options.password } : {}),
      ...(options.expirationDate ? { expirationDate: options.expirationDate } : {})
    }
    let list = this.links.get(roomId)
    if (!list) this.links.set(roomId, (list = []))
    list.push(link)
    return link
  }

  /** The room's primary external link, if it has one. */
  primaryLink(roomId: number): EmulatedLink | undefined {
    return this.links.get(roomId)?.find((l) => l.subjectType === 4)
  }

  /** The link a short URL (…/s/<key>) or bare key stands for. */
  linkByUrl(urlOrKey: string): EmulatedLink | undefined {
    const key = urlOrKey.replace(/^.*\/s\//, '')
    for (const list of this.links.values()) for (const l of list) if (l.key === key) return l
    return undefined
  }

  /**
   * What opening an external link gives (ExternalShare.ValidateRecordAsync,
   * products/ASC.Files/Core/Core/Security/ExternalShare.cs:98-132): no record → Invalid; expired → Expired;
   * internal and not signed in → ExternalAccessDenied; the room in the Archive (or gone) → Invalid (:124-127).
   */
  linkStatus(urlOrKey: string, signedIn = false): 'Ok' | 'Invalid' | 'Expired' | 'ExternalAccessDenied' {
    const link = this.linkByUrl(urlOrKey)
    const room = link && this.rooms.get(link.roomId)
    if (!link || !room) return 'Invalid'
    if (link.expirationDate && link.expirationDate.getTime() <= this.now().getTime()) return 'Expired'
    if (link.internal && !signedIn) return 'ExternalAccessDenied'
    if (room.archived) return 'Invalid'
    return 'Ok'
  }

  /** Whether an anonymous visitor gets into the room through this link. */
  linkWorks(urlOrKey: string): boolean {
    return this.linkStatus(urlOrKey) === 'Ok'
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
    this.shares.clear()
    this.links.clear()
    this.mails.length = 0
    this.relations.clear()
    this.formRoles.clear()
    this.maxGuests = Infinity
    this.allowInvitingGuests = true
    this.invitationLimit = Infinity
    for (const id of this.addedUsers) {
      this.people.delete(id)
      this.users.delete(id)
      this.admins.delete(id)
      this.userTypes.delete(id)
    }
    this.addedUsers.clear()
    this.nextRoomId = FIRST_ROOM_ID
    this.nextFileId = FIRST_FILE_ID
    this.uploadSessions.clear()
    this.trash.length = 0
    this.deletions.length = 0
    this.availableFileSize = 100 * MIB
    this.chunkUploadSize = 10 * MIB
    this.maxRequestBodyBytes = 100 * MIB
    this.maxFileSize = 1024 * 1024 * MIB
    this.uploadFilter = undefined
    this.storageRedirect = false
    this.overSendBytes = 0
    this.blobs.clear()
  }

  clearOperations(): void {
    for (const op of this.operations.values()) if (op.timer) clearTimeout(op.timer)
    this.operations.clear()
  }
}
