// Folders: GET /api/2.0/files/{folderId} (FolderContentDto) for rooms and the folders in them, with the
// recursive scans; GET and POST files/folder/{id}. Sources: DocSpace-server at tag v3.7.2-server, paths
// relative to that repository. Abbreviations:
//   FC   products/ASC.Files/Server/Api/FoldersController.cs
//   GFR  products/ASC.Files/Server/ApiModels/RequestDto/GetFolderRequestDto.cs
//   CFR  products/ASC.Files/Server/ApiModels/RequestDto/CreateFolderRequestDto.cs
//   FCD  products/ASC.Files/Core/ApiModels/ResponseDto/FolderContentDto.cs
//   FSS  products/ASC.Files/Core/Core/FileStorageService.cs
//   EM   products/ASC.Files/Core/Utils/EntryManager.cs
//   FDao products/ASC.Files/Core/Core/Dao/TeamlabDao/FileDao.cs
//   FoDao products/ASC.Files/Core/Core/Dao/TeamlabDao/FolderDao.cs
//   AD   products/ASC.Files/Core/Core/Dao/TeamlabDao/AbstractDao.cs
//   G    products/ASC.Files/Core/Helpers/Global.cs
import type { HandlerContext } from './context.js'
import {
  ARCHIVE_FOLDER_ID,
  fileDto,
  folderDto,
  FOLDER_TYPE_ARCHIVE,
  FOLDER_TYPE_ROOMS,
  ROOM_FOLDER_TYPE,
  ROOMS_FOLDER_ID,
  roomDto,
  rootFolderDto
} from './dto.js'
import { listRooms } from './listing.js'
import { fileCategory } from './names.js'
import { emptyArgument, failure, invalidOperation, notFound, success, validation, type ApiResult } from './results.js'
import type { EmulatedFile, EmulatedFolder, EmulatedRoom } from './state.js'
import {
  dbTime,
  findFolder,
  isRoom,
  recordedLength,
  walkFiles,
  walkFolders,
  type Container,
  type FolderLocation
} from './tree.js'
import {
  addError,
  conversionError,
  dotnetTrim,
  field,
  normalizeTitle,
  readObjectBody,
  requiredMembersMissing,
  SORTED_BY_TYPES,
  type Errors
} from './validation.js'

// FolderType numbers (products/ASC.Files/Core/Core/Entries/Folder.cs:41-129: VirtualRooms 14,
// Archive 20; a room's own type via DocSpaceHelper.MapToFolderType,
// products/ASC.Files/Core/Helpers/DocSpaceHelper.cs:100-111) come from dto.ts.

/** FilterType, products/ASC.Files/Core/Core/FilterTypeEnum.cs */
const FILTER_TYPES: Record<string, number> = {
  none: 0,
  filesonly: 1,
  foldersonly: 2,
  documentsonly: 3,
  presentationsonly: 4,
  spreadsheetsonly: 5,
  imagesonly: 7,
  byuser: 8,
  bydepartment: 9,
  archiveonly: 10,
  byextension: 11,
  mediaonly: 12,
  fillingformsrooms: 13,
  editingrooms: 14,
  customrooms: 17,
  publicrooms: 20,
  pdf: 22,
  pdfform: 23,
  virtualdatarooms: 24,
  diagramsonly: 25,
  airooms: 26
}
const DEFINED_FILTER_TYPES = new Set(Object.values(FILTER_TYPES))
const FT = { None: 0, FilesOnly: 1, FoldersOnly: 2, ByExtension: 11 } as const
/** File categories FDao compares against (`Category == filterType`, FDao:2693-2705). */
const CATEGORY_FILTERS = new Set([3, 4, 5, 7, 10, 12, 22, 23, 25])
/** Filters under which no folder is listed (FolderDao.CheckInvalidFilter, FoDao:2142-2156, used at :255, :280). */
const FILE_ONLY_FILTERS = new Set([1, 11, 3, 7, 4, 5, 10, 12, 25, 22, 23])
/** ApplyFilterOption (products/ASC.Files/Core/Core/ApplyFilterOption.cs:39-49) */
const APPLY_FILTER_OPTIONS: Record<string, number> = { all: 0, files: 1, folders: 2 }

