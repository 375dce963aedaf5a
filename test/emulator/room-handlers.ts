// Handlers for /files/rooms… : create, read, rename, tags, and the
// archive/unarchive/delete file operations.
// Sources: DocSpace-server at tag v3.7.2-server, paths relative to that repository:
//   VRC  products/ASC.Files/Server/Api/VirtualRoomsController.cs
//   FSS  products/ASC.Files/Core/Core/FileStorageService.cs
//   CTS  products/ASC.Files/Core/Core/VirtualRooms/CustomTagsService.cs
//   RLM  products/ASC.Files/Core/Core/VirtualRooms/RoomLogoManager.cs
//   CRD  products/ASC.Files/Server/ApiModels/RequestDto/CreateRoomRequestDto.cs
//   URD  products/ASC.Files/Core/ApiModels/RequestDto/UpdateRoomRequestDto.cs
import type { HandlerContext } from './context.js'
import { roomDto } from './dto.js'
import { initialOperationDto, startOperation, type RenderRoom } from './operations.js'
import {
  accessDenied,
  badArgument,
  emptyArgument,
  failure,
  invalidOperation,
  notFound,
  nullArgument,
  serverError,
  success,
  validation,
  type ApiResult
} from './results.js'
import {
  newLifetime,
  quotaRefusal,
  readSettings,
  saveLogo,
  storedQuota,
  type SettingsFields
} from './settings-handlers.js'
import type { EmulatedRoom, OperationKind } from './state.js'
import {
  addError,
  cleanTags,
  conversionError,
  dotnetTrim,
  field,
  isRoomType,
  MAX_TITLE,
  normalizeTitle,
  pascal,
  readObjectBody,
  readRoomTypeJson,
  requiredMembersMissing,
  type Errors
} from './validation.js'

/** FilesCommonResource ErrorMessage_SecurityException_EditRoom (FSS:1203-1208) */
const EDIT_ROOM_DENIED = "You don't have permission to edit the room"

/** `fromDao`: the answer's folder was read without its tags, so `pinned` is false (see roomDto). */
function roomResult(ctx: HandlerContext, room: EmulatedRoom, fromDao = false): ApiResult {
  return success(ctx.req, fromDao ? roomDto(ctx.dto, room, false) : roomDto(ctx.dto, room))
}

const FOLDER_NOT_FOUND = 'The required folder was not found'
/** FilesCommonResource ErrorMessage_SecurityException_ReadFolder (GetFolderAsync, FSS:178-185) */
const READ_FOLDER_DENIED = "You don't have enough permission to view the folder content"
/** FilesCommonResource ErrorMessage_SecurityException_Create (FSS:937-941) */
const CREATE_DENIED = "You don't have enough permission to create"

/** Cover ids: the icons under products/ASC.Files/Core/Covers/default, keyed by file name (RLM:342-416). */
export const ROOM_COVERS: ReadonlySet<string> = new Set([
  ...'anchor archive bell book_open bookmark calendar camera cart clipboard cloud comment_1 comment_2'.split(' '),
  'check mark',
  ...'dollar face_1 face_2 face_3 feather file_1 file_2 file_3 file_empty film flag folder gift hash'.split(' '),
  ...'headphones heart house human img label layers life_buoy lock_security loupe mail map medal'.split(' '),
  ...'package pen percent planet schedule share shield sliders star suitcase telephone truck'.split(' '),
  ...'umbrella video_camera watch zap'.split(' ')
])

type Check = (v: unknown) => string | undefined
const str: Check = (v) => (v === null || typeof v === 'string' ? undefined : 'System.String')
const bool: Check = (v) => (typeof v === 'boolean' ? undefined : 'System.Boolean')
const nullableBool: Check = (v) =>
  v === null || typeof v === 'boolean' ? undefined : 'System.Nullable`1[System.Boolean]'
const nullableLong: Check = (v) =>
  v === null || (typeof v === 'number' && Number.isInteger(v)) || (typeof v === 'string' && /^-?\d+$/.test(v))
    ? undefined
    : 'System.Nullable`1[System.Int64]'
const strings: Check = (v) =>
  v === null || (Array.isArray(v) && v.every((x) => x === null || typeof x === 'string'))
    ? undefined
    : 'System.Collections.Generic.IEnumerable`1[System.String]'
const roomType: Check = (v) =>
  readRoomTypeJson(v) === undefined ? 'ASC.Files.Core.ApiModels.RequestDto.RoomType' : undefined

