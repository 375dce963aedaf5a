// Uploads: the single-request upload, the 3.7 chunked-session family, the obsolete create_session and the
// ChunkedUploader.ashx handler it points at. Sources: DocSpace-server at tag v3.7.2-server, paths relative to
// that repository. Abbreviations:
//   UC    products/ASC.Files/Server/Api/UploadController.cs
//   UCH   products/ASC.Files/Server/Helpers/UploadControllerHelper.cs
//   FHB   products/ASC.Files/Server/Helpers/FilesHelperBase.cs
//   URD   products/ASC.Files/Core/ApiModels/RequestDto/UploadRequestDto.cs
//   SRD   products/ASC.Files/Server/ApiModels/RequestDto/SessionRequestDto.cs
//   USRD  products/ASC.Files/Server/ApiModels/RequestDto/UploadSessionRequestDto.cs
//   USR   products/ASC.Files/Server/ApiModels/ResponseDto/UploadSessionResponseDto.cs
//   CUS   products/ASC.Files/Core/Core/Entries/ChunkedUploadSession.cs
//   CCUS  common/ASC.Data.Storage/ChunkedUploader/CommonChunkedUploadSession.cs
//   CCUH  common/ASC.Data.Storage/ChunkedUploader/CommonChunkedUploadSessionHolder.cs
//   CUSH  products/ASC.Files/Core/Utils/ChunkedUploadSessionHolder.cs
//   CUH   products/ASC.Files/Core/HttpHandlers/ChunkedUploaderHandler.cs
//   FU    products/ASC.Files/Core/Utils/FileUploader.cs
//   FiDao products/ASC.Files/Core/Core/Dao/TeamlabDao/FileDao.cs
//   FSC   web/ASC.Web.Core/FileSizeComment.cs
//   SI    web/ASC.Web.Core/SetupInfo.cs
//   FFMB  dotnet/aspnetcore src/Mvc/Mvc.Core/src/ModelBinding/Binders/FormFileModelBinder.cs (ASP.NET Core)
//   FVPF  dotnet/aspnetcore src/Mvc/Mvc.Core/src/ModelBinding/FormValueProviderFactory.cs (ASP.NET Core)
// Resource texts: products/ASC.Files/Core/Resources/FilesCommonResource.resx (FCR) and
// web/ASC.Web.Core/PublicResources/Resource.resx (RR).
import { randomUUID } from 'node:crypto'
import type { HandlerContext } from './context.js'
import { storedFromBuffer, type StoredBytes } from './content.js'
import { ARCHIVE_FOLDER_ID, fileDto, ROOMS_FOLDER_ID } from './dto.js'
import { addFolder, FOLDER_NOT_FOUND, intSegment, thirdPartyNotFound } from './folder-handlers.js'
import type { StreamedForm, StreamedPart } from './multipart.js'
import { availableTitle, fileExtension, filesSizeToString, storedFileTitle } from './names.js'
import {
  accessDenied,
  badArgument,
  emptyArgument,
  failure,
  notFound,
  nullArgument,
  serverError,
  success,
  validation,
  type ApiResult
} from './results.js'
import type { EmulatedFile, EmulatedFolder, EmulatedRoom, EmulatorState, UploadSession } from './state.js'
import {
  addVersion,
  dbTime,
  fileByTitle,
  fileUsedSpace,
  findFile,
  findFolder,
  folderByTitle,
  setCurrentBytes,
  touchChain,
  usedSpace,
  type FolderLocation
} from './tree.js'
import {
  conversionError,
  field,
  normalizeTitle,
  readObjectBody,
  requiredMembersMissing,
  type Errors
} from './validation.js'

/** ChunkedUploadSessionHolder.SlidingExpiration: 12 hours (CUSH:46) */
const SESSION_LIFETIME_MS = 12 * 60 * 60 * 1000
/** FCR ErrorMessage_NotSupportedFormat (:309-310) */
const NOT_SUPPORTED_FORMAT = "Sorry, this file format isn't supported"
/** FCR CommentUpload (:213-214) */
export const COMMENT_UPLOAD = 'Uploaded'
const NRE = 'Object reference not set to an instance of an object.'
/** CUH:91: the ashx answer for an unauthenticated caller or a session of someone else */
const NOT_AUTHORIZED = 'Not authorized or session with specified upload id already expired'

const nullReference = (): ApiResult => serverError(NRE, 'System.NullReferenceException')

// Limits. SI:49-52 MaxUploadSize = min(AvailableFileSize, MaxChunkedUploadSize); SI:152-162 MaxChunkedUploadSize =
// min(free tenant space, TenantQuota.MaxFileSize); the Files DAO asks the same (FolderDao.cs:1402-1409).

/** Space used on the portal (MaxTotalSizeStatistic): every stored version in rooms and in the Trash. */
function portalUsed(state: EmulatorState): number {
  let n = 0
  for (const room of state.rooms.values()) n += usedSpace(room)
  for (const t of state.trash)
    n += t.kind === 'folder' ? usedSpace(t.entry as EmulatedFolder) : fileUsedSpace(t.entry as EmulatedFile)
  return n
}

export function maxChunkedUploadSize(state: EmulatorState): number {
  return Math.min(Math.max(state.portalQuotaBytes - portalUsed(state), 0), state.maxFileSize)
}

export function maxUploadSize(state: EmulatorState): number {
  return Math.min(state.availableFileSize, maxChunkedUploadSize(state))
}

/** FileSizeComment.GetFileSizeException → TenantQuotaException "The maximum file size is exceeded (X)." → 402
 * (FSC:60-63; RR FileSizeMaxExceed :918-919; ResponseWrapper.cs:89-93). */
