// Handlers outside /files/rooms: operation polling, text files in rooms and
// the tag catalogue.
// Sources: DocSpace-server at tag v3.7.2-server, paths relative to that repository:
//   OPC  products/ASC.Files/Server/Api/OperationController.cs
//   FCH  products/ASC.Files/Server/Helpers/FilesControllerHelper.cs
//   FU   products/ASC.Files/Core/Utils/FileUploader.cs
//   CTS  products/ASC.Files/Core/Core/VirtualRooms/CustomTagsService.cs
import type { HandlerContext } from './context.js'
import { ARCHIVE_FOLDER_ID, fileDto, ROOMS_FOLDER_ID } from './dto.js'
import { tag } from './fields.js'
import { listOperations, type OperationManager } from './operations.js'
import {
  accessDenied,
  badArgument,
  emptyArgument,
  notFound,
  nullArgument,
  success,
  validation,
  whitespaceArgument,
  type ApiResult
} from './results.js'
import { availableTitle, storedFileTitle } from './names.js'
import { renderRoom } from './room-handlers.js'
import type { EmulatedFile } from './state.js'
import { addVersion, dbTime, fileByTitle, touchChain } from './tree.js'
import {
  addError,
  conversionError,
  dotnetTrim,
  field,
  normalizeTitle,
  parseEnumQuery,
  queryInt,
  readObjectBody,
  requiredMembersMissing,
  type Errors
} from './validation.js'

/**
 * GET /files/fileops (OPC:163-178): the caller's operations of every manager,
 * dequeuing finished ones (see operations.ts). The action is an
 * IAsyncEnumerable, so the envelope's count is 1 even for [] (CommonApiResponse.cs:75-101).
 */
export function getOperations(ctx: HandlerContext): ApiResult {
  // string Id: empty → null (no filter)
  const id = ctx.query.get('id') || undefined
  return success(ctx.req, listOperations(ctx.state, ctx.dto.userId, renderRoom(ctx), id), 1)
}

/** FileOperationType, products/ASC.Files/Core/Services/WCFService/FileOperations/FileOperationType.cs:39-64 */
const OPERATION_TYPES: Record<string, number> = {
  move: 0,
  copy: 1,
  delete: 2,
  download: 3,
  markasread: 4,
  import: 5,
  convert: 6,
  duplicate: 7
}

/**
 * GET /files/fileops/{operationType} (OPC:187-208): the segment is a type,
 * not an op id (a uuid fails model binding). Move/Copy read the move/copy
 * manager, Delete the delete manager — with that manager's dequeue side
 * effects even for ops of the other type — then keep the requested type; the
 * emulator's managers hold no Copy, Download, MarkAsRead or Duplicate ops.
 * Import/Convert → ArgumentOutOfRangeException → 400 (OPC:193-201).
 */
export function getOperationsByType(ctx: HandlerContext, segment: string): ApiResult {
  const s = decodeURIComponent(segment)
  // The literal routes GET fileops/checkdestfolder and fileops/move (OPC:278, 324) win over
  // {operationType}: they are other actions, so "move" (any case) never reaches this handler;
  // routes.ts keeps them out of this route and, not serving them, answers them as unknown
  // endpoints. The Move type is asked for as 0.
  const type = parseEnumQuery(s, OPERATION_TYPES)
  if (type === undefined) return validation(ctx.req, { operationType: [`The value '${s}' is not valid.`] })
  let managers: OperationManager[] = []
  if (type === 0 || type === 1) managers = ['move']
  else if (type === 2) managers = ['delete']
  else if (type === 5 || type === 6) {
    return badArgument('Specified argument was out of the range of valid values.', 'System.ArgumentOutOfRangeException')
  }
  const id = ctx.query.get('id') || undefined
  const list = listOperations(ctx.state, ctx.dto.userId, renderRoom(ctx), id, managers).filter(
    (o) => o['Operation'] === type
  )
  return success(ctx.req, list, 1)
}

/** Content that looks like markup makes an .html file (FCH:158-163). */
const HTML_TAG = /<([^\s>]*)(\s[^<]*)>/

