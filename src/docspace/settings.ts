import type { DocSpaceClient } from './client.js'
import { LogoUploadAnswer, SettledRoomAnswer, segment, type SettledRoom } from './answers.js'
import { DocSpaceError } from '../lib/errors.js'

/**
 * The room settings a workflow may give to create and update, parsed once. Each is undefined when not given, so
 * update sends only what was given.
 */
export interface RoomSettings {
  /** Bytes; -1 no limit, -2 the portal's default for rooms (TenantEntityQuotaSettings.cs:51-56). */
  quota?: number
  /** `off` turns the lifetime off; DocSpace's RoomDataLifetimeDto otherwise. */
  lifetime?: FileLifetime | 'off'
  denyDownload?: boolean
  indexing?: boolean
  /** Six hexadecimal digits, upper case, without `#`, as DocSpace's own colours are (RoomLogoManager.cs:492-498). */
  color?: string
  logo?: LogoImage
}

export interface FileLifetime {
  /** RoomDataLifetimePeriod: 0 Day, 1 Month, 2 Year (RoomDataLifetime.cs:124-134). */
  period: 0 | 1 | 2
  /** 1..999 (RoomDataLifetimeDto.cs, [Range(1, 999)]). */
  value: number
  /** true deletes expired files for good; false moves them to the trash. */
  deletePermanently: boolean
}

/** A logo image read from the workspace, with the square DocSpace is asked to cut from it. */
export interface LogoImage {
  /** The path as given, for messages. */
  path: string
  fileName: string
  data: Buffer
  format: 'png' | 'jpeg'
  width: number
  height: number
  /** The largest centred square, in the coordinates of the image as DocSpace keeps it (fitted into 1280x1280). */
  crop: { x: number; y: number; width: number; height: number }
}

/** Room settings, tags, pins and logos in DocSpace's own vocabulary; one function per call. */

const ROOMS = 'api/2.0/files/rooms'

/**
 * The fields of `POST /files/rooms` and `PUT /files/rooms/{id}` that carry the settings given, and only those
 * (CreateRoomRequestDto.cs, UpdateRoomRequestDto.cs). Never `tags`: in an update they replace the room's whole set
 * (FileStorageService.cs:1380-1416), which would drop the pull request's tag; tags change through the tag endpoints.
 */
export function settingsFields(settings: RoomSettings): Record<string, unknown> {
  const body: Record<string, unknown> = {}
  if (settings.quota !== undefined) body.quota = settings.quota
  if (settings.indexing !== undefined) body.indexing = settings.indexing
  if (settings.denyDownload !== undefined) body.denyDownload = settings.denyDownload
  if (settings.lifetime !== undefined) {
    // enabled:false clears the lifetime (FolderDao.cs:1266-1276); any lifetime sent restarts its count (FSS:1263).
    body.lifetime =
      settings.lifetime === 'off'
        ? { enabled: false }
        : {
            enabled: true,
            deletePermanently: settings.lifetime.deletePermanently,
            period: settings.lifetime.period,
            value: settings.lifetime.value
          }
  }
  if (settings.color !== undefined) body.color = settings.color
  return body
}

/** The room with its settings, as `GET /files/rooms/{id}` gives it: the one answer that shows the caller's pin. */
export function getRoomSettings(client: DocSpaceClient, id: number | string): Promise<SettledRoom> {
  return client.call({ method: 'GET', path: `${ROOMS}/${segment(id)}`, retry: 'always' }, SettledRoomAnswer)
}

/** `PUT /files/rooms/{id}` with a title and settings. Repeating it sets the same values again. */
export function updateRoom(
  client: DocSpaceClient,
  id: number | string,
  fields: Record<string, unknown>
): Promise<SettledRoom> {
  return client.call(
    { method: 'PUT', path: `${ROOMS}/${segment(id)}`, body: fields, retry: 'always' },
    SettledRoomAnswer
  )
}

/** Adds tags; DocSpace creates the ones not in its catalogue, which needs a room admin or DocSpace admin. */
export function addRoomTags(client: DocSpaceClient, id: number | string, names: string[]): Promise<SettledRoom> {
  return client.call(
    { method: 'PUT', path: `${ROOMS}/${segment(id)}/tags`, body: { names }, retry: 'always' },
    SettledRoomAnswer
  )
}

export function removeRoomTags(client: DocSpaceClient, id: number | string, names: string[]): Promise<SettledRoom> {
  return client.call(
    { method: 'DELETE', path: `${ROOMS}/${segment(id)}/tags`, body: { names }, retry: 'always' },
    SettledRoomAnswer
  )
}

/** Pins or unpins the room for the key's user: pins are per user (FileStorageService.cs:4553). */
export function setPinned(client: DocSpaceClient, id: number | string, pinned: boolean): Promise<SettledRoom> {
  return client.call(
    { method: 'PUT', path: `${ROOMS}/${segment(id)}/${pinned ? 'pin' : 'unpin'}`, retry: 'always' },
    SettledRoomAnswer
  )
}

const UPLOAD = 'api/2.0/files/logos'

/**
 * Uploads the image DocSpace cuts a logo from and returns its temporary file. DocSpace answers a refusal with HTTP
 * 200 and `success: false` (VirtualRoomsController.cs:1049-1081), which is a failure here, in DocSpace's words.
 */
export async function uploadLogo(client: DocSpaceClient, image: LogoImage): Promise<string> {
  const answer = await client.call(
    {
      method: 'POST',
      path: UPLOAD,
      form: { field: 'file', fileName: image.fileName, contentType: `image/${image.format}`, data: image.data },
      retry: 'always'
    },
    LogoUploadAnswer
  )
  if (answer.success && typeof answer.data === 'string' && answer.data !== '') return answer.data
  throw new DocSpaceError({
    request: `POST /${UPLOAD}`,
    status: 200,
    docspaceMessage: answer.message || (answer.success ? 'no temporary file in the answer' : 'the upload was refused'),
    likelyCause: answer.success
      ? 'portal-url points at something other than a DocSpace portal this action supports (version 3.x)'
      : `DocSpace did not take ${image.path} as a logo: it takes PNG and JPEG images up to its upload limit (1 MB unless the portal's configuration changes it), from DocSpace admins and room admins`
  })
}

/** Cuts the room's logo from an uploaded image (`POST /files/rooms/{id}/logo`, RoomLogoManager.cs:86-136). */
export function setRoomLogo(
  client: DocSpaceClient,
  id: number | string,
  tmpFile: string,
  crop: LogoImage['crop']
): Promise<SettledRoom> {
  return client.call(
    // DocSpace removes the temporary file once it is used (RoomLogoManager.cs:123), so a repeat could only fail.
    { method: 'POST', path: `${ROOMS}/${segment(id)}/logo`, body: { tmpFile, ...crop }, retry: 'if-not-applied' },
    SettledRoomAnswer
  )
}