// SortedByType names are parsed ignoring case (FCD:284).
type SortName = (typeof SORTED_BY_TYPES)[number]

/** Third-party id prefixes, products/ASC.Files/Core/Core/Thirdparty/Selectors.cs:38-45. */
const SELECTOR_PATTERN = /^(?<selector>.*)-(?<id>\d+)(-(?<path>.*))?$/s
const KNOWN_SELECTORS = new Set(['sbox', 'spoint', 'drive', 'box', 'dropbox', 'onedrive'])

const MAX_COUNT = 100 // Range(1, ApiContext.MaxCount) with default ApiContext.DefaultCount, GFR:129-131; common/ASC.Api.Core/Core/ApiContext.cs:39-40
const INT32_MAX = 2147483647
const INT32_MIN = -2147483648

interface ContentQuery {
  startIndex: number
  count: number
  filterValue: string | undefined
  filterType: number | undefined
  sortBy: SortName | undefined
  ascending: boolean
  /** GFR:94-95 bool?; FC:280 passes `?? true` */
  withSubFolders: boolean | undefined
  /** GFR:87-88 ApplyFilterOption? */
  applyFilterOption: number | undefined
  /** GFR:101-102, split on ',' (FC:273) */
  extension: string | undefined
}

/** ASP.NET's query value provider matches keys ignoring case and binds the first value. */
function queryValue(q: URLSearchParams, name: string): string | undefined {
  const lower = name.toLowerCase()
  for (const [k, v] of q) if (k.toLowerCase() === lower) return v
  return undefined
}

const INTEGER = /^\s*[+-]?\d+\s*$/

/** SimpleTypeModelBinder for a non-nullable int: blank -> "is invalid", unparsable -> "is not valid for". */
function bindInt(errors: Errors, key: string, display: string, raw: string | undefined, fallback: number): number {
  if (raw === undefined) return fallback
  if (raw.trim() === '') {
    addError(errors, key, `The value '${raw}' is invalid.`)
    return fallback
  }
  const n = INTEGER.test(raw) ? Number(raw.trim()) : NaN
  if (!Number.isInteger(n) || n > INT32_MAX || n < INT32_MIN) {
    addError(errors, key, `The value '${raw}' is not valid for ${display}.`)
    return fallback
  }
  return n
}

/** EnumTypeModelBinder: name (any case) or number; a number outside the enum is "invalid". */
function bindEnum(
  errors: Errors,
  key: string,
  display: string,
  raw: string,
  names: Record<string, number>,
  defined: Set<number>
): number | undefined {
  const t = raw.trim()
  const named = names[t.toLowerCase()]
  if (named !== undefined) return named
  if (INTEGER.test(t)) {
    const n = Number(t)
    if (defined.has(n)) return n
    addError(errors, key, `The value '${raw}' is invalid.`)
    return undefined
  }
  addError(errors, key, `The value '${raw}' is not valid for ${display}.`)
  return undefined
}

/** A bool? query property (BooleanConverter → Boolean.Parse: "true"/"false", any case, trimmed; blank → null). */
function bindNullableBool(errors: Errors, key: string, display: string, raw: string | undefined): boolean | undefined {
  if (raw === undefined || raw.trim() === '') return undefined
  const t = raw.trim().toLowerCase()
  if (t === 'true' || t === 'false') return t === 'true'
  addError(errors, key, `The value '${raw}' is not valid for ${display}.`)
  return undefined
}

