// Serialisation of state into DocSpace-shaped JSON (FolderDto, FileDto,
// FolderContentDto root folders) and the ApiDateTime string format. Each DTO
// object is tagged with its .NET type for the `fields=` projector (fields.ts);
// the tags do not change the JSON. Sources: DocSpace-server at v3.7.2-server.
import { tag, type NetClass, type NetDictionary } from './fields.js'
import { fileExtension, filesSizeToString, fileType } from './names.js'
import type { EmulatedFile, EmulatedFolder, EmulatedRoom, EmulatorState, RoomTypeValue } from './state.js'
import { countFiles, countFolders, recordedLength, usedSpace, type Container } from './tree.js'

export const ROOMS_FOLDER_ID = 1
export const ARCHIVE_FOLDER_ID = 2
export const FOLDER_TYPE_ROOMS = 14
export const FOLDER_TYPE_ARCHIVE = 20

/** RoomType -> FolderType of the room folder itself (products/ASC.Files/Core/Helpers/DocSpaceHelper.cs:100-111;
 * numbers from products/ASC.Files/Core/Core/Entries/Folder.cs:79-116: VirtualDataRoom 29, AiRoom 31). Rooms do
 * not send it: FolderDto.Type is set only for form-filling system folders, Knowledge and ResultStorage
 * (products/ASC.Files/Core/ApiModels/ResponseDto/FolderDto.cs:400-411). */
export const ROOM_FOLDER_TYPE: Record<RoomTypeValue, number> = { 1: 15, 2: 16, 5: 19, 6: 22, 8: 29, 9: 31 }

// .NET types of the DTOs, as the projector needs them.

/** IDictionary<FilesSecurityActions, bool> `security` (products/ASC.Files/Core/ApiModels/ResponseDto/FileEntryDto.cs:269). */
const DICTIONARY: NetDictionary = { kind: 'dictionary' }

/** EmployeeDto (common/ASC.Api.Core/Model/EmployeeDto.cs:41-122). Its static `Default` (:109-122) is
 * [JsonIgnore]d, but GetProperties() lists static properties too, and each read returns a new EmployeeDto. */
export const EMPLOYEE_DTO: NetClass = {
  kind: 'class',
  name: 'EmployeeDto',
  hidden: () => ({ default: defaultEmployee() })
}

/** OriginId/OriginRoomId are [JsonIgnore(Condition = WhenWritingDefault)] (FileEntryDto.cs:231-239): 0 for an
 * entry never moved, so not sent, yet listed by GetProperties() and non-null. */
const originDefaults = (): Record<string, unknown> => ({ originId: 0, originRoomId: 0 })

/** FolderDto<int> (FolderDto.cs:39-240 on FileEntryDto<T>, FileEntryDto.cs:213-309, and FileEntryBaseDto, :52-207). */
export const FOLDER_DTO: NetClass = { kind: 'class', name: 'FolderDto<int>', hidden: originDefaults }

/** FileDto<int> (products/ASC.Files/Core/ApiModels/ResponseDto/FileDto.cs:41-273). */
export const FILE_DTO: NetClass = { kind: 'class', name: 'FileDto<int>', hidden: originDefaults }

/** Logo (products/ASC.Files/Core/Core/VirtualRooms/Logo.cs:39-81). */
const LOGO: NetClass = { kind: 'class', name: 'Logo' }

/** FileOperationDto (products/ASC.Files/Core/ApiModels/ResponseDto/FileOperationDto.cs:39-102): OperationType is
 * sent as `Operation` ([JsonPropertyName], :51-52), which the projector does not read. */
export const FILE_OPERATION_DTO: NetClass = {
  kind: 'class',
  name: 'FileOperationDto',
  propertyNames: { Operation: 'operationType' }
}

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

/** The offset part of ApiDateTime.ToRoundTripString (common/ASC.Api.Core/Core/ApiDateTime.cs:164-172): `Z` when
 * the offset is zero (`offset.Ticks == 0`), else the sign and `hh:mm`. */
function formatOffset(minutes: number): string {
  if (minutes === 0) return 'Z'
  const abs = Math.abs(minutes)
  const hh = String(Math.floor(abs / 60)).padStart(2, '0')
  const mm = String(abs % 60).padStart(2, '0')
  return `${minutes < 0 ? '-' : '+'}${hh}:${mm}`
}

// Formatting runs for every room in every page, so the offset is parsed once per offset string.
const offsetCache = new Map<string, { minutes: number; text: string }>()

/** ApiDateTime (ApiDateTime.cs:164-172, 328-337): portal-local wall time, 7 fractional digits, then `Z` for a
 * zero offset or `±hh:mm`. */
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

