// Room settings DocSpace stores with a room (quota, indexing, deny-download, lifetime, logo), pins, and the logo
// upload. Sources: DocSpace-server at tag v3.7.2-server, paths relative to that repository:
//   VRC  products/ASC.Files/Server/Api/VirtualRoomsController.cs
//   FSS  products/ASC.Files/Core/Core/FileStorageService.cs
//   FDao products/ASC.Files/Core/Core/Dao/TeamlabDao/FolderDao.cs
//   RLM  products/ASC.Files/Core/Core/VirtualRooms/RoomLogoManager.cs
//   LRD  products/ASC.Files/Core/ApiModels/RequestDto/LogoRequestDto.cs
//   RDL  products/ASC.Files/Core/ApiModels/RoomDataLifetimeDto.cs
//   UPTM web/ASC.Web.Core/Users/UserPhotoThumbnailManager.cs
import { randomUUID } from 'node:crypto'
import type { HandlerContext } from './context.js'
import { roomDto } from './dto.js'
import { fitLogo, readImageHeader } from './images.js'
import { parseMultipart } from './multipart.js'
import { accessDenied, invalidOperation, notFound, success, validation, type ApiResult } from './results.js'
import type { EmulatedRoom, EmulatorState, RoomLifetime } from './state.js'
import { addError, conversionError, field, readObjectBody, type Errors } from './validation.js'

/** Resource.RoomQuotaGreaterPortalError (web/ASC.Web.Core/PublicResources/Resource.resx:1126) */
export const QUOTA_GREATER_THAN_PORTAL =
  'Failed to set quota per room. The entered value is greater than the total DocSpace storage.'
/** FilesCommonResource.ErrorrMessage_PinRoom (products/ASC.Files/Core/Resources/FilesCommonResource.resx:427) */
export const PIN_REFUSED = "You can't pin a room"
const EDIT_ROOM_DENIED = "You don't have permission to edit the room"

/** The settings of a create or update body, bound and validated as MVC does it. */
export interface SettingsFields {
  quota?: number | null
  indexing?: boolean | null
  denyDownload?: boolean | null
  /** undefined = not sent; null = sent as null (no change) */
  lifetime?: Omit<RoomLifetime, 'startDate'> | null
  logo?: { tmpFile: string; x: number; y: number; width: number; height: number } | null
}

const isInt = (v: unknown): boolean =>
  (typeof v === 'number' && Number.isInteger(v)) || (typeof v === 'string' && /^-?\d+$/.test(v))

/**
 * `lifetime` (RoomDataLifetimeDto, RDL:31-52: period [EnumDataType], value [Range(1, 999)]) and `logo`
 * (LogoRequest, LRD:39-75: tmpFile [Required], x/y [Range(0, 1280)], width/height [Range(1, 1280)]). MVC validates
 * nested objects of a [FromBody] model under their property path ("Lifetime.Value"). A value of the wrong JSON type
 * is a conversion error of the whole body, as for the top-level fields.
 */
