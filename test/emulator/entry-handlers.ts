// Files one by one: GET files/file/{id}, its history, the version comment, and the delete operation.
// Sources: DocSpace-server at tag v3.7.2-server, paths relative to that repository:
//   FLC  products/ASC.Files/Server/Api/FilesController.cs
//   OPC  products/ASC.Files/Server/Api/OperationController.cs
//   FSS  products/ASC.Files/Core/Core/FileStorageService.cs
//   FiDao products/ASC.Files/Core/Core/Dao/TeamlabDao/FileDao.cs
//   UCR  products/ASC.Files/Server/ApiModels/RequestDto/UpdateCommentRequestDto.cs
//   BMR  products/ASC.Files/Core/ApiModels/RequestDto/BatchModelRequestDto.cs
//   FOM  products/ASC.Files/Core/Services/WCFService/FileOperations/FileOperationsManager.cs
//   DPC  products/ASC.Files/Core/Services/WCFService/FileOperations/DeletePermissionsCheck.cs
//   FCR  products/ASC.Files/Core/Resources/FilesCommonResource.resx
import type { HandlerContext } from './context.js'
import { fileDto } from './dto.js'
import { intSegment } from './folder-handlers.js'
import { listOperations, startOperation } from './operations.js'
import { failure, invalidOperation, notFound, serverError, success, validation, type ApiResult } from './results.js'
import { renderRoom } from './room-handlers.js'
import type { EmulatedFile } from './state.js'
import { allVersions, findFile, type FileLocation } from './tree.js'
import { fileRefusal, folderRefusal } from './trash.js'
import { conversionError, field, readObjectBody, requiredMembersMissing, type Errors } from './validation.js'

/** FCR ErrorMessage_FileNotFound (:258-259) */
const FILE_NOT_FOUND = 'The required file was not found'
/** FCR ErrorMessage_SecurityException_ReadFile */
const READ_FILE_DENIED = "You don't have enough permission to view the file"
/** FCR ErrorMessage_SecurityException_EditFile (:360-361) */
const EDIT_FILE_DENIED = 'You do not have enough permissions to edit the file'
/** FCR ErrorMessage_ViewTrashItem */
const VIEW_TRASH_ITEM = 'You are not allowed to preview the elements in the Trash'

function canReadFile(ctx: HandlerContext, loc: FileLocation): boolean {
  if (loc.trashed) return loc.trashed.userId === ctx.dto.userId
  return ctx.state.canRead(ctx.dto.userId, loc.room)
}

function dtoOf(ctx: HandlerContext, loc: FileLocation, file: EmulatedFile = loc.file): Record<string, unknown> {
  return fileDto(ctx.dto, loc.room, file, { room: loc.room, parent: loc.parent, trashed: loc.trashed !== undefined })
}

/** A file version as a File: the row's own title, version, group, size, comment and dates. */
function versionAsFile(loc: FileLocation, v: ReturnType<typeof allVersions>[number]): EmulatedFile {
  const f: EmulatedFile = {
    id: loc.file.id,
    title: v.title,
    content: '',
    version: v.version,
    versionGroup: v.versionGroup,
    comment: v.comment,
    created: v.created,
    updated: v.updated,
    createdBy: loc.file.createdBy ?? loc.room.createdBy,
    updatedBy: v.updatedBy,
    stored: v.stored,
    contentLength: v.contentLength
  }
  return f
}

/**
 * GET files/file/{fileId}[?version=N] (FLC:432-437 → FilesHelperBase.GetFileInfoAsync → FSS:1558-1574): missing
 * (or no such version) → ItemNotFoundException → 404 "The required file was not found"; not readable →
 * InvalidOperationException → 403.
 */
export function getFileInfo(ctx: HandlerContext, segment: string): ApiResult {
  const id = intSegment(segment)
  const loc = id === undefined ? undefined : findFile(ctx.state, id)
  const rawVersion = ctx.query.get('version')
  const version = rawVersion !== null && /^\s*\d+\s*$/.test(rawVersion) ? Number(rawVersion) : 0
  if (!loc) return notFound(FILE_NOT_FOUND)
  let file = loc.file
  if (version > 0) {
    const v = allVersions(loc.file, loc.room.created, loc.room.createdBy).find((x) => x.version === version)
    if (!v) return notFound(FILE_NOT_FOUND)
    file = versionAsFile(loc, v)
  }
  if (!canReadFile(ctx, loc)) return invalidOperation(READ_FILE_DENIED)
  return success(ctx.req, dtoOf(ctx, loc, file))
}