// Default photos (web/ASC.Web.Core/Users/UserPhotoManager.cs:289-293) under the portal's `web:images` path
// (web/ASC.Web.Core/Utility/Skins/WebImageSupplier.cs:39). That setting lives in the deployment's config, not
// in the server source; `/static/images` is an assumption.
const IMAGES = '/static/images'

/** EmployeeDto as EmployeeDtoHelper.InitAsync fills it for a user without a photo (EmployeeDto.cs:171-198):
 * every photo URL gets `?hash=` + a hash of the user's last change. */
export function employee(ctx: DtoContext, userId: string): Record<string, unknown> {
  let h = 0
  for (const ch of userId) h = (h * 31 + ch.charCodeAt(0)) | 0
  const hash = `?hash=${Math.abs(h)}`
  return tag(
    {
      id: userId,
      displayName: ctx.state.displayName(userId),
      avatar: `${IMAGES}/default_user_photo_size_82-82.png${hash}`,
      avatarOriginal: `${IMAGES}/default_user_photo_size_200-200.png${hash}`,
      avatarMax: `${IMAGES}/default_user_photo_size_200-200.png${hash}`,
      avatarMedium: `${IMAGES}/default_user_photo_size_48-48.png${hash}`,
      avatarSmall: `${IMAGES}/default_user_photo_size_32-32.png${hash}`,
      profileUrl: `${ctx.portalUrl}/accounts/people/filter?search=${encodeURIComponent(userId)}`,
      hasAvatar: false,
      isAnonim: false
    },
    EMPLOYEE_DTO
  )
}

/** `EmployeeDto.Default` (EmployeeDto.cs:109-122); IsAnonim keeps its default, false. */
function defaultEmployee(): Record<string, unknown> {
  return tag(
    {
      id: '00000000-0000-0000-0000-000000000000',
      displayName: '',
      avatar: '',
      avatarOriginal: '',
      avatarMax: '',
      avatarMedium: '',
      avatarSmall: '',
      profileUrl: '',
      hasAvatar: false,
      isAnonim: false
    },
    EMPLOYEE_DTO
  )
}

/**
 * The `security` map of a room: FileSecurity.SetSecurity asks FilterEntryAsync for every FilesSecurityActions
 * value listed for folders (FSec:300-324, in enum order, FSec:966, 3618-3760), and FolderDto adds UpdateXlsx and
 * AnalyzeResponses, false except for a form-filling "done" folder (FolderDto.cs:571-598). FSec below is
 * products/ASC.Files/Core/Core/Security/FileSecurity.cs. The emulator has no share records: a reader is the
 * owner (HasFullAccessAsync, FSec:3520-3530) or a DocSpace admin, who counts as the room's manager (state.ts),
 * so the RoomManager-or-owner rights are the state's canEditRoom; rooms have no third-party provider here. The
 * indexing and deny-download settings are stored and returned, but the rights they change (IndexExport,
 * FSec:1237-1240; Download, Copy and Duplicate, FSec:1524-1550, 2323-2344) are not modelled: the map is that of a
 * room with both off.
 */
