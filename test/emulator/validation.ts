// Model binding as ASP.NET does it for DocSpace: case-insensitive JSON keys,
// numbers accepted as strings, enums by number or name, and the exact
// ProblemDetails keys/messages clients may show to users.
import type { RoomTypeValue } from './state.js'

export type Errors = Record<string, string[]>

export const ROOM_TYPE_NAMES: Record<string, RoomTypeValue> = {
  fillingformsroom: 1,
  editingroom: 2,
  customroom: 5,
  publicroom: 6,
  virtualdataroom: 8,
  airoom: 9
}

export function addError(errors: Errors, key: string, message: string): void {
  ;(errors[key] ??= []).push(message)
}

export function conversionError(errors: Errors, jsonName: string, type: string): void {
  addError(
    errors,
    `$.${jsonName}`,
    `The JSON value could not be converted to ${type}. Path: $.${jsonName} | LineNumber: 0 | BytePositionInLine: 0.`
  )
  // ASP.NET adds this when the whole DTO could not be bound.
  addError(errors, 'inDto', 'The inDto field is required.')
}

/** Case-insensitive property lookup (System.Text.Json web defaults); last duplicate wins. */
export function field(obj: Record<string, unknown>, name: string): unknown {
  const lower = name.toLowerCase()
  let found: unknown
  for (const key of Object.keys(obj)) if (key.toLowerCase() === lower) found = obj[key]
  return found
}

export type BodyRead = { ok: true; value: Record<string, unknown> } | { ok: false; errors: Errors }

/** Parses a required [FromBody] object. */
export function readObjectBody(raw: string): BodyRead {
  if (raw.trim() === '') {
    return {
      ok: false,
      errors: { '': ['A non-empty request body is required.'], inDto: ['The inDto field is required.'] }
    }
  }
  let parsed: unknown
  try {
    parsed = JSON.parse(raw)
  } catch {
    return {
      ok: false,
      errors: {
        $: [
          "'The input does not contain any JSON tokens or is invalid JSON.' Path: $ | LineNumber: 0 | BytePositionInLine: 0."
        ],
        inDto: ['The inDto field is required.']
      }
    }
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
    return {
      ok: false,
      errors: {
        $: [
          'The JSON value could not be converted to the request type. Path: $ | LineNumber: 0 | BytePositionInLine: 1.'
        ],
        inDto: ['The inDto field is required.']
      }
    }
  }
  return { ok: true, value: parsed as Record<string, unknown> }
}

/** RoomType: number, numeric string, or case-insensitive enum name. */
export function parseRoomType(value: unknown): RoomTypeValue | undefined {
  if (typeof value === 'number') return isRoomType(value) ? value : undefined
  if (typeof value === 'string') {
    const t = value.trim()
    if (/^\d+$/.test(t)) {
      const n = Number(t)
      return isRoomType(n) ? n : undefined
    }
    return ROOM_TYPE_NAMES[t.toLowerCase()]
  }
  return undefined
}

function isRoomType(n: number): n is RoomTypeValue {
  return n === 1 || n === 2 || n === 5 || n === 6 || n === 8 || n === 9
}

export const MAX_TITLE = 170

// Global.ReplaceInvalidCharsAndTruncate: trim, replace the reserved characters
// and lone surrogates with '_', cut to the maximum length.
const INVALID_TITLE_CHARS = /[*+:"<>?|\\/\t]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g
export function normalizeTitle(title: string, max = MAX_TITLE): string {
  let t = title.trim().replace(INVALID_TITLE_CHARS, '_')
  if (t.length > max) t = t.slice(0, max)
  return t
}

/** Validates an optional string body field; returns undefined when absent or null. */
export function optionalString(
  errors: Errors,
  body: Record<string, unknown>,
  name: string,
  maxLength?: number
): string | undefined {
  const v = field(body, name)
  if (v === undefined || v === null) return undefined
  if (typeof v !== 'string') {
    conversionError(errors, name, 'System.String')
    return undefined
  }
  if (maxLength !== undefined && v.length > maxLength) {
    addError(errors, pascal(name), `The field ${pascal(name)} must be a string with a maximum length of ${maxLength}.`)
  }
  return v
}

export function optionalStringArray(errors: Errors, body: Record<string, unknown>, name: string): string[] | undefined {
  const v = field(body, name)
  if (v === undefined || v === null) return undefined
  if (!Array.isArray(v) || v.some((x) => typeof x !== 'string')) {
    conversionError(errors, name, 'System.Collections.Generic.IEnumerable`1[System.String]')
    return undefined
  }
  return v as string[]
}

export function pascal(name: string): string {
  return name.charAt(0).toUpperCase() + name.slice(1)
}

/** Cleans a list of tag names: trimmed, no empties, no duplicates, order kept. */
export function cleanTags(names: string[]): string[] {
  const out: string[] = []
  for (const n of names) {
    const t = n.trim()
    if (t && !out.includes(t)) out.push(t)
  }
  return out
}