function fileSizeExceeded(max: number): ApiResult {
  return failure(
    402,
    `The maximum file size is exceeded (${filesSizeToString(max)}).`,
    'ASC.Core.Tenants.TenantQuotaException'
  )
}

/**
 * The quota checks of FileDao.SaveFileAsync: the tenant's MaxChunkedUploadSize (FiDao:411-415), then the room
 * quota (FiDao:444-468): with TenantRoomQuotaSettings on and a limit (the room's, or the default at -2; -1 = none),
 * a file that does not fit is still saved unless it would take the room past twice its quota or the room is
 * already over it ("FileSavedButRoomQuotaExceeded"); otherwise TenantQuotaException "Room space quota exceeded (X)."
 * (FSC:65-68, RR RoomFreeSpaceException :1122-1123) → 402.
 */
function saveQuotaRefusal(state: EmulatorState, room: EmulatedRoom, contentLength: number): ApiResult | undefined {
  const max = maxChunkedUploadSize(state)
  if (max < contentLength) return fileSizeExceeded(max)
  if (!state.roomQuota.enabled) return undefined
  const limit = room.quota === -2 ? state.roomQuota.defaultQuota : room.quota
  if (limit === -1) return undefined
  const counter = usedSpace(room)
  if (limit - counter < contentLength && (limit * 2 < counter + contentLength || limit < counter)) {
    return failure(
      402,
      `Room space quota exceeded (${filesSizeToString(limit)}).`,
      'ASC.Core.Tenants.TenantQuotaException'
    )
  }
  return undefined
}

/** The upload filter (FU:92-95): `files:upload-filter` on and the extension not uploadable → 415, no stack. */
function formatRefusal(state: EmulatorState, name: string): ApiResult | undefined {
  if (state.uploadFilter === undefined) return undefined
  const ext = fileExtension(name)
  return state.uploadFilter.map((e) => e.toLowerCase()).includes(ext)
    ? undefined
    : failure(415, NOT_SUPPORTED_FORMAT, undefined, false)
}

type FolderRefusal = 'missing' | ApiResult

/**
 * FileUploader.GetFolderIdAsync (FU:153-196): the folder must exist (DirectoryNotFoundException) and may not be the
 * Rooms, Archive or RoomTemplates folder, and the caller needs Create there (SecurityException → 403 "Access denied",
 * FU:163-166). Each relativePath segment, run through ReplaceInvalidCharsAndTruncate, names a sub-folder that is
 * looked up by title or created (FU:168-193); an empty segment ends the walk, so "a//b" and "/a" stop early.
 */
function uploadFolder(
  ctx: HandlerContext,
  folderId: number,
  relativePath: string[] | undefined
): { loc: FolderLocation } | FolderRefusal {
  if (folderId === ROOMS_FOLDER_ID || folderId === ARCHIVE_FOLDER_ID) {
    return accessDenied()
  }
  const loc = findFolder(ctx.state, folderId)
  if (!loc) return 'missing'
  if (loc.trashed || !ctx.state.canCreateIn(ctx.dto.userId, loc.room)) return accessDenied()
  if (!relativePath || relativePath.length === 0) return { loc }
  const segment = normalizeTitle(relativePath[0] ?? '')
  if (segment === '') return { loc }
  const existing = folderByTitle(loc.node, segment)
  const next = existing ?? addFolder(ctx, loc, segment, ctx.dto.userId)
  return uploadFolder(ctx, next.id, relativePath.slice(1))
}

/** What an upload of `name` into the folder becomes: a version of `existing`, or a new file titled `title`. */
interface Decision {
  existing?: EmulatedFile
  title: string
}

/**
 * FU:99-124: the oldest current file of that title (FiDao.GetFileAsync(parentId, title), names.ts matching). With
 * updateIfExists and a file the caller can edit — not open in the editor, not in the Trash, not a guest, Edit right
 * (FU:142-151) — the upload becomes its next version; with createNewIfExist the new file gets the first free
 * "name (n).ext" (Global.GetAvailableTitleAsync); otherwise (e.g. the file is being edited) a second file of the
 * same title is created.
 */
function decide(ctx: HandlerContext, loc: FolderLocation, name: string, updateIfExists: boolean): Decision {
  const existing = fileByTitle(loc.node, name, loc.room.created)
  const userId = ctx.dto.userId
  const canEdit =
    existing !== undefined &&
    !existing.editing &&
    ctx.state.canEditFile(userId, loc.room) &&
    ctx.state.userType(userId) !== 'Guest'
  if (updateIfExists && existing && canEdit) return { existing, title: name }
  if (!updateIfExists && existing) {
    return { title: availableTitle(name, (t) => fileByTitle(loc.node, t, loc.room.created) !== undefined) }
  }
  return { title: name }
}

interface SaveOptions {
  /** recorded ContentLength when not the byte count (a small session's declared size) */
  contentLength?: number
  /** a new file's created (SessionRequest.createOn, FiDao:1771) */
  createOn?: Date
  /** the comment a new file gets: null for a single-request upload (nothing sets it: FU:120-124), "Uploaded" for a
   * chunked one (FiDao:1769) */
  newComment: string | null
  /** chunked versions keep the stored title: GetFileForCommitAsync reloads the file by id (FiDao:1747-1762) */
  keepTitle: boolean
}