function roomSecurity(ctx: DtoContext, room: EmulatedRoom): Record<string, boolean> {
  const { state, userId } = ctx
  const read = state.canRead(userId, room)
  // RoomManager or owner, outside the Archive (FSec:1752-1764 refuses all but Read, Delete, ReadHistory, Copy,
  // Move, Download, ReadLinks, IndexExport there).
  const manage = state.canEditRoom(userId, room)
  const active = !room.archived
  // AI rooms refuse Create, Copy, CopyTo, Move, MoveTo and Duplicate (FSec:1131-1141) and alone allow UseChat
  // (FSec:1156-1159, 2407-2419).
  const ai = room.roomType === 9
  return {
    Read: read,
    Create: manage && !ai,
    // owner in Rooms; owner or DocSpace admin in the Archive (FSec:1559-1566, 1802-1805, 2029-2045)
    Delete: state.canDelete(userId, room),
    EditRoom: manage, // FSec:2097-2111
    Rename: manage, // FSec:2112-2127
    CopyTo: manage && !ai, // FSec:2201-2217
    // any access but Read/None, or a readable room without deny-download; the admin shortcut (FSec:1547-1550,
    // 1797-1800, 2218-2246)
    Copy: read && !ai,
    MoveTo: manage && !ai, // FSec:2201-2217
    // the admin shortcut or the owner; room managers cannot move a room (FSec:1559-1566, 1802-1805, 2286-2312)
    Move: state.canMove(userId, room) && !ai,
    // any access but Restrict, not in the Archive (FSec:1559-1566, 1895-1906)
    Pin: read && active,
    // as Pin, unless the user turned every general notification off (FSec:1357-1360, 3550-3562)
    Mute: read && active,
    EditAccess: manage, // FSec:2270-2285
    // owner or RoomManager; the DocSpace admin for a room without deny-download (FSec:1547-1550, 2249-2267)
    Duplicate: manage && !ai,
    Download: read, // no deny-download (FSec:1524-1545, 1774-1795, 2323-2344)
    CopySharedLink: manage, // owner, or RoomManager (FSec:1555, 2345-2359)
    Reconnect: false, // third-party rooms only (FSec:1257-1260)
    CreateRoomFrom: false, // folders in My documents only (FSec:1262-1265)
    CopyLink: read && active, // FSec:1895-1906
    // a fully shared room in Rooms (FSec:1267-1283, 2361-2375): Shared = it has an external link (Folder.cs:375;
    // FileEntry.cs:136). Public and form-filling rooms get a primary one when created (FileStorageService.cs:843-853),
    // custom rooms on GET rooms/{id}/link (sharing.ts).
    Embed: manage && (ctx.state.links.get(room.id) ?? []).some((l) => l.subjectType === 1 || l.subjectType === 4),
    // the admin shortcut or the owner, not in the Archive (FSec:1559-1566, 1752-1764)
    ChangeOwner: manage,
    IndexExport: false, // only rooms with indexing on (FSec:1237-1240); not modelled
    UseChat: ai && manage,
    UpdateXlsx: false, // FolderDto.cs:594-597
    AnalyzeResponses: false
  }
}

/**
 * `pinned` is the caller's Pin tag only where the room was read with its tags, GET rooms/{id} (FileStorageService.cs:
 * 196) and listings (FileSecurity.cs:2888); answers that read the folder from the DAO (update, tags, logo) carry
 * Folder.Pinned's default, false, and pin/unpin the value just set (FileStorageService.cs:4583).
 */
export function roomDto(
  ctx: DtoContext,
  room: EmulatedRoom,
  pinned = ctx.state.isPinned(ctx.userId, room.id)
): Record<string, unknown> {
  const offset = ctx.state.timeZoneOffset
  const root = room.archived ? ARCHIVE_FOLDER_ID : ROOMS_FOLDER_ID
  const editable = !room.archived
  // A room's FolderDto<int> carries no `type` (FolderDto.cs:400-411); its kind is `roomType`.
  // filesCount/foldersCount count every file and folder below (tree.ts countFiles).
  const dto = {
    parentId: root,
    filesCount: countFiles(room),
    foldersCount: countFolders(room),
    new: 0,
    mute: false,
    tags: [...room.tags],
    logo: logoDto(ctx, room),
    // Folder.Pinned (FolderDto.cs:656): the caller's own Pin tag (FileStorageService.cs:196), per user.
    pinned,
    roomType: room.roomType,
    private: false,
    indexing: room.indexing,
    denyDownload: room.denyDownload,
    // null properties are not written (WhenWritingNull, DynamicIgnoreResolver.cs:177): no lifetime, no field.
    ...(room.lifetime ? { lifetime: lifetimeDto(room) } : {}),
    inRoom: true,
    ...quotaFields(ctx, room),
    // Folder.Counter (FolderDto.cs:341): every stored version's size (tree.ts usedSpace)
    usedSpace: usedSpace(room),
    id: room.id,
    rootFolderId: root,
    canShare: editable,
    security: tag(roomSecurity(ctx, room), DICTIONARY),
    title: room.title,
    shortWebUrl: `${ctx.portalUrl}/s/r${room.id.toString(36)}`,
    created: formatApiDate(room.created, offset),
    createdBy: employee(ctx, room.createdBy),
    updated: formatApiDate(room.updated, offset),
    rootFolderType: room.archived ? FOLDER_TYPE_ARCHIVE : FOLDER_TYPE_ROOMS,
    updatedBy: employee(ctx, room.updatedBy ?? room.createdBy),
    fileEntryType: 1
  }
  return tag(dto, FOLDER_DTO)
}

/**
 * RoomLogoManager.GetLogoAsync (RoomLogoManager.cs:228-272). Without an image: empty paths, the room's SettingsColor
 * (a room without one gets a random colour, saved, :232-237, which logoColor stands in for) and the cover when set.
 * With one: the four sizes' store paths `<id>_<size>.png` (:60, 610-614) with `?hash=` of ModifiedOn, and no colour.
 */