export function readSettings(errors: Errors, body: Record<string, unknown>): SettingsFields | undefined {
  const out: SettingsFields = {}
  const quota = field(body, 'quota')
  if (quota !== undefined) out.quota = quota === null ? null : Number(quota)
  for (const name of ['indexing', 'denyDownload'] as const) {
    const v = field(body, name)
    if (v !== undefined) out[name] = v as boolean | null
  }
  const lifetime = field(body, 'lifetime')
  if (lifetime === null) out.lifetime = null
  else if (lifetime !== undefined) {
    if (typeof lifetime !== 'object' || Array.isArray(lifetime)) {
      conversionError(errors, 'lifetime', 'ASC.Files.Core.ApiModels.RoomDataLifetimeDto')
      return undefined
    }
    const l = lifetime as Record<string, unknown>
    const deletePermanently = field(l, 'deletePermanently') ?? false
    const period = field(l, 'period') ?? 0
    const value = field(l, 'value') ?? null
    const enabled = field(l, 'enabled') ?? null
    if (typeof deletePermanently !== 'boolean') conversionError(errors, 'lifetime.deletePermanently', 'System.Boolean')
    else if (!isInt(period))
      conversionError(errors, 'lifetime.period', 'ASC.Files.Core.VirtualRooms.RoomDataLifetimePeriod')
    else if (value !== null && !isInt(value))
      conversionError(errors, 'lifetime.value', 'System.Nullable`1[System.Int32]')
    else if (enabled !== null && typeof enabled !== 'boolean')
      conversionError(errors, 'lifetime.enabled', 'System.Nullable`1[System.Boolean]')
    if (Object.keys(errors).length) return undefined
    if (![0, 1, 2].includes(Number(period))) addError(errors, 'Lifetime.Period', 'The field Period is invalid.')
    if (value !== null && (Number(value) < 1 || Number(value) > 999)) {
      addError(errors, 'Lifetime.Value', 'The field Value must be between 1 and 999.')
    }
    out.lifetime = {
      deletePermanently: deletePermanently as boolean,
      period: Number(period),
      value: value === null ? null : Number(value),
      enabled: enabled as boolean | null
    }
  }
  const logo = field(body, 'logo')
  if (logo === null) out.logo = null
  else if (logo !== undefined) {
    if (typeof logo !== 'object' || Array.isArray(logo)) {
      conversionError(errors, 'logo', 'ASC.Files.Core.ApiModels.RequestDto.LogoRequest')
      return undefined
    }
    const l = logo as Record<string, unknown>
    const tmpFile = field(l, 'tmpFile')
    if (tmpFile === undefined || tmpFile === null || tmpFile === '') {
      addError(errors, 'Logo.TmpFile', 'The TmpFile field is required.')
    } else if (typeof tmpFile !== 'string') {
      conversionError(errors, 'logo.tmpFile', 'System.String')
      return undefined
    }
    const box: Record<string, number> = {}
    for (const [name, min] of [
      ['x', 0],
      ['y', 0],
      ['width', 1],
      ['height', 1]
    ] as const) {
      const v = field(l, name) ?? 0
      if (!isInt(v)) {
        conversionError(errors, `logo.${name}`, name.length === 1 ? 'System.Int32' : 'System.UInt32')
        return undefined
      }
      const n = Number(v)
      const Name = name[0]!.toUpperCase() + name.slice(1)
      if (n < min || n > 1280) addError(errors, `Logo.${Name}`, `The field ${Name} must be between ${min} and 1280.`)
      box[name] = n
    }
    out.logo = { tmpFile: tmpFile as string, x: box.x!, y: box.y!, width: box.width!, height: box.height! }
  }
  return out
}

/** A quota above the tenant's MaxTotalSize → InvalidOperationException, 403 (FSS:960-966 create, :1172-1178 update). */
export function quotaRefusal(state: EmulatorState, quota: number | null | undefined): ApiResult | undefined {
  if (quota === null || quota === undefined) return undefined
  return state.portalQuotaBytes < quota ? invalidOperation(QUOTA_GREATER_THAN_PORTAL) : undefined
}

/** What the database keeps of a quota: -1 and up as sent, anything lower as -2, the portal default (FDao:1249-1252). */
export const storedQuota = (quota: number): number => (quota >= -1 ? quota : -2)

/** RoomDataLifetimeDto.Map with StartDate set to now (VRC:90-91 create, FSS:1261-1264 update). */
export function newLifetime(state: EmulatorState, l: Omit<RoomLifetime, 'startDate'>): RoomLifetime {
  return { ...l, startDate: state.now() }
}

/**
 * RoomLogoManager.SaveLogo (RLM:117-136): the temporary file is looked up by its name only (Path.GetFileName); a
 * name whose user part is not the caller's → SecurityException, 403 "Access denied" (GetTempAsync, RLM:616-634);
 * a file not in the store → FileNotFoundException "File not found", 404 (common/ASC.Data.Storage/DiscStorage/
 * DiscDataStore.cs:105-119). The temporary file is removed afterwards (RLM:123, 500-513).
 */
export function saveLogo(
  ctx: HandlerContext,
  room: EmulatedRoom,
  logo: NonNullable<SettingsFields['logo']>
): ApiResult | undefined {
  const name = logo.tmpFile.split(/[\\/]/).at(-1)!
  const owner = name.replace(/\.[^.]*$/, '').split('_')[1]
  if (owner !== ctx.dto.userId) return accessDenied()
  const temp = ctx.state.tempLogos.get(name)
  if (!temp) return notFound('File not found', 'System.IO.FileNotFoundException')
  ctx.state.tempLogos.delete(name)
  room.logo = {
    tmpFile: name,
    width: temp.width,
    height: temp.height,
    crop: { x: logo.x, y: logo.y, width: logo.width, height: logo.height },
    savedAt: ctx.state.now()
  }
  return undefined
}

/**
 * POST /files/logos (VRC:1049-1081): only DocSpace admins and room admins (SecurityException → 403 before the
 * try); then every failure is HTTP 200 with `{success: false, message}`. The first file of the form is taken; none
 * → success false without a message. RoomLogoManager.SaveTempAsync (RLM:283-319): larger than `web:max-upload-size`
 * → "The maximum file size is exceeded (1 MB)." (web/ASC.Web.Core/FileSizeComment.cs:39-44, Resource.resx:918-926,
 * common/ASC.Common/Utils/CommonFileSizeComment.cs:46-60); not a PNG or JPEG → "unknown image file type"
 * (UPTM:89-110; web/ASC.Web.Core/Users/UserPhotoManager.cs:862-867); then fitted into 1280x1280 (UPTM:112-175) and
 * stored as `<guid>_<user id>.png`, whose path is `data`. A body that is not multipart/form-data binds as an empty
 * form (ASP.NET's FormCollectionModelBinder; inference), so it too answers success false.
 */