function parseQuery(q: URLSearchParams, errors: Errors): ContentQuery {
  // GFR:129-131 count [Range(1, 100)] default 100; :137-138 startIndex (no range: see FSS:279).
  // Validation keys are prefix + BinderModelName (DefaultComplexObjectValidationStrategy), and the
  // DTO binds with the empty prefix (no "inDto." keys in the query): the Range error is under
  // "count" like the binding errors; the message names the property, "Count".
  const count = bindInt(errors, 'count', 'Count', queryValue(q, 'count'), MAX_COUNT)
  if (!errors['count'] && (count < 1 || count > MAX_COUNT))
    addError(errors, 'count', `The field Count must be between 1 and ${MAX_COUNT}.`)
  const startIndex = bindInt(errors, 'startIndex', 'StartIndex', queryValue(q, 'startIndex'), 0)

  // GFR:66-67 filterType is FilterType? (blank = not sent).
  let filterType: number | undefined
  const rawType = queryValue(q, 'filterType')
  if (rawType !== undefined && rawType.trim() !== '')
    filterType = bindEnum(errors, 'filterType', 'FilterType', rawType, FILTER_TYPES, DEFINED_FILTER_TYPES)

  // GFR:87-88 applyFilterOption is ApplyFilterOption?.
  let applyFilterOption: number | undefined
  const rawApply = queryValue(q, 'applyFilterOption')
  if (rawApply !== undefined && rawApply.trim() !== '')
    applyFilterOption = bindEnum(
      errors,
      'applyFilterOption',
      'ApplyFilterOption',
      rawApply,
      APPLY_FILTER_OPTIONS,
      new Set([0, 1, 2])
    )

  const withSubFolders = bindNullableBool(errors, 'withSubFolders', 'WithSubFolders', queryValue(q, 'withSubFolders'))

  // GFR:151-152 sortOrder is a non-nullable SortOrder (Ascending = 0, Descending = 1;
  // common/ASC.Api.Core/Core/SortOrder.cs:41-48), so it defaults to Ascending.
  let ascending = true
  const rawOrder = queryValue(q, 'sortOrder')
  if (rawOrder !== undefined) {
    if (rawOrder.trim() === '') addError(errors, 'sortOrder', `The value '${rawOrder}' is invalid.`)
    else
      ascending =
        bindEnum(errors, 'sortOrder', 'SortOrder', rawOrder, { ascending: 0, descending: 1 }, new Set([0, 1])) !== 1
  }

  // GFR:144-145 sortBy is a plain string; FCD:283-287 keeps an explicit order only when it parses.
  // (Numeric sortBy values are not modelled; the server persists a parsed order as the user's
  // default, FSS:360-367, which the emulator does not model either.)
  const rawSort = queryValue(q, 'sortBy')?.trim().toLowerCase()
  const sortBy = SORTED_BY_TYPES.find((n) => n === rawSort)

  return {
    startIndex,
    count,
    filterValue: queryValue(q, 'filterValue'),
    filterType,
    sortBy,
    ascending,
    withSubFolders,
    applyFilterOption,
    extension: queryValue(q, 'extension')
  }
}

interface FileEntry {
  file: EmulatedFile
  parent: Container
}

const fileCreated = (room: EmulatedRoom, f: EmulatedFile): number => (f.created ?? room.created).getTime()
const fileModified = (room: EmulatedRoom, f: EmulatedFile): number => (f.updated ?? f.created ?? room.created).getTime()
/** MySQL CAST of SUBSTRING_INDEX(title, '.', 1): its leading integer, else 0. */
const leadingNumber = (title: string): number => Number(/^\s*([+-]?\d+)/.exec(title.split('.')[0] ?? '')?.[1] ?? 0)

type Key<T> = (x: T) => number | string

/** Sorts by the keys, `dir` applied to each; ties (unordered in SQL) fall back to id. */
function sortBy<T extends { id: number }>(items: T[], keys: Key<T>[], dir: 1 | -1): T[] {
  return [...items].sort((a, b) => {
    for (const key of keys) {
      const ka = key(a)
      const kb = key(b)
      if (ka < kb) return -dir
      if (ka > kb) return dir
    }
    return a.id - b.id
  })
}