function logoDto(ctx: DtoContext, room: EmulatedRoom): Record<string, unknown> {
  if (room.logo) {
    const hash = `?hash=${Math.abs(room.logo.savedAt.getTime() | 0)}`
    const path = (size: string) => `${ctx.portalUrl}/storage/room_logos/root/${room.id}_${size}.png${hash}`
    return tag({ original: path('original'), large: path('large'), medium: path('medium'), small: path('small') }, LOGO)
  }
  return tag(
    {
      original: '',
      large: '',
      medium: '',
      small: '',
      color: room.color ?? logoColor(room.id),
      ...(room.cover ? { cover: { id: room.cover, data: `<svg><!-- ${room.cover} --></svg>` } } : {})
    },
    LOGO
  )
}

/** RoomDataLifetimeDto (products/ASC.Files/Core/ApiModels/RoomDataLifetimeDto.cs:31-58): no StartDate. */
function lifetimeDto(room: EmulatedRoom): Record<string, unknown> {
  const l = room.lifetime!
  return {
    deletePermanently: l.deletePermanently,
    period: l.period,
    ...(l.value === null ? {} : { value: l.value }),
    ...(l.enabled === null ? {} : { enabled: l.enabled })
  }
}

/**
 * FolderDto.cs:335-351: with the room-quota setting on (TenantRoomQuotaSettings.EnableQuota) and the room outside the
 * Archive, `isCustomQuota` = SettingsQuota > -2 and `quotaLimit` = that quota, or the portal's default for rooms at -2.
 * Sent to users who may edit the room (or create in it); the emulator's readers who may not edit it get neither.
 */