/** FileDao.SaveFileAsync (FiDao:401-762) for an upload: a new version of `existing` or a new file. */
function saveUpload(
  ctx: HandlerContext,
  loc: FolderLocation,
  d: Decision,
  bytes: StoredBytes,
  opts: SaveOptions
): EmulatedFile {
  const userId = ctx.dto.userId
  const at = ctx.state.now()
  const now = dbTime(at)
  let file: EmulatedFile
  if (d.existing) {
    file = d.existing
    const title = storedFileTitle(opts.keepTitle ? file.title : d.title)
    addVersion(file, loc.room, {
      bytes,
      title,
      comment: COMMENT_UPLOAD,
      userId,
      now,
      ...(opts.contentLength !== undefined ? { contentLength: opts.contentLength } : {})
    })
  } else {
    file = {
      id: ctx.state.nextFileId++,
      title: storedFileTitle(d.title),
      content: '',
      version: 1,
      versionGroup: 1,
      comment: opts.newComment,
      created: opts.createOn ? dbTime(opts.createOn) : now,
      updated: now,
      createdBy: userId,
      updatedBy: userId
    }
    setCurrentBytes(file, bytes, opts.contentLength)
    loc.node.files.push(file)
  }
  // FiDao:641-644: UpdateFoldersAsync on every folder of the parent's tree (the folder, the room and the ones between).
  touchChain(loc.chain, userId, at)
  return file
}

/** The one IFormFile a property named `file` binds to (FFMB): the first file part whose name equals it ignoring
 * case, skipping an empty part without file name; so Pipedream's `File` works too. */
function boundFile(form: StreamedForm, name = 'file'): StreamedPart | undefined {
  return form.parts.find(
    (p) => p.stored !== undefined && p.name.toLowerCase() === name && !(p.size === 0 && (p.filename ?? '') === '')
  )
}

function dropParts(ctx: HandlerContext, form: StreamedForm, keep?: StreamedPart): void {
  for (const p of form.parts) if (p !== keep) ctx.state.blobs.remove(p.stored)
}

/**
 * A form that could not be read: FormValueProviderFactory turns the IOException (Kestrel's request-body limit, a
 * client gone) or InvalidDataException (broken multipart) into a model-state error under "" (FVPF), which
 * [ApiController] answers with 400 ValidationProblemDetails (inference: the message is Kestrel's). Over the limit
 * means past the Files server's MaxRequestBodySize, 100 MB (products/ASC.Files/Server/Program.cs:67).
 */
function unreadableForm(ctx: HandlerContext, form: StreamedForm): ApiResult | undefined {
  if (form.tooLarge)
    return validation(ctx.req, {
      '': [
        `Failed to read the request form. Request body too large. The max request body size is ${ctx.state.maxRequestBodyBytes} bytes.`
      ]
    })
  if (form.aborted)
    return validation(ctx.req, { '': ['Failed to read the request form. Unexpected end of request content.'] })
  if (form.malformed && /^multipart\/form-data/i.test(ctx.contentType ?? ''))
    return validation(ctx.req, { '': [`Failed to read the request form. ${form.malformed}`] })
  return undefined
}

/** A non-nullable bool query value ([FromQuery] bool): absent → false; "true"/"false" any case; blank or other → 400. */
function queryBoolValue(errors: Errors, q: URLSearchParams, name: string): boolean {
  const lower = name.toLowerCase()
  let raw: string | undefined
  for (const [k, v] of q)
    if (k.toLowerCase() === lower) {
      raw = v
      break
    }
  if (raw === undefined) return false
  const t = raw.trim().toLowerCase()
  if (t === 'true' || t === 'false') return t === 'true'
  errors[name] = [
    raw.trim() === ''
      ? `The value '${raw}' is invalid.`
      : `The value '${raw}' is not valid for ${name[0]!.toUpperCase()}${name.slice(1)}.`
  ]
  return false
}

/**
 * POST files/{folderId}/upload (UC:464-468 → UCH:86-101 → FHB:58-103 → FU:61-125 → FiDao:401-762).
 * - multipart/form-data; `File` ([FromForm] IFormFile File, URD:45-46) binds the first file part named `file` in any
 *   case (FFMB). None → ArgumentNullException.ThrowIfNull(uploadModel.File) → 400 (UCH:93). The file name is the
 *   part's, unsanitised by ASP.NET, so '/' and '\' reach DocSpace's rewrite (→ '_').
 * - Query: createNewIfExist, keepConvertStatus (bool, URD:52-67), storeOriginalFile (bool?, a per-user setting
 *   DocSpace saves, UCH:88-91; the emulator ignores it).
 * - Size first: the part's length over min(100 MB, free space, tariff MaxFileSize) → 402 (FU:127-134). Then the
 *   name's rewrite and the format filter (415, FU:90-95), the folder (missing → DirectoryNotFoundException, which
 *   FHB:99-102 turns into ItemNotFoundException → 404; Rooms/Archive/no Create → 403), an empty name → 400
 *   (FiDao.GetFileAsync: ThrowIfNullOrEmpty), then the same-title decision (FU:99-124) and the save's quota
 *   checks (402). `createNewIfExist` false (default) → a version of the same-titled file, comment "Uploaded"
 *   (FU:102-113); true → "name (1).ext".
 * - A new file gets no comment (nothing sets one on this path; FiDao:591 stores null).
 * - Answer: [FileDto] (List<FileDto<T>>, count 1).
 */