/**
 * System.Text.Json reads the body in document order and stops at the first
 * value it cannot convert (one "$.name" error); names match case-insensitively.
 */
function firstConversionError(errors: Errors, body: Record<string, unknown>, checks: Record<string, Check>): boolean {
  for (const key of Object.keys(body)) {
    const check = checks[key.toLowerCase()]
    const type = check?.(body[key])
    if (type) {
      conversionError(errors, key, type)
      return true
    }
  }
  return false
}

/** [StringLength(max)] on the raw value (before any trimming). */
function maxLength(errors: Errors, body: Record<string, unknown>, name: string, max: number): void {
  const v = field(body, name)
  if (typeof v === 'string' && v.length > max) {
    addError(errors, pascal(name), `The field ${pascal(name)} must be a string with a maximum length of ${max}.`)
  }
}

const text = (v: unknown): string | null | undefined => (typeof v === 'string' ? v : v === null ? null : undefined)

function countActive(ctx: HandlerContext): number {
  let n = 0
  for (const r of ctx.state.rooms.values()) if (!r.archived) n++
  return n
}

/**
 * Missing names are created in the catalogue one by one, in request order,
 * before any is attached (FSS:1059-1080, 1385-1394; CTS:147-155);
 * CustomTagsService.CreateTagAsync lets only room admins and DocSpace admins
 * create (SecurityException → 403) and refuses null/"" (CTS:46-54).
 * With tagsMustExist (DocSpace 2.x) unknown names are skipped instead.
 */
function ensureTags(ctx: HandlerContext, names: readonly (string | null)[]): ApiResult | string[] {
  const { state } = ctx
  const out: string[] = []
  for (const name of names) {
    if (name !== null && state.tagCatalogue.has(name)) {
      if (!out.includes(name)) out.push(name)
      continue
    }
    if (state.tagsMustExist) continue
    const type = state.userType(ctx.dto.userId)
    if (type !== 'RoomAdmin' && type !== 'DocSpaceAdmin') return accessDenied()
    if (name === null) return nullArgument('name')
    if (name === '') return emptyArgument('name')
    state.tagCatalogue.add(name)
    out.push(name)
  }
  return out
}

const isResult = (r: ApiResult | string[]): r is ApiResult => !Array.isArray(r)

/**
 * POST /files/rooms (VRC:85-98). Order of failures: body binding and
 * validation attributes (400 ProblemDetails) → private room without `share`
 * (FSS:810-815) → room-count quota, 402 (FSS:613-615) → undefined roomType,
 * ArgumentOutOfRangeException (FSS:616 → DocSpaceHelper.cs:100-111) → title
 * trimmed and empty, ArgumentException (FSS:913-915) → may not create, 403
 * (FSS:937-941) → unknown cover, ArgumentException (FSS:1012 → RLM:357-364,
 * 477-490) → room saved (FSS:1035) → tags (FSS:1059-1080; a failure there
 * leaves the room created).
 */