/** FDao:2657-2678. */
function sortFiles(room: EmulatedRoom, entries: FileEntry[], sort: SortName, ascending: boolean): FileEntry[] {
  const keys: Key<EmulatedFile>[] = (() => {
    switch (sort) {
      case 'author':
        return [(f) => f.createdBy ?? room.createdBy]
      case 'size':
        return [(f) => recordedLength(f)]
      case 'az':
        return [(f) => leadingNumber(f.title), (f) => f.title.toLowerCase()]
      case 'dateandtime':
        return [(f) => fileModified(room, f)]
      case 'dateandtimecreation':
        return [(f) => fileCreated(room, f)]
      case 'type': {
        const afterLastDot = (t: string): string => t.slice(t.lastIndexOf('.') + 1).toLowerCase()
        return [(f) => afterLastDot(f.title)]
      }
      default:
        return [] // `_ => q.OrderBy(r => r.Title)`, ascending whatever sortOrder says (FDao:2677)
    }
  })()
  const titleOnly = keys.length === 0
  const all = titleOnly ? [(f: EmulatedFile) => f.title.toLowerCase()] : keys
  const sorted = sortBy(
    entries.map((e) => ({ id: e.file.id, e })),
    all.map((k) => (x: { e: FileEntry }) => k(x.e.file)),
    titleOnly || ascending ? 1 : -1
  )
  return sorted.map((x) => x.e)
}

/** FoDao:2187-2198: Author, AZ (title only), DateAndTime, DateAndTimeCreation; anything else by title ascending. */
function sortFolders(folders: EmulatedFolder[], sort: SortName, ascending: boolean): EmulatedFolder[] {
  const keys: Key<EmulatedFolder>[] = (() => {
    switch (sort) {
      case 'author':
        return [(f) => f.createdBy]
      case 'az':
        return [(f) => f.title.toLowerCase()]
      case 'dateandtime':
        return [(f) => f.updated.getTime()]
      case 'dateandtimecreation':
        return [(f) => f.created.getTime()]
      default:
        return []
    }
  })()
  if (keys.length === 0) return sortBy(folders, [(f) => f.title.toLowerCase()], 1)
  return sortBy(folders, keys, ascending ? 1 : -1)
}

const contains = (title: string, text: string): boolean => title.toLowerCase().includes(text.toLowerCase().trim())
const endsWith = (title: string, text: string): boolean => title.toLowerCase().endsWith(text.toLowerCase().trim())

/**
 * What GET files/{folderId} lists and how many (FSS:239-516 → EM:386-402, 527-665 for a folder that is neither a
 * system folder nor third-party):
 * - `withSubFolders` defaults to true (FC:280), but only recurses when a filter is active: for files a
 *   filterType other than None, a filterValue or an extension (FDao:2611-2617: every current file whose tree
 *   row has the folder as an ancestor, the folder's own files included); for folders a filterType or a
 *   filterValue (FoDao:2173-2179: every folder below, `Level != 0`). An AI room never recurses (FSS:316-318).
 * - `applyFilterOption` picks the kind the filter applies to; the other kind is listed unfiltered (EM:395, 402).
 * - FoldersOnly lists no files (FDao:280); FilesOnly, ByExtension and the category filters list no folders
 *   (FoDao:2142-2156, :255, :280).
 * - filterValue: LOWER(title) contains LOWER(TRIM(text)) when no full-text index is configured
 *   (FDao:2643-2648, FoDao:2184; AD:112-123); extension: the title ends with one of them (FDao:2650-2653).
 *   ByExtension also wants the title to end with the filterValue (FDao:2706-2711); the category filters compare
 *   File.FilterType (FDao:2693-2705; names.ts fileCategory).
 * - order: an explicit sortBy with sortOrder (default Ascending), else the user's stored order, initially
 *   DateAndTime descending (products/ASC.Files/Core/Configuration/FilesSettings.cs:218-219, 449-454).
 */
