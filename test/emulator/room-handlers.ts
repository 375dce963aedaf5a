// Handlers for /files/rooms… : create, read, rename, tags, and the
// archive/unarchive/delete file operations.
import type { HandlerContext } from './context.js'
import { canDeleteRoom, parseFields, project, roomDto } from './dto.js'
import { initialOperationDto, startOperation } from './operations.js'
import { accessDenied, failure, invalidOperation, notFound, success, validation, type ApiResult } from './results.js'
import type { EmulatedRoom, OperationKind, RoomTypeValue } from './state.js'
import {
  addError,
  cleanTags,
  conversionError,
  field,
  MAX_TITLE,
  normalizeTitle,
  optionalString,
  optionalStringArray,
  parseRoomType,
  readObjectBody,
  type Errors
} from './validation.js'

const EDIT_ROOM_DENIED = "You don't have permission to edit the room"

function roomResult(ctx: HandlerContext, room: EmulatedRoom): ApiResult {
  return success(ctx.req, project(roomDto(ctx.dto, room), parseFields(ctx.query.get('fields') ?? undefined)))
}

function hasErrors(errors: Errors): boolean {
  for (const _ in errors) return true
  return false
}

export function createRoom(ctx: HandlerContext): ApiResult {
  const read = readObjectBody(ctx.rawBody)
  if (!read.ok) return validation(ctx.req, read.errors)
  const body = read.value
  const errors: Errors = {}

  let title: string | undefined
  const rawTitle = field(body, 'title')
  if (rawTitle === undefined || rawTitle === null || (typeof rawTitle === 'string' && rawTitle.trim() === '')) {
    addError(errors, 'Title', 'The Title field is required.')
  } else if (typeof rawTitle !== 'string') {
    conversionError(errors, 'title', 'System.String')
  } else if (rawTitle.length > MAX_TITLE) {
    addError(errors, 'Title', `The field Title must be a string with a maximum length of ${MAX_TITLE}.`)
  } else {
    title = rawTitle
  }

  let roomType: RoomTypeValue | undefined
  const rawType = field(body, 'roomType')
  if (rawType === undefined || rawType === null) addError(errors, 'RoomType', 'The RoomType field is required.')
  else {
    roomType = parseRoomType(rawType)
    if (roomType === undefined) conversionError(errors, 'roomType', 'ASC.Files.Core.ApiModels.RequestDto.RoomType')
  }

  const tags = optionalStringArray(errors, body, 'tags')
  optionalString(errors, body, 'color', 6)
  optionalString(errors, body, 'cover', 50)
  if (hasErrors(errors) || title === undefined || roomType === undefined) return validation(ctx.req, errors)

  const { maxRooms } = ctx.state
  // Archived rooms are not counted against the tariff here (an interpretation;
  // the quota source counts rooms of the VirtualRooms section).
  if (Number.isFinite(maxRooms) && countActive(ctx) >= maxRooms) {
    return failure(402, 'The number of rooms has exceeded the allowed limit', 'ASC.Core.Tenants.TenantQuotaException')
  }

  const room = ctx.state.addRoom({
    title: normalizeTitle(title),
    roomType,
    tags: cleanTags(tags ?? []),
    createdBy: ctx.dto.userId
  })
  return roomResult(ctx, room)
}

function countActive(ctx: HandlerContext): number {
  let n = 0
  for (const r of ctx.state.rooms.values()) if (!r.archived) n++
  return n
}

export function getRoom(ctx: HandlerContext, id: number): ApiResult {
  const room = ctx.state.rooms.get(id)
  return room ? roomResult(ctx, room) : notFound()
}

export function updateRoom(ctx: HandlerContext, id: number): ApiResult {
  const read = readObjectBody(ctx.rawBody)
  if (!read.ok) return validation(ctx.req, read.errors)
  const errors: Errors = {}
  const title = optionalString(errors, read.value, 'title', MAX_TITLE)
  if (hasErrors(errors)) return validation(ctx.req, errors)

  const room = ctx.state.rooms.get(id)
  // FileStorageService.UpdateRoomAsync throws InvalidOperationException for a
  // missing folder, which DocSpace maps to 403, not 404.
  if (!room) return invalidOperation('The required folder was not found')
  if (room.archived) return invalidOperation('You cannot edit archived rooms')

  // Only changed fields are applied; an empty title means "leave as is".
  const next = title === undefined ? '' : normalizeTitle(title)
  if (next !== '' && next !== room.title) {
    room.title = next
    ctx.state.touch(room, ctx.dto.userId)
  }
  return roomResult(ctx, room)
}

export function roomOperation(ctx: HandlerContext, id: number, kind: OperationKind): ApiResult {
  const read = readObjectBody(ctx.rawBody)
  if (!read.ok) return validation(ctx.req, read.errors)
  const raw = field(read.value, 'deleteAfter')
  // System.Text.Json does not read booleans from strings.
  if (raw !== undefined && raw !== null && typeof raw !== 'boolean') {
    const errors: Errors = {}
    conversionError(errors, 'deleteAfter', 'System.Boolean')
    return validation(ctx.req, errors)
  }
  const deleteAfter = raw === true

  const room = ctx.state.rooms.get(id)
  if (!room) return notFound()
  // Permission failures are checked before enqueueing and thrown synchronously.
  if (kind === 'delete' && !canDeleteRoom(ctx.dto, room)) return accessDenied()

  const fault = ctx.takeOperationFault()
  const op = startOperation(ctx.state, {
    userId: ctx.dto.userId,
    kind,
    roomId: room.id,
    roomTitle: room.title,
    deleteAfter,
    ...(fault ? { fault: { kind: fault.kind, ...(fault.kind === 'op-error' ? { message: fault.message } : {}) } } : {})
  })
  return success(ctx.req, initialOperationDto(ctx.state, op))
}

export function changeRoomTags(ctx: HandlerContext, id: number, add: boolean): ApiResult {
  const read = readObjectBody(ctx.rawBody)
  if (!read.ok) return validation(ctx.req, read.errors)
  const errors: Errors = {}
  const names = optionalStringArray(errors, read.value, 'names')
  if (!hasErrors(errors) && names === undefined) addError(errors, 'Names', 'The Names field is required.')
  if (hasErrors(errors) || names === undefined) return validation(ctx.req, errors)

  const room = ctx.state.rooms.get(id)
  if (!room) return notFound()
  if (room.archived) return accessDenied(EDIT_ROOM_DENIED)

  const { tagCatalogue, tagsMustExist } = ctx.state
  for (const name of cleanTags(names)) {
    if (add) {
      if (tagsMustExist && !tagCatalogue.has(name)) continue
      tagCatalogue.add(name)
      if (!room.tags.includes(name)) room.tags.push(name)
    } else {
      room.tags = room.tags.filter((t) => t !== name)
    }
  }
  return roomResult(ctx, room)
}
