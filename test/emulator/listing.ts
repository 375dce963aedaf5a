// GET /files/rooms: query binding, filtering, sorting and paging of rooms.
import {
  parseFields,
  project,
  roomDto,
  rootFolderDto,
  ARCHIVE_FOLDER_ID,
  ROOMS_FOLDER_ID,
  type DtoContext
} from './dto.js'
import { failure, success, validation, type ApiResult, type RequestInfo } from './results.js'
import type { EmulatedRoom, EmulatorState, RoomTypeValue } from './state.js'
import { addError, parseRoomType, type Errors } from './validation.js'

const SEARCH_AREAS: Record<string, number> = {
  active: 0,
  archive: 1,
  any: 2,
  recentbylinks: 3,
  templates: 4,
  knowledge: 5,
  resultstorage: 6,
  aiagents: 7
}

// SortedByType in declaration order, so numeric values bind like Enum.TryParse would.
const SORT_NAMES = [
  'datetime',
  'az',
  'size',
  'author',
  'type',
  'new',
  'datetimecreation',
  'roomtype',
  'tags',
  'room',
  'customorder',
  'lastopened',
  'usedspace'
]
const SORT_ALIASES: Record<string, string> = { dateandtime: 'datetime', dateandtimecreation: 'datetimecreation' }

const MAX_COUNT = 100

// Sort keys are computed once per room per request (decorate-sort): comparing
// precomputed numbers/lowercased strings keeps a 5,000-room sort around a
// millisecond, where a collator or Date call per comparison costs several.
type SortKey = (room: EmulatedRoom) => number | string
const byUpdated: SortKey = (r) => r.updated.getTime()
const SORT_KEYS: Record<string, SortKey> = {
  datetime: byUpdated,
  az: (r) => r.title.toLowerCase(),
  datetimecreation: (r) => r.created.getTime(),
  roomtype: (r) => r.roomType,
  author: (r) => r.createdBy.toLowerCase(),
  size: (r) => r.files.length,
  usedspace: (r) => r.files.length,
  tags: (r) => r.tags.join(',').toLowerCase()
}

function parseInteger(errors: Errors, key: string, raw: string | null, fallback: number): number {
  if (raw === null || raw === '') return fallback
  if (!/^[+-]?\d+$/.test(raw.trim())) {
    addError(errors, key, `The value '${raw}' is not valid for ${key.charAt(0).toUpperCase()}${key.slice(1)}.`)
    return fallback
  }
  return Number(raw.trim())
}

interface Query {
  area: number
  types: Set<RoomTypeValue> | undefined
  filter: string | undefined
  tags: string[] | undefined
  withoutTags: boolean
  count: number
  startIndex: number
  sortKey: SortKey
  descending: boolean
  fields: Set<string> | undefined
}

function parseQuery(q: URLSearchParams, errors: Errors): Query | ApiResult {
  const areaRaw = q.get('searchArea')
  let area = 0
  if (areaRaw !== null && areaRaw !== '') {
    const t = areaRaw.trim().toLowerCase()
    const n = /^\d+$/.test(t) ? Number(t) : SEARCH_AREAS[t]
    if (n === undefined || n > 7) addError(errors, 'searchArea', `The value '${areaRaw}' is not valid for SearchArea.`)
    else area = n
  }

  let types: Set<RoomTypeValue> | undefined
  for (const raw of q.getAll('type')) {
    if (raw === '') continue
    const t = parseRoomType(raw)
    if (t === undefined) addError(errors, 'type', `The value '${raw}' is not valid for Type.`)
    else (types ??= new Set()).add(t)
  }

  let tags: string[] | undefined
  const tagsRaw = q.get('tags')
  if (tagsRaw !== null && tagsRaw !== '') {
    // The controller deserialises this itself, outside model binding, so bad
    // JSON escapes as an unhandled JsonException -> 500 rather than a 400.
    let parsed: unknown
    try {
      parsed = JSON.parse(tagsRaw)
    } catch {
      return failure(
        500,
        `'${tagsRaw.slice(0, 1)}' is an invalid start of a value. Path: $ | LineNumber: 0 | BytePositionInLine: 0.`,
        'System.Text.Json.JsonException'
      )
    }
    if (!Array.isArray(parsed) || parsed.some((x) => typeof x !== 'string')) {
      return failure(
        500,
        'The JSON value could not be converted to System.Collections.Generic.IEnumerable`1[System.String]. Path: $ | LineNumber: 0 | BytePositionInLine: 1.',
        'System.Text.Json.JsonException'
      )
    }
    tags = parsed as string[]
    if (tags.length === 0) tags = undefined
  }

  const count = parseInteger(errors, 'count', q.get('count'), MAX_COUNT)
  if (count < 1 || count > MAX_COUNT) addError(errors, 'Count', `The field Count must be between 1 and ${MAX_COUNT}.`)
  const startIndex = Math.max(0, parseInteger(errors, 'startIndex', q.get('startIndex'), 0))

  // Unknown sortBy values are ignored by the server (default order), not rejected.
  const sortRaw = (q.get('sortBy') ?? '').trim().toLowerCase()
  let sortKey = SORT_ALIASES[sortRaw] ?? sortRaw
  if (/^\d+$/.test(sortKey)) sortKey = SORT_NAMES[Number(sortKey)] ?? 'datetime'
  const key = SORT_KEYS[sortKey] ?? byUpdated

  let descending = true
  const orderRaw = q.get('sortOrder')
  if (orderRaw !== null && orderRaw !== '') {
    const o = orderRaw.trim().toLowerCase()
    if (o === 'ascending' || o === '0') descending = false
    else if (o === 'descending' || o === '1') descending = true
    else addError(errors, 'sortOrder', `The value '${orderRaw}' is not valid for SortOrder.`)
  }

  const filterRaw = q.get('filterValue')
  return {
    area,
    types,
    filter: filterRaw ? filterRaw.toLowerCase() : undefined,
    tags,
    withoutTags: (q.get('withoutTags') ?? '').toLowerCase() === 'true',
    count,
    startIndex,
    sortKey: key,
    descending,
    fields: parseFields(q.get('fields') ?? undefined)
  }
}