function selectEntries(
  loc: FolderLocation,
  q: ContentQuery
): { folders: { folder: EmulatedFolder; parent: Container }[]; files: FileEntry[] } {
  const node = loc.node
  const filterType = q.filterType ?? FT.None
  const text = q.filterValue ?? ''
  const aiRoom = isRoom(node) && node.roomType === 9
  const withSub = aiRoom ? false : (q.withSubFolders ?? true)
  const apply = q.applyFilterOption ?? 0
  const [folderType, folderText] = apply !== 1 ? [filterType, text] : [FT.None, '']
  // EM:397-400: each extension trimmed, a dot added when missing.
  const exts = q.extension
    ? q.extension
        .split(',')
        .map((e) => dotnetTrim(e))
        .map((e) => (e.startsWith('.') ? e : `.${e}`))
    : []
  const [fileType, fileText, fileExts] = apply !== 2 ? [filterType, text, exts] : [FT.None, '', [] as string[]]
  // EM:575-578: an AI room lists folders only.
  const effectiveFileType = aiRoom ? FT.FoldersOnly : fileType

  let folders: { folder: EmulatedFolder; parent: Container }[] = []
  if (!FILE_ONLY_FILTERS.has(folderType)) {
    const recursive = withSub && (folderType !== FT.None || folderText !== '')
    folders = recursive ? [...walkFolders(node)] : node.folders.map((folder) => ({ folder, parent: node }))
    if (folderText !== '') folders = folders.filter((f) => contains(f.folder.title, folderText))
    const sort = q.sortBy ?? 'dateandtime'
    const order = sortFolders(
      folders.map((f) => f.folder),
      sort,
      q.sortBy ? q.ascending : false
    )
    const parentOf = new Map(folders.map((f) => [f.folder, f.parent]))
    folders = order.map((folder) => ({ folder, parent: parentOf.get(folder)! }))
  }

  let files: FileEntry[] = []
  if (effectiveFileType !== FT.FoldersOnly) {
    const recursive = withSub && (fileText !== '' || fileExts.length > 0 || effectiveFileType !== FT.None)
    files = recursive ? [...walkFiles(node)] : node.files.map((file) => ({ file, parent: node }))
    if (fileText !== '') files = files.filter((e) => contains(e.file.title, fileText))
    if (fileExts.length > 0) files = files.filter((e) => fileExts.some((x) => endsWith(e.file.title, x)))
    if (effectiveFileType === FT.ByExtension && fileText !== '')
      files = files.filter((e) => endsWith(e.file.title, fileText))
    if (CATEGORY_FILTERS.has(effectiveFileType))
      files = files.filter((e) => fileCategory(e.file.title) === effectiveFileType)
    files = q.sortBy
      ? sortFiles(loc.room, files, q.sortBy, q.ascending)
      : sortFiles(loc.room, files, 'dateandtime', false)
  }
  return { folders, files }
}

/** DataWrapper.FolderPathParts, FSS:484-509: {id, title, roomType?, folderType} per breadcrumb; a DEFAULT
 * folder has folderType 0 and no roomType (null, not written). */
function pathParts(loc: FolderLocation): Record<string, unknown>[] {
  const room = loc.room
  const root = room.archived
    ? { id: ARCHIVE_FOLDER_ID, title: 'Archive', folderType: FOLDER_TYPE_ARCHIVE }
    : { id: ROOMS_FOLDER_ID, title: 'Rooms', folderType: FOLDER_TYPE_ROOMS }
  // Root titles: products/ASC.Files/Core/Resources/FilesUCResource.resx:124 (Archive), :169 (VirtualRooms = "Rooms").
  return [
    root,
    { id: room.id, title: room.title, roomType: room.roomType, folderType: ROOM_FOLDER_TYPE[room.roomType] },
    ...loc.chain.slice(1).map((f) => ({ id: f.id, title: f.title, folderType: 0 }))
  ]
}

