// GET /api/2.0/files/{folderId}: the content of a folder (FolderContentDto),
// modelled for rooms. Sources: DocSpace-server at tag v3.7.2-server, paths
// relative to that repository. Abbreviations:
//   FC   products/ASC.Files/Server/Api/FoldersController.cs
//   GFR  products/ASC.Files/Server/ApiModels/RequestDto/GetFolderRequestDto.cs
//   FCD  products/ASC.Files/Core/ApiModels/ResponseDto/FolderContentDto.cs
//   FSS  products/ASC.Files/Core/Core/FileStorageService.cs
//   EM   products/ASC.Files/Core/Utils/EntryManager.cs
//   FDao products/ASC.Files/Core/Core/Dao/TeamlabDao/FileDao.cs
//   AD   products/ASC.Files/Core/Core/Dao/TeamlabDao/AbstractDao.cs
import type { HandlerContext } from './context.js'
import {
  ARCHIVE_FOLDER_ID,
  fileDto,
  FOLDER_TYPE_ARCHIVE,
  FOLDER_TYPE_ROOMS,
  ROOM_FOLDER_TYPE,
  ROOMS_FOLDER_ID,
  roomDto
} from './dto.js'
import { listRooms } from './listing.js'
import { failure, notFound, success, validation, type ApiResult } from './results.js'
import type { EmulatedFile, EmulatedRoom } from './state.js'
import { addError, SORTED_BY_TYPES, type Errors } from './validation.js'

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
const FT = { FilesOnly: 1, FoldersOnly: 2, DocumentsOnly: 3, ByExtension: 11 } as const
/** File categories FDao compares against (`Category == filterType`, FDao:2693-2705). */
const CATEGORY_FILTERS = new Set([3, 4, 5, 7, 10, 12, 22, 23, 25])

// SortedByType names are parsed ignoring case (FCD:284).
type SortName = (typeof SORTED_BY_TYPES)[number]

/** Documents per products/ASC.Files/Core/Helpers/FileUtility.cs:618-632 (.txt and .html among them). */
const DOCUMENT_EXTS = new Set(
  '.doc .docx .docm .dot .dotx .dotm .odt .fodt .ott .rtf .txt .html .htm .mht .mhtml .xml .pdf .djvu .fb2 .epub .xps .oxps .sxw .stw .wps .wpt .doct .docy .gdoc .drawio .md .markdown .oform .pages .hwp .hwpx'.split(
    ' '
  )
)

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

  return { startIndex, count, filterValue: queryValue(q, 'filterValue'), filterType, sortBy, ascending }
}

function extensionOf(title: string): string {
  const dot = title.lastIndexOf('.')
  return dot >= 0 ? title.slice(dot).toLowerCase() : ''
}

/** File.FilterType from the title (products/ASC.Files/Core/Core/Entries/File.cs:159-176); only documents are modelled. */
function category(file: EmulatedFile): number {
  return DOCUMENT_EXTS.has(extensionOf(file.title)) ? FT.DocumentsOnly : 0
}

const created = (room: EmulatedRoom, f: EmulatedFile): number => (f.created ?? room.created).getTime()
const modified = (room: EmulatedRoom, f: EmulatedFile): number => (f.updated ?? f.created ?? room.created).getTime()
/** MySQL CAST of SUBSTRING_INDEX(title, '.', 1): its leading integer, else 0. */
const leadingNumber = (title: string): number => Number(/^\s*([+-]?\d+)/.exec(title.split('.')[0] ?? '')?.[1] ?? 0)

/** FDao:2657-2678. Ties (unordered in SQL) fall back to id. */
function sortFiles(room: EmulatedRoom, files: EmulatedFile[], sortBy: SortName, ascending: boolean): EmulatedFile[] {
  type Key = (f: EmulatedFile) => number | string
  const keys: Key[] = (() => {
    switch (sortBy) {
      case 'author':
        return [(f) => f.createdBy ?? room.createdBy]
      case 'size':
        return [(f) => Buffer.byteLength(f.content, 'utf8')]
      case 'az':
        return [(f) => leadingNumber(f.title), (f) => f.title.toLowerCase()]
      case 'dateandtime':
        return [(f) => modified(room, f)]
      case 'dateandtimecreation':
        return [(f) => created(room, f)]
      case 'type': {
        const afterLastDot = (t: string): string => t.slice(t.lastIndexOf('.') + 1).toLowerCase()
        return [(f) => afterLastDot(f.title)]
      }
      default:
        return [] // `_ => q.OrderBy(r => r.Title)`, ascending whatever sortOrder says (FDao:2677)
    }
  })()
  const titleOnly = keys.length === 0
  const dir = titleOnly || ascending ? 1 : -1
  const all = titleOnly ? [(f: EmulatedFile) => f.title.toLowerCase()] : keys
  return [...files].sort((a, b) => {
    for (const key of all) {
      const ka = key(a)
      const kb = key(b)
      if (ka < kb) return -dir
      if (ka > kb) return dir
    }
    return a.id - b.id
  })
}