export async function uploadFile(ctx: HandlerContext, segment: string): Promise<ApiResult> {
  const errors: Errors = {}
  const createNewIfExist = queryBoolValue(errors, ctx.query, 'createNewIfExist')
  queryBoolValue(errors, ctx.query, 'keepConvertStatus')
  const form = await ctx.form!()
  const unreadable = unreadableForm(ctx, form)
  if (unreadable) {
    dropParts(ctx, form)
    return unreadable
  }
  if (Object.keys(errors).length) {
    dropParts(ctx, form)
    return validation(ctx.req, errors)
  }
  const part = boundFile(form)
  dropParts(ctx, form, part)
  if (!part?.stored) return nullArgument('uploadModel.File')
  const stored = part.stored
  const fail = (r: ApiResult): ApiResult => {
    ctx.state.blobs.remove(stored)
    return r
  }

  const n = intSegment(segment)
  if (n === undefined) return fail(thirdPartyNotFound(segment))
  const max = maxUploadSize(ctx.state)
  if (stored.size > max) return fail(fileSizeExceeded(max))
  const name = normalizeTitle(part.filename ?? '')
  const format = formatRefusal(ctx.state, name)
  if (format) return fail(format)
  const folder = uploadFolder(ctx, n, undefined)
  if (folder === 'missing') return fail(notFound(FOLDER_NOT_FOUND))
  if (!('loc' in folder)) return fail(folder)
  if (name === '') return fail(emptyArgument('title'))
  const decision = decide(ctx, folder.loc, name, !createNewIfExist)
  const quota = saveQuotaRefusal(ctx.state, folder.loc.room, stored.size)
  if (quota) return fail(quota)
  const file = saveUpload(ctx, folder.loc, decision, stored, { newComment: null, keepTitle: false })
  const dto = fileDto(ctx.dto, folder.loc.room, file, { room: folder.loc.room, parent: folder.loc.node })
  return success(ctx.req, [dto], 1)
}

// Sessions.

/** System.Text.Json's DateTime (UTC kind): ISO 8601 with the fraction's trailing zeros dropped. */
function jsonDateTime(d: Date): string {
  return d.toISOString().replace(/\.?0+Z$/, 'Z')
}

/** The live session with this id, or undefined when unknown or past its sliding expiry (the cache forgets it). */
function liveSession(state: EmulatorState, id: string): UploadSession | undefined {
  const s = state.uploadSessions.get(id)
  if (!s) return undefined
  if (s.expired.getTime() < state.now().getTime()) {
    dropSession(state, s)
    return undefined
  }
  return s
}

function dropSession(state: EmulatorState, s: UploadSession): void {
  for (const c of s.chunks.values()) state.blobs.remove(c.stored)
  state.uploadSessions.delete(s.id)
}

/**
 * ChunkedUploadSessionHelper.ToResponseObjectAsync (CUS:127-163): {id, path, created, expired, location,
 * bytes_total} (CUS:84-122; `bytes_total` by [JsonPropertyName]). `path` = the breadcrumb ids of the target folder
 * when asked (creation), else [folderId] (inference: the breadcrumbs start at the Rooms or Archive folder).
 * Created/Expired are DateTime, not ApiDateTime.
 */
function sessionResponse(ctx: HandlerContext, s: UploadSession, breadcrumbs: boolean): Record<string, unknown> {
  let path: number[] = [s.folderId]
  if (breadcrumbs) {
    const loc = findFolder(ctx.state, s.folderId)
    if (loc) path = [loc.room.archived ? ARCHIVE_FOLDER_ID : ROOMS_FOLDER_ID, ...loc.chain.map((c) => c.id)]
  }
  return {
    id: s.id,
    path,
    created: jsonDateTime(s.created),
    expired: jsonDateTime(s.expired),
    location: `${ctx.dto.portalUrl}/ChunkedUploader.ashx?uid=${s.id}`,
    bytes_total: s.bytesTotal
  }
}

interface SessionRequest {
  fileName: string | null
  fileSize: number
  relativePath: string | null
  createOn: Date | undefined
  createNewIfExist: boolean
}

/** SessionRequest (SRD:39-76): fileName is C# `required`; fileSize a long (numbers may be strings,
 * DynamicIgnoreResolver.cs:178); createOn an ApiDateTime string; booleans must be JSON booleans. */
function readSessionRequest(ctx: HandlerContext): SessionRequest | ApiResult {
  const read = readObjectBody(ctx.rawBody)
  if (!read.ok) return validation(ctx.req, read.errors)
  const body = read.value
  const errors: Errors = {}
  const fileName = field(body, 'fileName')
  if (fileName === undefined) {
    requiredMembersMissing(errors, 'ASC.Files.ApiModels.RequestDto.SessionRequest', ['fileName'])
    return validation(ctx.req, errors)
  }
  if (fileName !== null && typeof fileName !== 'string') conversionError(errors, 'fileName', 'System.String')
  const rawSize = field(body, 'fileSize') ?? 0
  const size = typeof rawSize === 'string' && /^-?\d+$/.test(rawSize.trim()) ? Number(rawSize) : rawSize
  if (typeof size !== 'number' || !Number.isInteger(size)) conversionError(errors, 'fileSize', 'System.Int64')
  const relativePath = field(body, 'relativePath') ?? null
  if (relativePath !== null && typeof relativePath !== 'string')
    conversionError(errors, 'relativePath', 'System.String')
  const rawCreateOn = field(body, 'createOn') ?? null
  let createOn: Date | undefined
  if (rawCreateOn !== null) {
    const t = typeof rawCreateOn === 'string' ? Date.parse(rawCreateOn) : NaN
    if (Number.isNaN(t)) conversionError(errors, 'createOn', 'ASC.Api.Core.ApiDateTime')
    else createOn = new Date(t)
  }
  for (const name of ['encrypted', 'createNewIfExist']) {
    const v = field(body, name)
    if (v !== undefined && typeof v !== 'boolean') conversionError(errors, name, 'System.Boolean')
  }
  if (Object.keys(errors).length) return validation(ctx.req, errors)
  return {
    fileName: fileName as string | null,
    fileSize: size as number,
    relativePath: relativePath as string | null,
    createOn,
    createNewIfExist: field(body, 'createNewIfExist') === true
  }
}