/** The FolderDto of a room or a folder in one. */
export function containerDto(ctx: HandlerContext, loc: FolderLocation): Record<string, unknown> {
  if (isRoom(loc.node)) return roomDto(ctx.dto, loc.node)
  const parent = loc.chain[loc.chain.length - 2] ?? loc.room
  return folderDto(ctx.dto, loc.node, { room: loc.room, parent, trashed: loc.trashed !== undefined })
}

function folderContent(ctx: HandlerContext, loc: FolderLocation, q: ContentQuery): ApiResult {
  const { folders, files } = selectEntries(loc, q)
  // EM:580-616: the folders page is Skip(from).Take(count); files fill the rest of the page, from
  // max(from - allFolders, 0) when the page holds no folder (else from 0); total = folders + files (EM:663).
  const folderPage = folders.slice(q.startIndex, q.startIndex + q.count)
  const filesCount = q.count - folderPage.length
  const filesOffset = Math.max(folderPage.length > 0 ? 0 : q.startIndex - folders.length, 0)
  const filePage = filesCount > 0 ? files.slice(filesOffset, filesOffset + filesCount) : []
  const room = loc.room
  // FolderContentDto member order, FCD:45-87; `count` = entries returned (FCD:119), `new` 0 without badges.
  return success(ctx.req, {
    files: filePage.map((e) => fileDto(ctx.dto, room, e.file, { room, parent: e.parent })),
    folders: folderPage.map((f) => folderDto(ctx.dto, f.folder, { room, parent: f.parent })),
    current: containerDto(ctx, loc),
    pathParts: pathParts(loc),
    startIndex: q.startIndex,
    count: filePage.length + folderPage.length,
    total: folders.length + files.length,
    new: 0
  })
}

/**
 * The "Rooms" (VirtualRooms) and "Archive" system folders list rooms
 * (EM:520-526 via fileSecurity.GetVirtualRoomsAsync; the Archive folder forces
 * SearchArea.Archive, FSS:374-380). Approximated by the GET files/rooms
 * listing with the same filterValue and paging; filterType/sortBy are not
 * carried over.
 */
function systemFolderContent(ctx: HandlerContext, folderId: number, q: ContentQuery): ApiResult {
  const params = new URLSearchParams()
  params.set(
    'searchArea',
    folderId === ARCHIVE_FOLDER_ID ? 'archive' : (queryValue(ctx.query, 'searchArea') ?? 'active')
  )
  params.set('startIndex', String(q.startIndex))
  params.set('count', String(q.count))
  if (q.filterValue) params.set('filterValue', q.filterValue)
  return listRooms(ctx.dto, ctx.req, params)
}

/** FilesCommonResource.ErrorMessage_FolderNotFound (products/ASC.Files/Core/Resources/FilesCommonResource.resx:279-281) */
export const FOLDER_NOT_FOUND = 'The required folder was not found'
/** ErrorMessage_SecurityException_ViewFolder / _ReadFolder (FilesCommonResource.resx:384-385) */
const VIEW_FOLDER_DENIED = "You don't have enough permission to view the folder content"
/** ErrorMessage_ViewTrashItem */
const VIEW_TRASH_ITEM = 'You are not allowed to preview the elements in the Trash'
/** ErrorMessage_SecurityException_Create (FilesCommonResource.resx:345-346) */
const CREATE_DENIED = "You don't have enough permission to create"

/** An int route segment (IntRouteConstraint: int.TryParse, invariant culture), else undefined. */
export function intSegment(segment: string): number | undefined {
  let raw: string
  try {
    raw = decodeURIComponent(segment)
  } catch {
    raw = segment
  }
  const n = INTEGER.test(raw) ? Number(raw.trim()) : NaN
  return Number.isInteger(n) && n <= INT32_MAX && n >= INT32_MIN ? n : undefined
}