/**
 * POST /files/{folderId}/text (products/ASC.Files/Server/Api/FilesController.cs:277-281
 * → FCH:156-178 → FU:61-125).
 * - Body: `title` is a C# `required` member with [StringLength(165, MinimumLength = 1)],
 *   `content` a string, `createNewIfExist` a bool
 *   (products/ASC.Files/Server/ApiModels/RequestDto/CreateTextOrHtmlFileRequestDto.cs:39-79).
 * - A blank title → ArgumentException (FCH:170); null content →
 *   Encoding.UTF8.GetBytes(null) → ArgumentNullException (FCH:172); both 400.
 * - The extension (.html for markup-like content, else .txt) is appended unless the
 *   title already ends with it, ignoring case (FCH:174); then the title is normalised (FU:90).
 * - Missing folder → DirectoryNotFoundException 404; the Rooms/Archive folders, an
 *   archived room or no Create right → SecurityException 403 "Access denied" (FU:153-166).
 * - createNewIfExist is negated twice on its way down: the controller passes
 *   !createNewIfExist as updateIfExist (FilesController.cs:280), FCH:173-175 passes
 *   that as FileUploader.ExecAsync's `createNewIfExist`, which passes its negation as
 *   `updateIfExists` (FU:61-63). So createNewIfExist:true saves a new version of a
 *   same-titled file (FU:100-113) and false (the default) creates a new file named
 *   by GetAvailableTitleAsync, e.g. "README (1).txt" (FU:115-118;
 *   products/ASC.Files/Core/Helpers/Global.cs:264-301).
 * - Saving a file bumps the room's `updated`
 *   (products/ASC.Files/Core/Core/Dao/TeamlabDao/FileDao.cs:505-507, 641-644).
 */
export function createTextFile(ctx: HandlerContext, folderSegment: string): ApiResult {
  const read = readObjectBody(ctx.rawBody)
  if (!read.ok) return validation(ctx.req, read.errors)
  const body = read.value
  const errors: Errors = {}
  for (const key of Object.keys(body)) {
    const v = body[key]
    const k = key.toLowerCase()
    if ((k === 'title' || k === 'content') && v !== null && typeof v !== 'string') {
      conversionError(errors, key, 'System.String')
      return validation(ctx.req, errors)
    }
    if (k === 'createnewifexist' && typeof v !== 'boolean') {
      conversionError(errors, key, 'System.Boolean')
      return validation(ctx.req, errors)
    }
  }
  const title = field(body, 'title') as string | null | undefined
  if (title === undefined) {
    requiredMembersMissing(errors, 'ASC.Files.ApiModels.RequestDto.CreateTextOrHtmlFile', ['title'])
    return validation(ctx.req, errors)
  }
  if (title !== null && (title.length < 1 || title.length > 165)) {
    addError(
      errors,
      'Title',
      'The field Title must be a string with a minimum length of 1 and a maximum length of 165.'
    )
    return validation(ctx.req, errors)
  }
  const content = field(body, 'content') as string | null | undefined
  const createNewIfExist = field(body, 'createNewIfExist') === true

  const ext = content && HTML_TAG.test(content) ? '.html' : '.txt'
  if (title === null) return nullArgument('title')
  if (dotnetTrim(title) === '') return whitespaceArgument('title')
  if (content === null || content === undefined) return nullArgument('s')
  const name = normalizeTitle(title.toLowerCase().endsWith(ext) ? title : title + ext)

  // The int route serves numeric ids; anything else goes to the third-party controller.
  if (!/^\d+$/.test(folderSegment)) return notFound(FOLDER_NOT_FOUND, 'System.IO.DirectoryNotFoundException')
  const folderId = Number(folderSegment)
  if (folderId === ROOMS_FOLDER_ID || folderId === ARCHIVE_FOLDER_ID) return accessDenied()
  const room = ctx.state.rooms.get(folderId)
  if (!room) return notFound(FOLDER_NOT_FOUND, 'System.IO.DirectoryNotFoundException')
  // Create in a room: owner or manager, never in the Archive (the emulator's EditRoom set).
  if (!ctx.state.canEditRoom(ctx.dto.userId, room)) return accessDenied()

  const at = ctx.state.now()
  const now = dbTime(at)
  const userId = ctx.dto.userId
  // FileUploader.VerifyFileUploadAsync (FU:88-125) and FileDao.SaveFileAsync (FiDao:524-539): the title is saved
  // with its extension lower-cased; the same title is looked up in SQL, case-insensitively on MySQL (names.ts).
  const stored = storedFileTitle(name)
  const existing = fileByTitle(room, stored, room.created)
  let file: EmulatedFile
  if (existing && createNewIfExist && !existing.editing) {
    // FU:102-113: a new version with comment FilesCommonResource.CommentUpload "Uploaded"
    // (products/ASC.Files/Core/Resources/FilesCommonResource.resx:213-214).
    addVersion(existing, room, { bytes: content, title: stored, comment: 'Uploaded', userId, now })
    file = existing
  } else {
    const title =
      existing && !createNewIfExist
        ? availableTitle(stored, (t) => fileByTitle(room, t, room.created) !== undefined)
        : stored
    file = { id: ctx.state.nextFileId++, title, content, version: 1, created: now, updated: now, createdBy: userId }
    room.files.push(file)
  }
  touchChain([room], userId, at)
  return success(ctx.req, fileDto(ctx.dto, room, file))
}