/**
 * GET files/file/{fileId}/history (FLC:449-454 → FSS:2112-2131): every version, newest first
 * (FileQueries.cs:525-531 OrderByDescending(Version)), each a FileDto of that row; `viewUrl` carries no version.
 * The action is an IAsyncEnumerable (envelope count 1). A missing or unreadable file fails the read-history check
 * → InvalidOperationException → 403 (inference: the check runs when the list is first read; the emulator answers
 * it as an ordinary 403 envelope).
 */
export function getFileHistory(ctx: HandlerContext, segment: string): ApiResult {
  const id = intSegment(segment)
  const loc = id === undefined ? undefined : findFile(ctx.state, id)
  if (!loc || !canReadFile(ctx, loc)) return invalidOperation(READ_FILE_DENIED)
  const versions = allVersions(loc.file, loc.room.created, loc.room.createdBy).reverse()
  return success(
    ctx.req,
    versions.map((v) => dtoOf(ctx, loc, versionAsFile(loc, v))),
    1
  )
}

/**
 * PUT files/file/{fileId}/comment {version, comment} (FLC:526-530 → FSS:2155-2186 → FiDao:1486-1497). `version` is
 * a C# `required` int, `comment` a string (UCR:39-52). The version must exist (FiDao.GetFileAsync(id, version)),
 * else InvalidOperationException "The required file was not found" → 403; no EditHistory right → 403 "You do not
 * have enough permissions to edit the file"; in the Trash → 403. The comment is cut to 255 UTF-16 units (null →
 * "") and stored on that version only; `updated` does not move. Answer: the stored comment (a string).
 */
export function updateComment(ctx: HandlerContext, segment: string): ApiResult {
  const read = readObjectBody(ctx.rawBody)
  if (!read.ok) return validation(ctx.req, read.errors)
  const errors: Errors = {}
  const rawVersion = field(read.value, 'version')
  const comment = field(read.value, 'comment')
  if (rawVersion === undefined) {
    requiredMembersMissing(errors, 'ASC.Files.ApiModels.RequestDto.UpdateComment', ['version'])
    return validation(ctx.req, errors)
  }
  const version = typeof rawVersion === 'string' && /^-?\d+$/.test(rawVersion.trim()) ? Number(rawVersion) : rawVersion
  if (typeof version !== 'number' || !Number.isInteger(version)) {
    conversionError(errors, 'version', 'System.Int32')
    return validation(ctx.req, errors)
  }
  if (comment !== undefined && comment !== null && typeof comment !== 'string') {
    conversionError(errors, 'comment', 'System.String')
    return validation(ctx.req, errors)
  }
  const id = intSegment(segment)
  const loc = id === undefined ? undefined : findFile(ctx.state, id)
  if (!loc) return invalidOperation(FILE_NOT_FOUND)
  const versions = allVersions(loc.file, loc.room.created, loc.room.createdBy)
  const target = versions.find((v) => v.version === version)
  if (!target) return invalidOperation(FILE_NOT_FOUND)
  if (loc.trashed) return invalidOperation(VIEW_TRASH_ITEM)
  if (!ctx.state.canEditFile(ctx.dto.userId, loc.room)) return invalidOperation(EDIT_FILE_DENIED)
  const text = (comment ?? '').slice(0, 255)
  if (version === (loc.file.version ?? 1)) loc.file.comment = text
  else {
    const old = loc.file.history?.find((v) => v.version === version)
    if (old) old.comment = text
  }
  return success(ctx.req, text)
}

type IdList = { ints: number[]; strings: string[] } | ApiResult

/** List<JsonElement> (BMR:123-129) split by FOM:159-193: numbers (GetInt32: a non-integer fails, 500), numeric
 * strings → int ids, other strings → third-party ids; other JSON kinds are skipped. */