export function createRoom(ctx: HandlerContext): ApiResult {
  const read = readObjectBody(ctx.rawBody)
  if (!read.ok) return validation(ctx.req, read.errors)
  const body = read.value
  const errors: Errors = {}

  const checks = {
    title: str,
    roomtype: roomType,
    tags: strings,
    color: str,
    cover: str,
    private: bool,
    indexing: nullableBool,
    denydownload: nullableBool,
    quota: nullableLong
  }
  if (firstConversionError(errors, body, checks)) return validation(ctx.req, errors)
  // C# `required` members (CRD:46, 109): absent → JsonException; JSON null counts as present.
  const missing = ['title', 'roomType'].filter((n) => field(body, n) === undefined)
  if (missing.length) {
    requiredMembersMissing(errors, 'ASC.Files.ApiModels.RequestDto.CreateRoomRequestDto', missing)
    return validation(ctx.req, errors)
  }
  maxLength(errors, body, 'title', MAX_TITLE) // CRD:45
  maxLength(errors, body, 'color', 6) // CRD:94; no format check (RLM:459-475)
  maxLength(errors, body, 'cover', 50) // CRD:101
  const settings = readSettings(errors, body)
  if (!settings || Object.keys(errors).length) return validation(ctx.req, errors)

  const rawTitle = text(field(body, 'title'))
  const type = readRoomTypeJson(field(body, 'roomType'))!
  const tags = field(body, 'tags') as (string | null)[] | null | undefined
  const color = text(field(body, 'color'))
  const cover = text(field(body, 'cover'))
  const share = field(body, 'share')

  // `share` matters only for private rooms, where it is mandatory (FSS:810-815).
  if (field(body, 'private') === true && (!Array.isArray(share) || share.length === 0)) return nullArgument('shares')

  // CountRoomChecker.CheckAppend: rooms in the Rooms folder + 1 > tariff limit → TenantQuotaException
  // (FSS:615; products/ASC.Files/Core/Core/CountRoomFeature.cs:37-55; common/ASC.Core.Common/Quota/ITenantQuotaFeatureChecker.cs:70-89).
  const { maxRooms } = ctx.state
  if (Number.isFinite(maxRooms) && countActive(ctx) + 1 > maxRooms) {
    return failure(402, `The number of rooms should not exceed ${maxRooms}`, 'ASC.Core.Tenants.TenantQuotaException')
  }
  if (!isRoomType(type)) {
    return badArgument(
      `Specified argument was out of the range of valid values. (Parameter 'roomType')\nActual value was ${type}.`,
      'System.ArgumentOutOfRangeException'
    )
  }
  if (rawTitle === null || rawTitle === undefined) return nullArgument('title')
  const title = dotnetTrim(rawTitle)
  if (title === '') return emptyArgument('title')
  if (!ctx.state.canCreateRoom(ctx.dto.userId)) return invalidOperation(CREATE_DENIED)
  const overQuota = quotaRefusal(ctx.state, settings.quota)
  if (overQuota) return overQuota
  if (cover && !ROOM_COVERS.has(cover))
    return badArgument("Value does not fall within the expected range. (Parameter 'icon')")

  const room = ctx.state.addRoom({ title: normalizeTitle(title), roomType: type, tags: [], createdBy: ctx.dto.userId })
  if (color) room.color = color
  if (cover) room.cover = cover
  applyCreateSettings(ctx, room, settings)
  // A logo that cannot be saved fails the request after the room was made (FSS:1052-1055).
  if (settings.logo) {
    const refused = saveLogo(ctx, room, settings.logo)
    if (refused) return refused
  }
  if (tags) {
    const ensured = ensureTags(ctx, tags)
    if (isResult(ensured)) return ensured
    room.tags = ensured
  }
  return roomResult(ctx, room)
}

/**
 * The settings a new room is saved with (FSS:967-1010): indexing and denyDownload when sent; the quota when sent,
 * where 0 leaves the column's database default, -2 (the sentinel of a `long` with HasDefaultValueSql("'-2'"),
 * products/ASC.Files/Core/Core/EF/DbRoomSettings.cs:119-121; EF Core behaviour, inference), as does no quota; a
 * lifetime as sent, even one with enabled:false (only an update clears it, FDao:1266-1276).
 */
function applyCreateSettings(ctx: HandlerContext, room: EmulatedRoom, settings: SettingsFields): void {
  if (typeof settings.indexing === 'boolean') room.indexing = settings.indexing
  if (typeof settings.denyDownload === 'boolean') room.denyDownload = settings.denyDownload
  if (typeof settings.quota === 'number' && settings.quota !== 0) room.quota = settings.quota
  if (settings.lifetime) room.lifetime = newLifetime(ctx.state, settings.lifetime)
}

/** GET /files/rooms/{id} (VRC:324-333 → FSS:167-185): missing → 404, not readable → 403. */
export function getRoom(ctx: HandlerContext, id: number): ApiResult {
  const room = ctx.state.rooms.get(id)
  if (!room) return notFound(FOLDER_NOT_FOUND)
  if (!ctx.state.canRead(ctx.dto.userId, room)) return invalidOperation(READ_FOLDER_DENIED)
  return roomResult(ctx, room)
}

/**
 * PUT /files/rooms/{id} (VRC:340-348 → FSS:1169-1444). Body required
 * (URD:138-139). Missing room → InvalidOperationException, 403 (FSS:1196-1200);
 * archived or no EditRoom right → 403 "You don't have permission to edit the
 * room" (FSS:1203-1208; the "You cannot edit archived rooms" branch at
 * FSS:1214-1215 is unreachable). The title is trimmed; empty/blank is ignored;
 * it counts as changed when it differs ordinally from the stored, normalised
 * title (FSS:1220-1223), so a title with invalid characters always "changes".
 * Any changed field → one update that normalises the title and bumps
 * `updated` (FSS:1236-1278; FolderDao.cs:1254-1256); an unknown cover fails
 * that update as a whole (FolderDao.cs:1288-1294 → RLM:357-364). `tags`
 * replaces the room's set ([] clears, omitted/null keeps; FSS:1380-1416) and
 * does not touch `updated`.
 */