/**
 * What the third-party controller (no int constraint) answers for an id that is not an int: SelectorFactory
 * throws ItemNotFoundException "Selector '<selector>' not found" for an id that is not "<selector>-<n>[-path]"
 * with a known selector (SelectorFactory.cs:43-47, 81, products/ASC.Files/Core/Core/Thirdparty/ProviderDao/) ->
 * 404; ids naming a known provider type are answered as a missing folder (no providers exist here; unverified).
 */
export function thirdPartyNotFound(segment: string): ApiResult {
  let raw: string
  try {
    raw = decodeURIComponent(segment)
  } catch {
    raw = segment
  }
  const selector = SELECTOR_PATTERN.exec(raw)?.groups?.['selector'] ?? ''
  if (KNOWN_SELECTORS.has(selector)) return notFound()
  return failure(404, `Selector '${selector}' not found`, 'ASC.Common.Web.ItemNotFoundException')
}

/**
 * GET files/{folderId}, [AllowAnonymous] (FC:269-282), for the Rooms and Archive system folders, rooms and the
 * folders in them.
 * Order of failures: model binding/validation (400, [ApiController]) -> negative startIndex
 * (ArgumentOutOfRangeException -> 400, FSS:279, before the folder is read) -> folder lookup.
 * - int ids (FoldersControllerInternal, [ConstraintRoute("int")], FC:41): a missing folder throws
 *   ItemNotFoundException "The required folder was not found" (FSS:283-288), which GenerateException keeps for
 *   an authenticated caller (FSS:5744-5749) -> 404. A folder the caller may not read -> InvalidOperationException
 *   "You don't have enough permission to view the folder content" -> 403 (FSS:342-345); a folder in the Trash ->
 *   403 "You are not allowed to preview the elements in the Trash" (FSS:347-350).
 * - archived rooms and their folders: read like active ones; `current` shows the Archive root.
 * - ids that are not ints go to FoldersControllerThirdparty (FC:164): see thirdPartyNotFound.
 */
export function getFolderContent(ctx: HandlerContext, segment: string): ApiResult {
  const errors: Errors = {}
  const q = parseQuery(ctx.query, errors)
  if (Object.keys(errors).length) return validation(ctx.req, errors)
  if (q.startIndex < 0) {
    return failure(
      400,
      `from ('${q.startIndex}') must be greater than or equal to '0'. (Parameter 'from')\nActual value was ${q.startIndex}.`,
      'System.ArgumentOutOfRangeException'
    )
  }

  const n = intSegment(segment)
  if (n === undefined) return thirdPartyNotFound(segment)
  if (n === ROOMS_FOLDER_ID || n === ARCHIVE_FOLDER_ID) return systemFolderContent(ctx, n, q)
  const loc = findFolder(ctx.state, n)
  if (!loc) return notFound()
  if (!ctx.state.canRead(ctx.dto.userId, loc.room)) return invalidOperation(VIEW_FOLDER_DENIED)
  if (loc.trashed) return invalidOperation(VIEW_TRASH_ITEM)
  return folderContent(ctx, loc, q)
}

/**
 * GET files/folder/{folderId}, [AllowAnonymous] (FC:290-299 → FSS:167-200): the folder's FolderDto. Missing ->
 * ItemNotFoundException "The required folder was not found" -> 404 (FSS:173-176); not readable ->
 * InvalidOperationException -> 403 (FSS:178-185). The Rooms and Archive system folders answer their own DTO.
 * Non-int ids: thirdPartyNotFound.
 */
export function getFolderInfo(ctx: HandlerContext, segment: string): ApiResult {
  const n = intSegment(segment)
  if (n === undefined) return thirdPartyNotFound(segment)
  if (n === ROOMS_FOLDER_ID || n === ARCHIVE_FOLDER_ID) {
    const archive = n === ARCHIVE_FOLDER_ID
    const rooms = archive ? ctx.state.archivedRooms() : ctx.state.activeRooms()
    return success(ctx.req, rootFolderDto(ctx.dto, archive, rooms.length))
  }
  const loc = findFolder(ctx.state, n)
  if (!loc) return notFound()
  if (!ctx.state.canRead(ctx.dto.userId, loc.room)) return invalidOperation(VIEW_FOLDER_DENIED)
  return success(ctx.req, containerDto(ctx, loc))
}