const FOLDER_NOT_FOUND = 'The required folder was not found'

/** The SQL LIKE escaping applied to the search text before a literal Contains (TagDao.cs:147; CTS:215). */
function tagSearchText(text: string): string {
  return text.toLowerCase().trim().replaceAll('%', '\\%').replaceAll('_', '\\_')
}

/**
 * GET /files/tags (VirtualRoomsController.cs:1003-1009 → CTS:205-232).
 * DocSpace admins: the whole catalogue, newest first, filtered by substring
 * (products/ASC.Files/Core/Core/Dao/TeamlabDao/TagDao.cs:136-164); others: the
 * distinct tags of the active rooms they can see (CTS:207-225). The search text
 * is lower-cased, trimmed and LIKE-escaped ('_' → '\_', '%' → '\%') and then
 * matched literally, so '_' and '%' never match themselves. `count` 1..100
 * (GetTagsInfoRequestDto.cs:46-48), its errors under "count" (see listing.ts).
 * The action returns IAsyncEnumerable<object> (VirtualRoomsController.cs:1006):
 * the envelope count is 1, and the page is tagged so that under any `fields`
 * the converter made for System.Object writes the whole `response` as `{}`
 * (DynamicIgnoreResolver.cs:126-130; fields.ts).
 */
export function getTagCatalogue(ctx: HandlerContext): ApiResult {
  const errors: Errors = {}
  const count = queryInt(errors, ctx.query, 'count', 100)
  if (count !== undefined && (count < 1 || count > 100)) {
    addError(errors, 'count', 'The field Count must be between 1 and 100.')
  }
  const startIndex = queryInt(errors, ctx.query, 'startIndex', 0)
  if (Object.keys(errors).length || count === undefined || startIndex === undefined) {
    return validation(ctx.req, errors)
  }
  const raw = ctx.query.get('filterValue') ?? ''
  const search = raw ? tagSearchText(raw) : ''
  const userId = ctx.dto.userId
  let names: string[]
  if (ctx.state.admins.has(userId)) {
    names = [...ctx.state.tagCatalogue].reverse()
  } else {
    const seen = new Set<string>()
    for (const room of ctx.state.rooms.values()) {
      if (room.archived || !ctx.state.canRead(userId, room)) continue
      for (const t of room.tags) seen.add(t)
    }
    names = [...seen]
  }
  if (search) names = names.filter((t) => t.toLowerCase().includes(search))
  const page = names.slice(Math.max(0, startIndex), Math.max(0, startIndex) + count)
  return success(ctx.req, tag(page, { kind: 'async-enumerable', element: 'object' }), 1)
}

/**
 * POST /files/tags (VirtualRoomsController.cs:975-980 → CTS:46-76): `name` is a
 * C# `required` member, at most 255 (CreateTagRequestDto.cs:45-46), not
 * trimmed. Only room admins and DocSpace admins (403 otherwise); null/"" →
 * 400; an existing name is answered as is.
 */
export function createTag(ctx: HandlerContext): ApiResult {
  const read = readObjectBody(ctx.rawBody)
  if (!read.ok) return validation(ctx.req, read.errors)
  const errors: Errors = {}
  const name = field(read.value, 'name')
  if (name !== undefined && name !== null && typeof name !== 'string') {
    conversionError(errors, 'name', 'System.String')
    return validation(ctx.req, errors)
  }
  if (name === undefined) {
    requiredMembersMissing(errors, 'ASC.Files.ApiModels.RequestDto.CreateTagRequestDto', ['name'])
    return validation(ctx.req, errors)
  }
  if (typeof name === 'string' && name.length > 255) {
    addError(errors, 'Name', 'The field Name must be a string with a maximum length of 255.')
    return validation(ctx.req, errors)
  }
  const type = ctx.state.userType(ctx.dto.userId)
  if (type !== 'RoomAdmin' && type !== 'DocSpaceAdmin') return accessDenied()
  if (name === null) return nullArgument('name')
  if (name === '') return emptyArgument('name')
  ctx.state.tagCatalogue.add(name)
  return success(ctx.req, name)
}