/**
 * The files of a room that the query selects, in order (FSS:239-516 -> EM:527-665 for
 * a folder that is neither a system folder nor third-party):
 * - filterValue: FC:280 passes searchInContent=true, so on a portal with a full-text
 *   index (OpenSearch) the words are matched against title AND content (FDao:2619-2642,
 *   2240). Without an index FDao falls back to BuildSearch(text, SearchType.Any)
 *   (FDao:2643-2648): LOWER(title) contains LOWER(TRIM(filterValue)) (AD:112-123, 227).
 *   The emulator models that fallback: case-insensitive title substring.
 * - filterType (EM:386): FoldersOnly -> no files (FDao:280); ByExtension -> title ends
 *   with filterValue too, no content search (EM:388, FDao:2706-2711); the category
 *   types -> `Category == filterType` (FDao:2693-2705); anything else leaves files alone.
 * - order: an explicit sortBy with sortOrder (default Ascending), else the user's stored
 *   order, initially DateAndTime descending (products/ASC.Files/Core/Configuration/FilesSettings.cs:218-219, 449-454).
 */
function selectFiles(room: EmulatedRoom, q: ContentQuery): EmulatedFile[] {
  let files = room.files
  const text = q.filterValue
  if (text !== undefined && text !== '') {
    const needle = text.toLowerCase().trim()
    files = files.filter((f) => f.title.toLowerCase().includes(needle))
    if (q.filterType === FT.ByExtension) files = files.filter((f) => f.title.toLowerCase().endsWith(needle))
  }
  if (q.filterType === FT.FoldersOnly) files = []
  else if (q.filterType !== undefined && CATEGORY_FILTERS.has(q.filterType)) {
    const wanted = q.filterType
    files = files.filter((f) => category(f) === wanted)
  }
  return q.sortBy ? sortFiles(room, files, q.sortBy, q.ascending) : sortFiles(room, files, 'dateandtime', false)
}

/** DataWrapper.FolderPathParts, FSS:484-509: {id, title, roomType?, folderType} per breadcrumb. */
function pathParts(room: EmulatedRoom): Record<string, unknown>[] {
  const root = room.archived
    ? { id: ARCHIVE_FOLDER_ID, title: 'Archive', folderType: FOLDER_TYPE_ARCHIVE }
    : { id: ROOMS_FOLDER_ID, title: 'Rooms', folderType: FOLDER_TYPE_ROOMS }
  // Root titles: products/ASC.Files/Core/Resources/FilesUCResource.resx:124 (Archive), :169 (VirtualRooms = "Rooms").
  return [
    root,
    { id: room.id, title: room.title, roomType: room.roomType, folderType: ROOM_FOLDER_TYPE[room.roomType] }
  ]
}

function roomContent(ctx: HandlerContext, room: EmulatedRoom, q: ContentQuery): ApiResult {
  // A room has no subfolders in the emulator: total = matching files (EM:663),
  // the page is Skip(startIndex).Take(count) of them (EM:611-616).
  const files = selectFiles(room, q)
  const page = files.slice(q.startIndex, q.startIndex + q.count)
  // FolderContentDto member order, FCD:45-87; `count` = entries returned (FCD:119), `new` 0 without badges.
  return success(ctx.req, {
    files: page.map((f) => fileDto(ctx.dto, room, f)),
    folders: [],
    current: roomDto(ctx.dto, room),
    pathParts: pathParts(room),
    startIndex: q.startIndex,
    count: page.length,
    total: files.length,
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

/**
 * GET files/{folderId}, [AllowAnonymous] (FC:269-282).
 * Order of failures: model binding/validation (400, [ApiController]) ->
 * negative startIndex (ArgumentOutOfRangeException -> 400, FSS:279, before the
 * folder is read) -> folder lookup.
 * - int ids (FoldersControllerInternal, [ConstraintRoute("int")], FC:41): a missing
 *   folder throws ItemNotFoundException "The required folder was not found"
 *   (FSS:283-288, resource FilesCommonResource.resx:279-281), which GenerateException
 *   keeps for an authenticated caller (FSS:5744-5749) -> 404, not 403. An unreadable
 *   folder would be 403 "You don't have enough permission to view the folder content"
 *   (FSS:342-345); the emulator does not model room membership, so every room is readable.
 * - archived rooms: read like active ones (their root is Archive, so parentRoom stays
 *   null, FSS:300-306, and the content branch is EM:527-665) -> 200, `current` is the
 *   archived room and pathParts start at "Archive".
 * - ids that are not ints go to FoldersControllerThirdparty (no constraint, FC:164),
 *   which asks SelectorFactory for a third-party selector: an id that is not
 *   "<selector>-<n>[-path]" with a known selector throws
 *   ItemNotFoundException "Selector '<selector>' not found" (SelectorFactory.cs:43-47, 81,
 *   products/ASC.Files/Core/Core/Thirdparty/ProviderDao/) -> 404. Ids naming a known
 *   provider type are answered as a missing folder (no providers exist here; unverified).
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

  let raw: string
  try {
    raw = decodeURIComponent(segment)
  } catch {
    raw = segment
  }
  // IntRouteConstraint: int.TryParse(NumberStyles.Integer, invariant culture).
  const n = INTEGER.test(raw) ? Number(raw.trim()) : NaN
  if (Number.isInteger(n) && n <= INT32_MAX && n >= INT32_MIN) {
    if (n === ROOMS_FOLDER_ID || n === ARCHIVE_FOLDER_ID) return systemFolderContent(ctx, n, q)
    const room = ctx.state.rooms.get(n)
    return room ? roomContent(ctx, room, q) : notFound()
  }

  const selector = SELECTOR_PATTERN.exec(raw)?.groups?.['selector'] ?? ''
  if (KNOWN_SELECTORS.has(selector)) return notFound()
  return failure(404, `Selector '${selector}' not found`, 'ASC.Common.Web.ItemNotFoundException')
}