/**
 * POST files/{folderId}/session (UC:137-141) and the [Obsolete] POST files/{folderId}/upload/create_session
 * (UC:110-125), both → UCH:73-84 → FU.VerifyChunkedUploadAsync (FU:200-213) → FU.InitiateUploadAsync (FU:248-289).
 * - fileSize over min(free space, tariff MaxFileSize) → 402 (FU:202-207); the name's rewrite and format filter
 *   (415); the folder (missing → DirectoryNotFoundException → 404; Rooms/Archive/no Create → 403 "Access denied");
 *   relativePath segments become sub-folders now, and stay even if the upload never finishes (FU:168-193).
 * - The same-title decision is taken now (FU:99-124): the session remembers the file to version, or the new title.
 * - A session below the chunk size (10 MB) does not use chunks: its first chunk saves the file (CCUH:50-57).
 * - Answer: the session (sessionResponse) in the envelope; the obsolete route wraps it as {success: true, data}
 *   (UC:119-124, UCH:107-120). `location` is the absolute ChunkedUploader.ashx?uid=<id> (FilesLinkUtility.cs:463-469).
 */
export function createSession(ctx: HandlerContext, segment: string, obsolete: boolean): ApiResult {
  const req = readSessionRequest(ctx)
  if (!('fileName' in req)) return req
  const n = intSegment(segment)
  if (n === undefined) return thirdPartyNotFound(segment)
  const max = maxChunkedUploadSize(ctx.state)
  if (req.fileSize > max) return fileSizeExceeded(max)
  const name = req.fileName === null ? null : normalizeTitle(req.fileName)
  const format = formatRefusal(ctx.state, name ?? '')
  if (format) return format
  const folder = uploadFolder(ctx, n, req.relativePath ? req.relativePath.split('/') : undefined)
  if (folder === 'missing') return notFound(FOLDER_NOT_FOUND, 'System.IO.DirectoryNotFoundException')
  if (!('loc' in folder)) return folder
  if (name === null) return nullArgument('title')
  if (name === '') return emptyArgument('title')
  const decision = decide(ctx, folder.loc, name, !req.createNewIfExist)
  const created = ctx.state.now()
  const session: UploadSession = {
    id: randomUUID().replaceAll('-', ''),
    userId: ctx.dto.userId,
    folderId: folder.loc.node.id,
    roomId: folder.loc.room.id,
    ...(decision.existing ? { fileId: decision.existing.id } : {}),
    title: decision.title,
    bytesTotal: req.fileSize,
    // CCUH:53: BytesTotal < chunk size and not -1 → no chunks
    useChunks: !(req.fileSize < ctx.state.chunkUploadSize && req.fileSize !== -1),
    created,
    // FU:277: Created + SlidingExpiration
    expired: new Date(created.getTime() + SESSION_LIFETIME_MS),
    ...(req.createOn ? { createOn: req.createOn } : {}),
    chunks: new Map(),
    chunksUploaded: 0
  }
  ctx.state.uploadSessions.set(session.id, session)
  const dto = sessionResponse(ctx, session, true)
  return success(ctx.req, obsolete ? { success: true, data: dto } : dto)
}

/** The chunks counted as transferred: 1, 2, … up to ceil(BytesTotal / chunk size), stopping at the first
 * missing one (CCUH:66-83; FiDao:2151-2156). Chunks past that count are kept but never counted. */
function countedChunks(state: EmulatorState, s: UploadSession): { stored: StoredBytes; length: number }[] {
  const size = state.chunkUploadSize
  const count = s.bytesTotal > 0 ? Math.ceil(s.bytesTotal / size) : 0
  const out: { stored: StoredBytes; length: number }[] = []
  for (let i = 1; i <= count; i++) {
    const c = s.chunks.get(i)
    if (!c) break
    out.push(c)
  }
  return out
}

type Committed = { file: EmulatedFile; loc: FolderLocation } | ApiResult

/**
 * The save at the end of a session: FiDao.GetFileForCommitAsync (FiDao:1745-1776) then SaveFileAsync with its quota
 * checks. A version reloads the file by id (its stored title stays; comment "Uploaded"; version+1); a new file gets
 * the session's title, comment "Uploaded" and createOn. ContentLength is the session's BytesTotal (FiDao:1755, 1768),
 * whatever bytes arrived. The folder gone by then → NullReferenceException (FiDao:420-428) → 500.
 */
function commit(ctx: HandlerContext, s: UploadSession, bytes: StoredBytes): Committed {
  const loc = findFolder(ctx.state, s.folderId)
  if (!loc) return nullReference()
  let existing: EmulatedFile | undefined
  if (s.fileId !== undefined) {
    existing = findFile(ctx.state, s.fileId)?.file
    if (!existing) return nullReference()
  }
  const quota = saveQuotaRefusal(ctx.state, loc.room, s.bytesTotal)
  if (quota) return quota
  const asUser: HandlerContext = { ...ctx, dto: { ...ctx.dto, userId: s.userId } }
  const file = saveUpload(asUser, loc, { ...(existing ? { existing } : {}), title: s.title }, bytes, {
    ...(bytes.size !== s.bytesTotal ? { contentLength: s.bytesTotal } : {}),
    ...(s.createOn ? { createOn: s.createOn } : {}),
    newComment: COMMENT_UPLOAD,
    keepTitle: true
  })
  return { file, loc }
}