function quotaFields(ctx: DtoContext, room: EmulatedRoom): Record<string, unknown> {
  const { roomQuota } = ctx.state
  if (!roomQuota.enabled || room.archived || !ctx.state.canEditRoom(ctx.userId, room)) return {}
  return {
    quotaLimit: room.quota > -2 ? room.quota : roomQuota.defaultQuota,
    isCustomQuota: room.quota > -2
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
  const dto = {
    parentId: 0,
    filesCount: 0,
    foldersCount,
    new: 0,
    mute: false,
    pinned: false,
    private: false,
    id,
    rootFolderId: id,
    security: tag({ Read: true, Create: !archive }, DICTIONARY),
    title: archive ? 'Archive' : 'Rooms',
    created: epoch,
    createdBy: employee(ctx, ctx.state.adminUserId),
    updated: epoch,
    rootFolderType: archive ? FOLDER_TYPE_ARCHIVE : FOLDER_TYPE_ROOMS,
    updatedBy: employee(ctx, ctx.state.adminUserId),
    fileEntryType: 1
  }
  return tag(dto, FOLDER_DTO)
}

/** FolderType.TRASH (products/ASC.Files/Core/Core/Entries/Folder.cs:41-129) */
export const FOLDER_TYPE_TRASH = 3

/** Where an entry sits for its DTO: the room it belongs to, its direct parent, whether it is in the Trash. */
export interface EntryPlace {
  room: EmulatedRoom
  parent: Container
  trashed?: boolean
}

function rootOf(place: EntryPlace): { rootFolderId: number; rootFolderType: number } {
  if (place.trashed) return { rootFolderId: TRASH_FOLDER_ID, rootFolderType: FOLDER_TYPE_TRASH }
  return place.room.archived
    ? { rootFolderId: ARCHIVE_FOLDER_ID, rootFolderType: FOLDER_TYPE_ARCHIVE }
    : { rootFolderId: ROOMS_FOLDER_ID, rootFolderType: FOLDER_TYPE_ROOMS }
}

/** The id the emulator gives every user's Trash folder (a per-user folder in DocSpace, FolderDao.GetFolderIDTrashAsync). */
export const TRASH_FOLDER_ID = 3

/**
 * FileDto<int> as FileDtoHelper.GetFileWrapperAsync fills it (products/ASC.Files/Core/ApiModels/ResponseDto/
 * FileDto.cs:461-500, URLs :736-745; "FDto" below), members in the order of the class (FDto:41-273) before those
 * of FileEntryDto:
 * - folderId = the direct parent (FDto:481); fileExst lower-case with the dot, '' for none (FDto:482,
 *   FileUtility.GetFileExtension); fileType by extension (FDto:483).
 * - version, versionGroup (FDto:484-485); contentLength = FilesSizeToString (FDto:486, "1.5 KB");
 *   pureContentLength = ContentLength.NullIfDefault() (FDto:490): a 0-byte file has null, and nulls are not
 *   written (DynamicIgnoreResolver.cs:177), so the member is absent.
 * - fileStatus (FDto:487): IsEditing = 1 while the file is open in the editor (File.cs:51-54).
 * - comment = the current version's comment (FDto:491), absent when null.
 * - viewUrl = absolute `/filehandler.ashx?action=download&fileid=ID`, without version (FDto:736;
 *   FilesLinkUtility.cs:380-392); webUrl = the preview/editor URL `/doceditor?fileid=ID&version=N`
 *   (FDto:737, FilesLinkUtility.cs:398-404; for image/media and non-web-viewable files DocSpace gives other
 *   URLs, which the emulator does not model).
 * The `security` map is a subset of FilesSecurityActions; the many other FileDto members (thumbnails, forms,
 * availableShareRights, viewAccessibility…) are not modelled.
 */
export function fileDto(
  ctx: DtoContext,
  room: EmulatedRoom,
  file: EmulatedFile,
  place: EntryPlace = { room, parent: room }
): Record<string, unknown> {
  const offset = ctx.state.timeZoneOffset
  const bytes = recordedLength(file)
  const created = file.created ?? room.created
  const author = file.createdBy ?? room.createdBy
  const version = file.version ?? 1
  const { state, userId } = ctx
  const live = !place.trashed && !room.archived
  const dto = {
    folderId: place.parent.id,
    version,
    versionGroup: file.versionGroup ?? version,
    contentLength: filesSizeToString(bytes),
    ...(bytes !== 0 ? { pureContentLength: bytes } : {}),
    fileStatus: file.editing ? 1 : 0,
    mute: false,
    viewUrl: `${ctx.portalUrl}/filehandler.ashx?action=download&fileid=${file.id}`,
    webUrl: `${ctx.portalUrl}/doceditor?fileid=${file.id}&version=${version}`,
    fileType: fileType(file.title),
    fileExst: fileExtension(file.title),
    ...(file.comment !== undefined && file.comment !== null ? { comment: file.comment } : {}),
    id: file.id,
    rootFolderId: rootOf(place).rootFolderId,
    security: tag(
      {
        Read: state.canRead(userId, room),
        Edit: live && state.canEditFile(userId, room),
        Delete: live && state.canDeleteEntry(userId, room, author),
        Download: state.canDownload(userId, room),
        ReadHistory: state.canRead(userId, room),
        EditHistory: live && state.canEditFile(userId, room)
      },
      DICTIONARY
    ),
    title: file.title,
    created: formatApiDate(created, offset),
    createdBy: employee(ctx, author),
    // FileEntryDto.Updated is never before Created (FileEntryDto.cs:125-129)
    updated: formatApiDate(file.updated && file.updated > created ? file.updated : created, offset),
    rootFolderType: rootOf(place).rootFolderType,
    updatedBy: employee(ctx, file.updatedBy ?? author),
    fileEntryType: 2
  }
  return tag(dto, FILE_DTO)
}

/**
 * FolderDto<int> of a folder inside a room (FolderDtoHelper.GetAsync, products/ASC.Files/Core/ApiModels/ResponseDto/
 * FolderDto.cs:274-…): parentId = the direct parent (:283); no room members (tags, logo, roomType: rooms only,
 * :290-355); `type` is sent only for form-filling system folders and Knowledge/ResultStorage (:400-411), so a
 * DEFAULT folder has none. filesCount/foldersCount count everything below (tree.ts).
 */
export function folderDto(ctx: DtoContext, folder: EmulatedFolder, place: EntryPlace): Record<string, unknown> {
  const offset = ctx.state.timeZoneOffset
  const { state, userId } = ctx
  const room = place.room
  const live = !place.trashed && !room.archived
  const dto = {
    parentId: place.parent.id,
    filesCount: countFiles(folder),
    foldersCount: countFolders(folder),
    new: 0,
    mute: false,
    pinned: false,
    private: false,
    id: folder.id,
    rootFolderId: rootOf(place).rootFolderId,
    canShare: false,
    security: tag(
      {
        Read: state.canRead(userId, room),
        Create: live && state.canCreateIn(userId, room),
        Delete: live && state.canDeleteEntry(userId, room, folder.createdBy),
        Download: state.canDownload(userId, room)
      },
      DICTIONARY
    ),
    title: folder.title,
    created: formatApiDate(folder.created, offset),
    createdBy: employee(ctx, folder.createdBy),
    updated: formatApiDate(folder.updated > folder.created ? folder.updated : folder.created, offset),
    rootFolderType: rootOf(place).rootFolderType,
    updatedBy: employee(ctx, folder.updatedBy ?? folder.createdBy),
    fileEntryType: 1
  }
  return tag(dto, FOLDER_DTO)
}