export function updateRoom(ctx: HandlerContext, id: number): ApiResult {
  const read = readObjectBody(ctx.rawBody)
  if (!read.ok) return validation(ctx.req, read.errors)
  const body = read.value
  const errors: Errors = {}
  const checks = {
    title: str,
    tags: strings,
    color: str,
    cover: str,
    indexing: nullableBool,
    denydownload: nullableBool,
    quota: nullableLong
  }
  if (firstConversionError(errors, body, checks)) return validation(ctx.req, errors)
  maxLength(errors, body, 'title', MAX_TITLE) // URD:45
  maxLength(errors, body, 'color', 6) // URD:94
  maxLength(errors, body, 'cover', 50) // URD:101
  const settings = readSettings(errors, body)
  if (!settings || Object.keys(errors).length) return validation(ctx.req, errors)

  // Checked before the room is read, so an unknown id with too large a quota gets this 403 too (FSS:1172-1190).
  const overQuota = quotaRefusal(ctx.state, settings.quota)
  if (overQuota) return overQuota
  const room = ctx.state.rooms.get(id)
  if (!room) return invalidOperation(FOLDER_NOT_FOUND)
  if (!ctx.state.canEditRoom(ctx.dto.userId, room)) return invalidOperation(EDIT_ROOM_DENIED)

  const rawTitle = text(field(body, 'title'))
  const title = typeof rawTitle === 'string' ? dotnetTrim(rawTitle) : undefined
  const color = text(field(body, 'color'))
  const cover = text(field(body, 'cover'))
  const tags = field(body, 'tags') as (string | null)[] | null | undefined

  const titleChanged = !!title && title !== room.title
  // A room without an explicit colour still has the one the server picked (FSS:975).
  const colorChanged = typeof color === 'string' && (room.color ?? null) !== color
  const coverChanged = typeof cover === 'string' && (room.cover ?? null) !== cover
  if (coverChanged && cover !== '' && !ROOM_COVERS.has(cover)) {
    return badArgument("Value does not fall within the expected range. (Parameter 'icon')")
  }
  // FSS:1222-1234: a field counts as changed when sent and different; any lifetime sent counts.
  const quotaChanged = typeof settings.quota === 'number' && settings.quota !== room.quota
  const indexingChanged = typeof settings.indexing === 'boolean' && settings.indexing !== room.indexing
  const denyChanged = typeof settings.denyDownload === 'boolean' && settings.denyDownload !== room.denyDownload
  const lifetimeChanged = !!settings.lifetime
  if (
    titleChanged ||
    colorChanged ||
    coverChanged ||
    quotaChanged ||
    indexingChanged ||
    denyChanged ||
    lifetimeChanged
  ) {
    if (titleChanged) room.title = normalizeTitle(title)
    if (colorChanged) room.color = color === '' ? undefined : color
    if (coverChanged) room.cover = cover === '' ? undefined : cover
    if (quotaChanged) room.quota = storedQuota(settings.quota!)
    if (indexingChanged) room.indexing = settings.indexing!
    if (denyChanged) room.denyDownload = settings.denyDownload!
    // enabled:false clears the lifetime (FDao:1266-1276); StartDate is reset on every update (FSS:1261-1264).
    if (lifetimeChanged)
      room.lifetime = settings.lifetime!.enabled === false ? undefined : newLifetime(ctx.state, settings.lifetime!)
    ctx.state.touch(room, ctx.dto.userId)
  }
  // The logo is saved after the other settings (FSS:1375-1378).
  if (settings.logo) {
    const refused = saveLogo(ctx, room, settings.logo)
    if (refused) return refused
  }
  if (tags) {
    const ensured = tags.length ? ensureTags(ctx, tags) : []
    if (isResult(ensured)) return ensured
    room.tags = ensured
  }
  return roomResult(ctx, room, true)
}