function matches(room: EmulatedRoom, query: Query): boolean {
  if (query.area === 0 && room.archived) return false
  if (query.area === 1 && !room.archived) return false
  if (query.types && !query.types.has(room.roomType)) return false
  if (query.filter && !room.title.toLowerCase().includes(query.filter)) return false
  if (query.withoutTags && room.tags.length > 0) return false
  if (query.tags) for (const t of query.tags) if (!room.tags.includes(t)) return false
  return true
}

interface SortedCache {
  rooms: EmulatedRoom[]
  keys: (number | string)[]
}
const sortCaches = new WeakMap<EmulatorState, Map<SortKey, SortedCache>>()

const ascending = (ka: number | string, kb: number | string, a: EmulatedRoom, b: EmulatedRoom): number =>
  ka < kb ? -1 : ka > kb ? 1 : a.id - b.id

/** All rooms in ascending order of `sortKey` (ties by id). The order from the
 * previous request is reused when an O(n) check shows it is still exactly the
 * current room set with unchanged keys; tests may write to state directly, so
 * no mutation hook could be trusted to invalidate it. */
function sortedRooms(state: EmulatorState, sortKey: SortKey): EmulatedRoom[] {
  let perState = sortCaches.get(state)
  if (!perState) sortCaches.set(state, (perState = new Map<SortKey, SortedCache>()))
  const cached = perState.get(sortKey)
  if (cached && cached.rooms.length === state.rooms.size) {
    let valid = true
    for (let i = 0; i < cached.rooms.length; i++) {
      const room = cached.rooms[i]!
      if (state.rooms.get(room.id) !== room || sortKey(room) !== cached.keys[i]) {
        valid = false
        break
      }
    }
    if (valid) return cached.rooms
  }
  const keyed = [...state.rooms.values()].map((room) => ({ room, key: sortKey(room) }))
  keyed.sort((a, b) => ascending(a.key, b.key, a.room, b.room))
  const fresh = { rooms: keyed.map((k) => k.room), keys: keyed.map((k) => k.key) }
  perState.set(sortKey, fresh)
  return fresh.rooms
}

export function listRooms(ctx: DtoContext, req: RequestInfo, q: URLSearchParams): ApiResult {
  const errors: Errors = {}
  const parsed = parseQuery(q, errors)
  if ('status' in parsed) return parsed
  if (Object.keys(errors).length) return validation(req, errors)
  const query = parsed

  // Areas other than Active/Archive/Any hold no rooms in this emulator.
  const page: EmulatedRoom[] = []
  let total = 0
  if (query.area <= 2) {
    const all = sortedRooms(ctx.state, query.sortKey)
    const end = query.startIndex + query.count
    const n = all.length
    for (let i = 0; i < n; i++) {
      const room = all[query.descending ? n - 1 - i : i]!
      if (!matches(room, query)) continue
      if (total >= query.startIndex && total < end) page.push(room)
      total++
    }
  }
  const archive = query.area === 1
  const current = rootFolderDto(ctx, archive, total)
  return success(req, {
    files: [],
    folders: page.map((r) => project(roomDto(ctx, r), query.fields)),
    current,
    pathParts: [{ id: archive ? ARCHIVE_FOLDER_ID : ROOMS_FOLDER_ID, title: archive ? 'Archive' : 'Rooms' }],
    startIndex: query.startIndex,
    count: page.length,
    total,
    new: 0
  })
}