/**
 * FileUploader.UploadChunkAsync (FU:291-377) with FileDao.UploadChunkAsync (FiDao:1701-1728): the sliding expiry
 * moves (FU:294); a chunk over the chunk size → TenantQuotaException with MaxUploadSize in the text (FU:296-299);
 * a session without chunks saves the file from this one chunk when it is no longer than BytesTotal (BytesTotal 0
 * becomes the chunk's length) and keeps the session, so a second chunk makes a second version; otherwise the chunk
 * is kept under its number: `chunkNumber` if given, else the next of the session's counter (chunks sent again under
 * the same number replace the earlier ones).
 */
function acceptChunk(
  ctx: HandlerContext,
  s: UploadSession,
  stored: StoredBytes,
  length: number,
  chunkNumber: number | undefined
): ApiResult | undefined {
  s.expired = new Date(ctx.state.now().getTime() + SESSION_LIFETIME_MS)
  if (length > ctx.state.chunkUploadSize) {
    ctx.state.blobs.remove(stored)
    return fileSizeExceeded(maxUploadSize(ctx.state))
  }
  if (!s.useChunks) {
    if (s.bytesTotal === 0) s.bytesTotal = length
    if (s.bytesTotal >= length) {
      const done = commit(ctx, s, stored)
      if ('status' in done) {
        ctx.state.blobs.remove(stored)
        return done
      }
      s.fileId = done.file.id
    } else ctx.state.blobs.remove(stored)
    return undefined
  }
  const n = chunkNumber ?? ++s.chunksUploaded
  ctx.state.blobs.remove(s.chunks.get(n)?.stored)
  s.chunks.set(n, { stored, length })
  return undefined
}

/**
 * FileUploader.FinalizeUploadSessionAsync (FU:379-394): the counted chunks must add up to BytesTotal, else
 * ArgumentException "uploadSize != bytesTotal" → 400 (CCUH:85-92); they are joined in order (DiscDataStore),
 * committed, and the session is removed (FU:391). A commit refused by quota leaves the session (as FU:391 is
 * not reached).
 */
async function finalize(ctx: HandlerContext, s: UploadSession): Promise<Committed> {
  const chunks = countedChunks(ctx.state, s)
  const uploadSize = chunks.reduce((a, c) => a + c.length, 0)
  if (uploadSize !== s.bytesTotal) return badArgument('uploadSize != bytesTotal')
  const joined = await ctx.state.blobs.concat(chunks.map((c) => c.stored))
  const done = commit(ctx, s, joined)
  if ('status' in done) {
    ctx.state.blobs.remove(joined)
    return done
  }
  dropSession(ctx.state, s)
  return done
}

/** The file a finished session saved, for the 201 answers (UC:232-241 UploadSessionResponseDto; CUH:310-322). */
function uploadedAnswer(
  ctx: HandlerContext,
  done: { file: EmulatedFile; loc: FolderLocation }
): Record<string, unknown> {
  const { file, loc } = done
  return {
    id: file.id,
    folderId: loc.node.id,
    version: file.version ?? 1,
    title: file.title,
    // ProviderKey / provider_key: null for DocSpace's own storage, so not written (WhenWritingNull)
    uploaded: true,
    file: fileDto(ctx.dto, loc.room, file, { room: loc.room, parent: loc.node })
  }
}

/** The HTTP 201 envelope: SuccessApiResponse takes statusCode from the response's status, which the action set
 * to 201 before returning (UC:208, 332; CommonApiResponse.cs:124). */
function created(ctx: HandlerContext, response: unknown): ApiResult {
  const r = success(ctx.req, response)
  const json = r.json as Record<string, unknown>
  return { status: 201, json: { ...json, statusCode: 201 } }
}

/**
 * The in-between answer of POST {folderId}/session/{sessionId} (UC:244-252): UploadSessionResponseDto of the
 * session's File, which InitiateUploadAsync made as a fresh File (Version 1, Id 0 for a new file) (FU:248-256).
 * Inference: its FileDto is that of an unsaved file; the emulator shows the session's title, size and the id it has.
 */
function pendingAnswer(ctx: HandlerContext, s: UploadSession): Record<string, unknown> {
  const loc = findFolder(ctx.state, s.folderId)
  const room = loc?.room ?? ctx.state.rooms.get(s.roomId)
  const transient: EmulatedFile = {
    id: s.fileId ?? 0,
    title: s.title,
    content: '',
    version: 1,
    created: s.createOn ?? s.created,
    createdBy: s.userId,
    contentLength: s.bytesTotal
  }
  return {
    id: s.fileId ?? 0,
    folderId: s.folderId,
    version: 1,
    title: s.title,
    uploaded: false,
    ...(room && loc ? { file: fileDto(ctx.dto, room, transient, { room, parent: loc.node }) } : {})
  }
}

/** An optional int query value (`int? ChunkNumber`, USRD:107-108): absent/blank → undefined; other → 400. */
function chunkNumberQuery(ctx: HandlerContext): number | undefined | ApiResult {
  let raw: string | undefined
  for (const [k, v] of ctx.query)
    if (k.toLowerCase() === 'chunknumber') {
      raw = v
      break
    }
  if (raw === undefined || raw.trim() === '') return undefined
  if (!/^\s*[+-]?\d+\s*$/.test(raw) || Math.abs(Number(raw)) > 2147483647)
    return validation(ctx.req, { ChunkNumber: [`The value '${raw}' is not valid for ChunkNumber.`] })
  return Number(raw)
}