export function uploadLogo(ctx: HandlerContext): ApiResult {
  const type = ctx.state.userType(ctx.dto.userId)
  if (type !== 'DocSpaceAdmin' && type !== 'RoomAdmin') return accessDenied()
  const file = parseMultipart(ctx.bodyBytes, ctx.contentType).find((p) => p.filename !== undefined)
  if (!file) return success(ctx.req, { success: false })
  const max = ctx.state.maxImageUploadSize
  if (file.data.length > max) {
    return success(ctx.req, { success: false, message: `The maximum file size is exceeded (${sizeText(max)}).` })
  }
  const header = readImageHeader(file.data)
  if (!header) return success(ctx.req, { success: false, message: 'unknown image file type' })
  const name = `${randomUUID()}_${ctx.dto.userId}.png`
  ctx.state.tempLogos.set(name, {
    userId: ctx.dto.userId,
    format: header.format,
    ...fitLogo(header.width, header.height)
  })
  // The store's URI for the file, without its query (RLM:304-317); its form depends on the storage configuration.
  return success(ctx.req, { success: true, data: `/storage/room_logos/root/logos_temp/${name}` })
}

/** CommonFileSizeComment.FilesSizeToString with "bytes,KB,MB,GB,TB": `#,0.##` of the largest 1024 power. */
function sizeText(bytes: number): string {
  const names = ['bytes', 'KB', 'MB', 'GB', 'TB']
  let power = 0
  let size = bytes
  if (size >= 1024) {
    power = Math.min(Math.floor(Math.log(size) / Math.log(1024)), names.length - 1)
    size /= 1024 ** power
  }
  return `${Number(size.toFixed(2)).toLocaleString('en-US')} ${names[power]}`
}

/**
 * POST rooms/{id}/logo (VRC:723-732 → RLM:86-115): body LogoRequest ([FromBody] required, LRD:80-94). Not a room →
 * ItemNotFoundException, 404 "The record could not be found"; archived or no EditRoom → 403 "You don't have permission
 * to edit the room"; an empty tmpFile changes nothing; then SaveLogo.
 */
export function createRoomLogo(ctx: HandlerContext, id: number): ApiResult {
  const read = readObjectBody(ctx.rawBody)
  if (!read.ok) return validation(ctx.req, read.errors)
  const errors: Errors = {}
  const settings = readSettings(errors, { logo: read.value })
  if (!settings || Object.keys(errors).length) return validation(ctx.req, errors)
  const room = ctx.state.rooms.get(id)
  if (!room) return notFound('The record could not be found')
  if (!ctx.state.canEditRoom(ctx.dto.userId, room)) return invalidOperation(EDIT_ROOM_DENIED)
  const refused = saveLogo(ctx, room, settings.logo!)
  if (refused) return refused
  return success(ctx.req, roomDto(ctx.dto, room, false))
}

/**
 * PUT rooms/{id}/pin and /unpin (VRC:796-819 → FSS:4534-4588), no body. Missing room → InvalidOperationException,
 * 403 "The required folder was not found"; no Pin right (FileSecurity.cs:1895-1906: not in the Archive) → 403 "You
 * can't pin a room"; pinning when the user already has `files:pin` (10) pinned rooms → the same 403 (FSS:4556-4572).
 * Pins are the caller's own (Tag.Pin(userId, room), FSS:4553).
 */
export function pinRoom(ctx: HandlerContext, id: number, pin: boolean): ApiResult {
  const { state } = ctx
  const userId = ctx.dto.userId
  const room = state.rooms.get(id)
  if (!room) return invalidOperation('The required folder was not found')
  if (!state.canRead(userId, room) || room.archived) return invalidOperation(PIN_REFUSED)
  if (pin) {
    if (!state.isPinned(userId, id)) {
      // Rooms and AI agents are counted apart (FSS:4562-4567).
      const agent = room.roomType === 9
      const pinned = [...(state.pins.get(userId) ?? [])].filter(
        (r) => (state.rooms.get(r)?.roomType === 9) === agent
      ).length
      if (pinned >= state.maxPinnedRooms) return invalidOperation(PIN_REFUSED)
      state.pin(userId, id)
    }
  } else {
    state.pins.get(userId)?.delete(id)
  }
  return success(ctx.req, roomDto(ctx.dto, room, pin))
}