/**
 * Creates a folder in a room or folder, as FSS.InternalCreateFolderAsync (FSS:895-1040) does it; shared with
 * upload's relativePath (FU:168-193, which creates with FolderDao.SaveFolderAsync and the same title rules).
 * FolderDao.SaveFolderAsync saves the title through ReplaceInvalidCharsAndTruncate (FoDao:527, G:219-241), sets
 * the new folder's ModifiedOn (FoDao:529) and raises the counters above (FoDao:645-649); unlike a file save it does
 * not touch the parents' `updated`.
 */
export function addFolder(ctx: HandlerContext, loc: FolderLocation, title: string, userId: string): EmulatedFolder {
  const now = dbTime(ctx.state.now())
  const folder: EmulatedFolder = {
    id: ctx.state.nextRoomId++,
    title: normalizeTitle(title),
    parentId: loc.node.id,
    createdBy: userId,
    created: now,
    updated: now,
    files: [],
    folders: []
  }
  loc.node.folders.push(folder)
  return folder
}

/**
 * POST files/folder/{folderId} {title} (FC:211-219 → FSS:577-602 → FSS:895-1040).
 * - Body: CreateFolder.Title is a C# `required` member with [StringLength(165)] (CFR:39-47), [FromBody] (CFR:65-66):
 *   no JSON → 415/400 before the action; missing title → 400; over 165 → 400.
 * - The title is trimmed; empty → ArgumentException.ThrowIfNullOrEmpty → 400 (FSS:913-915).
 * - Parent missing → InvalidOperationException "The required folder was not found" → **403**, not 404 (FSS:920-926).
 * - No Create right → InvalidOperationException "You don't have enough permission to create" → 403 (FSS:937-941);
 *   in an archived room Create is refused the same way (FileSecurity.cs:1752-1764); the Archive folder (FSS:948-951)
 *   and the Rooms folder (FSS:953-956: only rooms go there) → 403.
 * - No title de-duplication: a second folder with the same title is created (FSS:895-1040 has no existence check).
 */
export function createFolder(ctx: HandlerContext, segment: string): ApiResult {
  const read = readObjectBody(ctx.rawBody)
  if (!read.ok) return validation(ctx.req, read.errors)
  const errors: Errors = {}
  const title = field(read.value, 'title')
  if (title !== undefined && title !== null && typeof title !== 'string') {
    conversionError(errors, 'title', 'System.String')
    return validation(ctx.req, errors)
  }
  if (title === undefined) {
    requiredMembersMissing(errors, 'ASC.Files.ApiModels.RequestDto.CreateFolder', ['title'])
    return validation(ctx.req, errors)
  }
  if (typeof title === 'string' && title.length > 165) {
    addError(errors, 'Title', 'The field Title must be a string with a maximum length of 165.')
    return validation(ctx.req, errors)
  }
  const trimmed = title === null ? '' : dotnetTrim(title)
  if (trimmed === '') return emptyArgument('title')

  const n = intSegment(segment)
  if (n === undefined) return thirdPartyNotFound(segment)
  const userId = ctx.dto.userId
  if (n === ROOMS_FOLDER_ID) return invalidOperation(CREATE_DENIED)
  if (n === ARCHIVE_FOLDER_ID) return invalidOperation(CREATE_DENIED)
  const loc = findFolder(ctx.state, n)
  if (!loc) return invalidOperation(FOLDER_NOT_FOUND)
  if (loc.trashed || !ctx.state.canCreateIn(userId, loc.room)) return invalidOperation(CREATE_DENIED)
  const folder = addFolder(ctx, loc, trimmed, userId)
  return success(ctx.req, folderDto(ctx.dto, folder, { room: loc.room, parent: loc.node }))
}