/**
 * POST files/{folderId}/session/{sessionId} (UC:188-253) and POST files/{folderId}/session/{sessionId}/upload
 * (UC:276-282). The chunk is the multipart `File` (UploadSessionRequestDto.File has no attribute and binds like
 * any IFormFile, USRD:81; UploadSessionAsyncRequestDto [FromForm], USRD:136-137), `chunkNumber` a query int?.
 * - No file, or an unknown or expired session → NullReferenceException → 500 (UC:191 `inDto.File.OpenReadStream()`;
 *   ChunkedUploadSessionHolder.GetSessionAsync dereferences the missing session, CUSH:70-76).
 * - The controller does not check who owns the session, nor that {folderId} is its folder.
 * - Sequential form: after the chunk, when the counted chunks add up to BytesTotal (or the session has no chunks),
 *   the upload is finalised: HTTP 201 with {id, folderId, version, title, uploaded: true, file}; before that 200
 *   with the pending answer. The file is in the folder only from then on.
 * - `…/upload` form: answers the session (path = [folderId]); completion needs PUT …/finalize.
 */
export async function uploadChunk(
  ctx: HandlerContext,
  sessionSegment: string,
  mode: 'sequential' | 'numbered'
): Promise<ApiResult> {
  const chunkNumber = mode === 'numbered' ? chunkNumberQuery(ctx) : undefined
  const form = await ctx.form!()
  const unreadable = unreadableForm(ctx, form)
  if (unreadable) {
    dropParts(ctx, form)
    return unreadable
  }
  if (typeof chunkNumber === 'object') {
    dropParts(ctx, form)
    return chunkNumber
  }
  const part = boundFile(form)
  dropParts(ctx, form, part)
  const s = liveSession(ctx.state, decodeURIComponent(sessionSegment))
  if (!part?.stored || !s) {
    ctx.state.blobs.remove(part?.stored)
    return nullReference()
  }
  const refused = acceptChunk(ctx, s, part.stored, part.size, chunkNumber)
  if (refused) return refused
  if (mode === 'numbered') return success(ctx.req, sessionResponse(ctx, s, false))
  const transferred = countedChunks(ctx.state, s).reduce((a, c) => a + c.length, 0)
  if (transferred === s.bytesTotal || !s.useChunks) {
    const done = s.useChunks ? await finalize(ctx, s) : committedOf(ctx, s)
    if ('status' in done) return done
    return created(ctx, uploadedAnswer(ctx, done))
  }
  return success(ctx.req, pendingAnswer(ctx, s))
}

/** The file a chunk-less session saved (or an unsaved one: Inference, the controller answers with it anyway). */
function committedOf(ctx: HandlerContext, s: UploadSession): Committed {
  const found = s.fileId !== undefined ? findFile(ctx.state, s.fileId) : undefined
  const loc = findFolder(ctx.state, s.folderId)
  if (!loc) return nullReference()
  if (found) return { file: found.file, loc }
  const unsaved: EmulatedFile = { id: 0, title: storedFileTitle(s.title), content: '', version: 1, createdBy: s.userId }
  return { file: unsaved, loc }
}

/**
 * PUT files/{folderId}/session/{sessionId}/finalize (UC:293-344): unknown session → 500 (CUSH:70-76); a session
 * with chunks is finalised (400 when the chunks do not add up); one without answers with the file its chunk saved.
 * HTTP 201 with UploadSessionResponseDto.
 */
export async function finalizeSession(ctx: HandlerContext, sessionSegment: string): Promise<ApiResult> {
  const s = liveSession(ctx.state, decodeURIComponent(sessionSegment))
  if (!s) return nullReference()
  const done = s.useChunks ? await finalize(ctx, s) : committedOf(ctx, s)
  if ('status' in done) return done
  return created(ctx, uploadedAnswer(ctx, done))
}

/**
 * DELETE files/{folderId}/session/{sessionId} (UC:152-156 → FU:406-413): the chunks are dropped and the session
 * removed; unknown → 500. The action returns Task: the envelope has no `response` and count 0
 * (ResponseWrapper.cs:150-153, CommonApiResponse.cs:95-98).
 */
export function abortSession(ctx: HandlerContext, sessionSegment: string): ApiResult {
  const s = liveSession(ctx.state, decodeURIComponent(sessionSegment))
  if (!s) return nullReference()
  dropSession(ctx.state, s)
  return {
    status: 200,
    json: { count: 0, links: [{ href: ctx.req.href, action: ctx.req.method }], status: 0, statusCode: 200 }
  }
}

// ChunkedUploader.ashx

/** CUH:302-308: JSON {success, data, message} outside the envelope, camelCase, nulls left out, content type
 * "application/json"; errors are HTTP 200 with success false (CUH:285-288). */
function ashxAnswer(status: number, success: boolean, data: unknown, message: string): ApiResult {
  const body: Record<string, unknown> = { success }
  if (data !== undefined && data !== null) body['data'] = data
  body['message'] = message
  return { status, text: JSON.stringify(body), contentType: 'application/json' }
}

const ashxError = (message: string): ApiResult => ashxAnswer(200, false, undefined, message)

function errorMessage(r: ApiResult): string {
  const e = r.json as { error?: { message?: string }; response?: { errors?: Record<string, string[]> } } | undefined
  return e?.error?.message ?? Object.values(e?.response?.errors ?? {})[0]?.[0] ?? 'Error'
}

function queryFlag(q: URLSearchParams, name: string): string | undefined {
  for (const [k, v] of q) if (k.toLowerCase() === name) return v
  return undefined
}