/**
 * PUT rooms/{id}/archive, PUT rooms/{id}/unarchive (VRC:433-476) and
 * DELETE rooms/{id} (VRC:418-426). The body is required ([FromBody];
 * ArchiveRoomRequestDto.cs:64-65, DeleteRoomRequestDto.cs:63-64): `{}` works,
 * `deleteAfter` must be a JSON boolean (no AllowReadingFromString for bools).
 * Archive/unarchive first read the room (missing → 404, unreadable → 403),
 * then the Move permission check runs before the op is published
 * (FileOperationsManager.cs:456-458; SecurityException → 403 "Access denied").
 * Delete checks before publishing too (FileOperationsManager.cs:624-633):
 * missing → FileNotFoundException 404, no right → 403
 * (products/ASC.Files/Core/Services/WCFService/FileOperations/DeletePermissionsCheck.cs:126-142).
 */
export function roomOperation(ctx: HandlerContext, id: number, kind: OperationKind): ApiResult {
  const read = readObjectBody(ctx.rawBody)
  if (!read.ok) return validation(ctx.req, read.errors)
  const errors: Errors = {}
  if (firstConversionError(errors, read.value, { deleteafter: bool })) return validation(ctx.req, errors)
  const deleteAfter = field(read.value, 'deleteAfter') === true

  const { state } = ctx
  const userId = ctx.dto.userId
  const room = state.rooms.get(id)
  if (kind === 'delete') {
    if (!room) return notFound(FOLDER_NOT_FOUND, 'System.IO.FileNotFoundException')
    if (!state.canDelete(userId, room)) return accessDenied()
  } else {
    if (!room) return notFound(FOLDER_NOT_FOUND)
    if (!state.canRead(userId, room)) return invalidOperation(READ_FOLDER_DENIED)
    if (!state.canMove(userId, room)) return accessDenied()
  }

  const fault = ctx.takeOperationFault()
  const op = startOperation(state, {
    userId,
    kind,
    roomId: room.id,
    roomTitle: room.title,
    deleteAfter,
    ...(fault ? { fault: { kind: fault.kind, ...(fault.kind === 'op-error' ? { message: fault.message } : {}) } } : {})
  })
  const dto = initialOperationDto(state, op, renderRoom(ctx))
  // The op already finished and was dequeued unlisted: GetAsync(null) → NullReferenceException.
  if (!dto) return serverError('Object reference not set to an instance of an object.', 'System.NullReferenceException')
  return success(ctx.req, dto)
}

export function renderRoom(ctx: HandlerContext): RenderRoom {
  return (roomId) => {
    const room = ctx.state.rooms.get(roomId)
    return room ? roomDto(ctx.dto, room) : undefined
  }
}

/**
 * PUT/DELETE rooms/{id}/tags (VRC:684-712 → CTS:131-203). `names` is
 * [Required] (BatchTagsRequestDto.cs:45-46); DELETE refuses null names in the
 * controller. Missing room → ItemNotFoundException() "The record could not be
 * found"; room in the Archive, or neither DocSpace admin nor EditRoom →
 * SecurityException → 403 "Access denied". Adding is additive and creates
 * unknown names; [] changes nothing.
 */
export function changeRoomTags(ctx: HandlerContext, id: number, add: boolean): ApiResult {
  const read = readObjectBody(ctx.rawBody)
  if (!read.ok) return validation(ctx.req, read.errors)
  const errors: Errors = {}
  if (firstConversionError(errors, read.value, { names: strings })) return validation(ctx.req, errors)
  const names = field(read.value, 'names') as (string | null)[] | null | undefined
  if (!names) {
    addError(errors, 'Names', 'The Names field is required.')
    return validation(ctx.req, errors)
  }
  if (!add && names.includes(null)) return nullArgument('Names') // VRC:705-708

  const { state } = ctx
  const room = state.rooms.get(id)
  if (!room) return notFound('The record could not be found')
  const userId = ctx.dto.userId
  if (room.archived || (!state.admins.has(userId) && !state.canEditRoom(userId, room))) return accessDenied()
  if (names.length === 0) return roomResult(ctx, room, true)

  if (add) {
    const ensured = ensureTags(ctx, cleanTags(names))
    if (isResult(ensured)) return ensured
    for (const name of ensured) if (!room.tags.includes(name)) room.tags.push(name)
  } else {
    const drop = new Set(names)
    room.tags = room.tags.filter((t) => !drop.has(t))
  }
  return roomResult(ctx, room, true)
}
