// Handlers outside /files/rooms: operation polling, text files in rooms and
// the tag catalogue.
import type { HandlerContext } from './context.js'
import { ARCHIVE_FOLDER_ID, fileDto, ROOMS_FOLDER_ID } from './dto.js'
import { listOperations } from './operations.js'
import { accessDenied, notFound, success, validation, type ApiResult } from './results.js'
import type { EmulatedFile } from './state.js'
import {
  addError,
  conversionError,
  field,
  normalizeTitle,
  optionalString,
  readObjectBody,
  type Errors
} from './validation.js'

const OPERATION_TYPES = ['move', 'copy', 'delete', 'download', 'markasread', 'import', 'convert', 'duplicate']

export function getOperations(ctx: HandlerContext): ApiResult {
  const id = ctx.query.get('id') || undefined
  const list = listOperations(ctx.state, ctx.dto.userId, id)
  return success(ctx.req, list, list.length)
}

/** GET /files/fileops/{operationType}: the segment is a type, not an op id —
 * a uuid here fails model binding, which is how clients learn that. */
export function getOperationsByType(ctx: HandlerContext, segment: string): ApiResult {
  const s = decodeURIComponent(segment).toLowerCase()
  const type = /^\d+$/.test(s) ? Number(s) : OPERATION_TYPES.indexOf(s)
  if (type < 0 || type >= OPERATION_TYPES.length) {
    return validation(ctx.req, { operationType: [`The value '${segment}' is not valid.`] })
  }
  const id = ctx.query.get('id') || undefined
  const list = listOperations(ctx.state, ctx.dto.userId, id).filter((o) => o['Operation'] === type)
  return success(ctx.req, list, list.length)
}

const MAX_FILE_TITLE = 165
const HTML_TAG = /<([^\s>]*)(\s[^<]*)>/

export function createTextFile(ctx: HandlerContext, folderSegment: string): ApiResult {
  const read = readObjectBody(ctx.rawBody)
  if (!read.ok) return validation(ctx.req, read.errors)
  const body = read.value
  const errors: Errors = {}
  const title = optionalString(errors, body, 'title', MAX_FILE_TITLE)
  if (!errors['$.title'] && (title === undefined || title.trim() === ''))
    addError(errors, 'Title', 'The Title field is required.')
  const content = optionalString(errors, body, 'content') ?? ''
  const rawCreateNew = field(body, 'createNewIfExist')
  if (rawCreateNew !== undefined && rawCreateNew !== null && typeof rawCreateNew !== 'boolean') {
    conversionError(errors, 'createNewIfExist', 'System.Boolean')
  }
  if (Object.keys(errors).length || title === undefined) return validation(ctx.req, errors)

  if (!/^\d+$/.test(folderSegment)) return notFound()
  const folderId = Number(folderSegment)
  if (folderId === ROOMS_FOLDER_ID || folderId === ARCHIVE_FOLDER_ID)
    return accessDenied("You don't have enough permission to create")
  const room = ctx.state.rooms.get(folderId)
  if (!room) return notFound()
  if (room.archived) return accessDenied("You don't have enough permission to create")

  // The server picks .html for content that looks like markup, else .txt, and
  // appends the extension unless the title already carries it.
  const ext = HTML_TAG.test(content) ? '.html' : '.txt'
  let name = normalizeTitle(title, MAX_FILE_TITLE)
  if (!name.toLowerCase().endsWith(ext)) name += ext

  const now = ctx.state.now()
  const userId = ctx.dto.userId
  const existing = room.files.find((f) => f.title.toLowerCase() === name.toLowerCase())
  let file: EmulatedFile
  if (existing && rawCreateNew !== true) {
    // Same title without createNewIfExist: saved as a new version of that file.
    existing.content = content
    existing.version = (existing.version ?? 1) + 1
    existing.updated = now
    file = existing
  } else {
    if (existing) name = uniqueTitle(room.files, name)
    file = { id: ctx.state.nextFileId++, title: name, content, version: 1, created: now, createdBy: userId }
    room.files.push(file)
  }
  ctx.state.touch(room, userId)
  return success(ctx.req, fileDto(ctx.dto, room, file))
}

function uniqueTitle(files: EmulatedFile[], title: string): string {
  const dot = title.lastIndexOf('.')
  const base = dot > 0 ? title.slice(0, dot) : title
  const ext = dot > 0 ? title.slice(dot) : ''
  const taken = new Set(files.map((f) => f.title.toLowerCase()))
  for (let n = 1; ; n++) {
    const candidate = `${base} (${n})${ext}`
    if (!taken.has(candidate.toLowerCase())) return candidate
  }
}

export function getTagCatalogue(ctx: HandlerContext): ApiResult {
  const errors: Errors = {}
  const count = intParam(errors, ctx.query, 'count', 100)
  if (count < 1 || count > 100) addError(errors, 'Count', 'The field Count must be between 1 and 100.')
  const startIndex = Math.max(0, intParam(errors, ctx.query, 'startIndex', 0))
  if (Object.keys(errors).length) return validation(ctx.req, errors)
  const filter = (ctx.query.get('filterValue') ?? '').toLowerCase()
  const all = [...ctx.state.tagCatalogue].filter((t) => t.toLowerCase().includes(filter)).sort()
  const page = all.slice(startIndex, startIndex + count)
  return success(ctx.req, page, page.length)
}

export function createTag(ctx: HandlerContext): ApiResult {
  const read = readObjectBody(ctx.rawBody)
  if (!read.ok) return validation(ctx.req, read.errors)
  const errors: Errors = {}
  const name = optionalString(errors, read.value, 'name')
  if (!errors['$.name'] && (name === undefined || name.trim() === ''))
    addError(errors, 'Name', 'The Name field is required.')
  if (Object.keys(errors).length || name === undefined) return validation(ctx.req, errors)
  const tag = name.trim()
  ctx.state.tagCatalogue.add(tag)
  return success(ctx.req, tag)
}

function intParam(errors: Errors, q: URLSearchParams, key: string, fallback: number): number {
  const raw = q.get(key)
  if (raw === null || raw === '') return fallback
  if (!/^[+-]?\d+$/.test(raw.trim())) {
    addError(errors, key, `The value '${raw}' is not valid for ${key}.`)
    return fallback
  }
  return Number(raw)
}