/**
 * ChunkedUploader.ashx (CUH:64-323), mapped for any path ending in "ChunkedUploader.ashx", ignoring case
 * (products/ASC.Files/Server/Extensions/FilesServerServiceExtensions.cs:63-65), after authentication and outside
 * the API scopes: any authenticated caller that owns the session may send chunks (CUH:261-283).
 * - Request type by query (CUH:343-368): abort=true&uid → Abort; finalize=true&uid → Finalize; upload=true&uid →
 *   UploadAsync; uid → Upload; initiate=true (not modelled here) → refused.
 * - Not authenticated, no uid, or someone else's session → "Not authorized or session with specified upload id
 *   already expired"; an unknown uid → the NullReferenceException's message (GetSessionAsync dereferences the
 *   missing session inside TryAuthorizeAsync, CUSH:72-73, caught at CUH:254-258). All as HTTP 200, success false.
 * - Upload: the chunk is Files[0], the first file part whatever its name (CUH:460-470); a form that cannot be read
 *   → "HttpRequest.Files is empty". Completion → 201 {success, data: {id, folderId, version, title, uploaded, file},
 *   message: ""} (provider_key null, left out); else 200 with the session (path [folderId]).
 * - UploadAsync: the first section of the body, its length computed as Content-Length − Σ(header name + value + 2)
 *   − 2·(len("\r\n--" + boundary) + 2) − 6 (CUH:170-189): right for one part with exactly two headers, wrong
 *   otherwise, and the wrong length is what the session counts.
 * - Abort → {success: true, message: ""}; Finalize → as the API's finalize, 201.
 */
export async function chunkedUploaderAshx(ctx: HandlerContext): Promise<ApiResult> {
  if (ctx.method === 'OPTIONS') return { status: 200 }
  const q = ctx.query
  const uid = queryFlag(q, 'uid') ?? ''
  const type =
    queryFlag(q, 'initiate') === 'true' &&
    (queryFlag(q, 'filetitle') ?? '') !== '' &&
    (queryFlag(q, 'folderid') ?? '') !== ''
      ? 'initiate'
      : queryFlag(q, 'abort') === 'true' && uid !== ''
        ? 'abort'
        : queryFlag(q, 'finalize') === 'true' && uid !== ''
          ? 'finalize'
          : queryFlag(q, 'upload') === 'true' && uid !== ''
            ? 'upload-async'
            : uid !== ''
              ? 'upload'
              : 'none'
  const drain = async (): Promise<void> => {
    if (ctx.form) dropParts(ctx, await ctx.form())
  }
  if (!ctx.authenticated) {
    await drain()
    return ashxError(NOT_AUTHORIZED)
  }
  if (type === 'initiate') {
    await drain()
    return ashxError('The DocSpace emulator does not model ChunkedUploader.ashx?initiate=true')
  }
  if (uid === '') {
    await drain()
    return ashxError(NOT_AUTHORIZED)
  }
  const s = liveSession(ctx.state, uid)
  if (!s) {
    await drain()
    return ashxError(NRE)
  }
  if (s.userId !== ctx.dto.userId) {
    await drain()
    return ashxError(NOT_AUTHORIZED)
  }
  const asAnswer = (done: Committed): ApiResult =>
    'status' in done ? ashxError(errorMessage(done)) : ashxAnswer(201, true, uploadedAnswer(ctx, done), '')
  switch (type) {
    case 'abort':
      await drain()
      dropSession(ctx.state, s)
      return ashxAnswer(200, true, undefined, '')
    case 'finalize':
      await drain()
      return asAnswer(s.useChunks ? await finalize(ctx, s) : committedOf(ctx, s))
    case 'upload': {
      const form = await ctx.form!()
      const part = form.tooLarge || form.aborted || form.malformed ? undefined : form.parts.find((p) => p.stored)
      dropParts(ctx, form, part)
      if (!part?.stored) return ashxError('HttpRequest.Files is empty')
      const refused = acceptChunk(ctx, s, part.stored, part.size, undefined)
      if (refused) return ashxError(errorMessage(refused))
      const transferred = countedChunks(ctx.state, s).reduce((a, c) => a + c.length, 0)
      if (transferred === s.bytesTotal || !s.useChunks)
        return asAnswer(s.useChunks ? await finalize(ctx, s) : committedOf(ctx, s))
      return ashxAnswer(200, true, sessionResponse(ctx, s, false), '')
    }
    case 'upload-async': {
      const form = await ctx.form!()
      if (!/boundary=/i.test(ctx.contentType ?? '')) {
        dropParts(ctx, form)
        return ashxError('Missing content-type boundary.')
      }
      if (ctx.contentLength === undefined) {
        dropParts(ctx, form)
        return ashxError('Nullable object must have a value.')
      }
      const first = form.parts[0]
      dropParts(ctx, form, first)
      if (!first)
        return ashxError('Unexpected end of Stream, the content may have already been read by another component.')
      const boundary = /boundary="?([^";]+)"?/i.exec(ctx.contentType ?? '')?.[1] ?? ''
      const headersLength = first.headers.reduce((a, [k, v]) => a + v.length + k.length + 2, 0)
      const boundaryLength = Buffer.byteLength(`\r\n--${boundary}`) + 2
      const length = ctx.contentLength - headersLength - boundaryLength * 2 - 6
      // A field part's bytes are in memory (its first 64 KiB).
      const bytes = first.stored ?? storedFromBuffer(Buffer.from(first.value ?? '', 'utf8'))
      const chunkNumber = Number.parseInt(queryFlag(q, 'chunknumber') ?? '', 10)
      const refused = acceptChunk(ctx, s, bytes, length, Number.isNaN(chunkNumber) ? undefined : chunkNumber)
      if (refused) return ashxError(errorMessage(refused))
      return ashxAnswer(200, true, sessionResponse(ctx, s, false), '')
    }
    default:
      await drain()
      return { status: 200 }
  }
}

/** Used by tests that need the session an upload created. */
export function sessionsOf(state: EmulatorState): UploadSession[] {
  return [...state.uploadSessions.values()]
}