function idList(ctx: HandlerContext, body: Record<string, unknown>, name: string): IdList {
  const raw = field(body, name)
  if (raw === undefined || raw === null) return { ints: [], strings: [] }
  if (!Array.isArray(raw)) {
    const errors: Errors = {}
    conversionError(errors, name, 'System.Collections.Generic.List`1[System.Text.Json.JsonElement]')
    return validation(ctx.req, errors)
  }
  const ints: number[] = []
  const strings: string[] = []
  for (const v of raw as unknown[]) {
    if (typeof v === 'number') {
      if (!Number.isInteger(v) || v > 2147483647 || v < -2147483648)
        return serverError(
          "The requested operation requires an element of type 'Number', but the target element has type 'Number'.",
          'System.FormatException'
        )
      ints.push(v)
    } else if (typeof v === 'string') {
      if (/^\s*[+-]?\d+\s*$/.test(v) && Math.abs(Number(v)) <= 2147483647) ints.push(Number(v))
      else strings.push(v)
    }
  }
  return { ints, strings }
}

/**
 * PUT files/fileops/delete {fileIds, folderIds, deleteAfter, immediately, returnSingleOperation}
 * (OPC:105-114; BMR:117-142) → FOM.Publish (FOM:590-660).
 * - Nothing to delete → no operation; the caller's delete operations are listed as they are (FOM:592-595).
 * - Before queueing, the permission pre-check (DPC:41-146, FOM:624-633), folders first: a missing folder or file →
 *   FileNotFoundException → 404; a room without `immediately`, no delete right, a file being edited →
 *   SecurityException → 403 "Access denied". Third-party (non-int) ids: not found (inference).
 * - The job (trash.ts) runs later and is polled on GET files/fileops like archive; `deleteAfter` = !holdResult.
 * - Answer: the caller's delete operations (returnSingleOperation: only the new one), IAsyncEnumerable (count 1).
 */
export function deleteEntries(ctx: HandlerContext): ApiResult {
  const read = readObjectBody(ctx.rawBody)
  if (!read.ok) return validation(ctx.req, read.errors)
  const body = read.value
  const errors: Errors = {}
  for (const name of ['deleteAfter', 'immediately', 'returnSingleOperation']) {
    const v = field(body, name)
    if (v !== undefined && typeof v !== 'boolean') conversionError(errors, name, 'System.Boolean')
  }
  if (Object.keys(errors).length) return validation(ctx.req, errors)
  const files = idList(ctx, body, 'fileIds')
  if ('status' in files) return files
  const folders = idList(ctx, body, 'folderIds')
  if ('status' in folders) return folders
  const immediately = field(body, 'immediately') === true
  const deleteAfter = field(body, 'deleteAfter') === true
  const single = field(body, 'returnSingleOperation') === true
  const userId = ctx.dto.userId
  const render = renderRoom(ctx)
  const nothing = files.ints.length + files.strings.length + folders.ints.length + folders.strings.length === 0
  if (nothing) return success(ctx.req, listOperations(ctx.state, userId, render, undefined, ['delete']), 1)

  // The pre-check throws the exception the DPC texts name; ResponseWrapper maps SecurityException to "Access denied".
  for (const id of folders.ints) {
    const refusal = folderRefusal(ctx.state, userId, id, immediately)
    if (refusal === 'The required folder was not found') return failure(404, refusal, 'System.IO.FileNotFoundException')
    if (refusal) return failure(403, 'Access denied', 'System.Security.SecurityException')
  }
  if (folders.strings.length > 0)
    return failure(404, 'The required folder was not found', 'System.IO.FileNotFoundException')
  for (const id of files.ints) {
    const refusal = fileRefusal(ctx.state, userId, id)
    if (refusal === FILE_NOT_FOUND) return failure(404, refusal, 'System.IO.FileNotFoundException')
    if (refusal) return failure(403, 'Access denied', 'System.Security.SecurityException')
  }
  if (files.strings.length > 0) return failure(404, FILE_NOT_FOUND, 'System.IO.FileNotFoundException')

  const fault = ctx.takeOperationFault()
  const op = startOperation(ctx.state, {
    userId,
    kind: 'delete-entries',
    roomId: 0,
    roomTitle: '',
    deleteAfter,
    entries: { fileIds: files.ints, folderIds: folders.ints, immediately },
    ...(fault ? { fault: { kind: fault.kind, ...(fault.kind === 'op-error' ? { message: fault.message } : {}) } } : {})
  })
  const list = listOperations(ctx.state, userId, render, single ? op.id : undefined, ['delete'], op)
  return success(ctx.req, list, 1)
}
