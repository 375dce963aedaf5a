// Model binding as ASP.NET does it for DocSpace: case-insensitive JSON keys,
// numbers accepted as strings, enums by number or name, and the exact
// ProblemDetails keys/messages clients may show to users.
// Sources: DocSpace-server at tag v3.7.2-server; JSON options in
// common/ASC.Api.Core/Core/DynamicIgnoreResolver.cs:172-181 (MVC web defaults:
// case-insensitive names; AllowReadingFromString for numbers only).
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

const INT32 = /^\s*[+-]?\d+\s*$/

/**
 * ASP.NET's enum model binder for query values (EnumTypeModelBinder): the
 * TypeConverter calls Enum.Parse(ignoreCase: true) — a whole-string integer,
 * or names separated by commas and OR-ed together — and the result must be a
 * defined value. undefined = "not valid" (a 400 with [ApiController]).
 * Blank values never get here (SimpleTypeModelBinder maps them to null).
 */
export function parseEnumQuery(raw: string, names: Record<string, number>): number | undefined {
  const values = new Set(Object.values(names))
  let n: number | undefined
  if (INT32.test(raw)) {
    n = Number(raw.trim())
    if (n < -2147483648 || n > 2147483647) return undefined
  } else {
    n = 0
    for (const part of raw.split(',')) {
      const v = names[part.trim().toLowerCase()]
      if (v === undefined) return undefined
      n |= v
    }
  }
  return values.has(n) ? n : undefined
}

/**
 * A non-nullable int query property (ASP.NET SimpleTypeModelBinder): absent →
 * the property's default; blank → "The value '' is invalid." (no null for a
 * value type); otherwise an Int32 (whitespace and a sign allowed) or "The value
 * 'x' is not valid for Name.". undefined when an error was added.
 */
export function queryInt(errors: Errors, q: URLSearchParams, key: string, fallback: number): number | undefined {
  const raw = q.get(key)
  if (raw === null) return fallback
  if (raw.trim() === '') {
    addError(errors, key, `The value '${raw}' is invalid.`)
    return undefined
  }
  const n = INT32.test(raw) ? Number(raw.trim()) : NaN
  if (!(n >= -2147483648 && n <= 2147483647)) {
    addError(errors, key, `The value '${raw}' is not valid for ${pascal(key)}.`)
    return undefined
  }
  return n
}

/** A bool? query property (BooleanConverter: "true"/"false", any case, trimmed); blank → null. */
export function queryBool(errors: Errors, q: URLSearchParams, key: string): boolean | undefined {
  const raw = q.get(key)
  if (raw === null || raw.trim() === '') return undefined
  const t = raw.trim().toLowerCase()
  if (t === 'true' || t === 'false') return t === 'true'
  addError(errors, key, `The value '${raw}' is not valid for ${pascal(key)}.`)
  return undefined
}

/** An enum query property: blank → null (nullable) or "The value '' is invalid." (non-nullable). */
export function queryEnum(
  errors: Errors,
  q: URLSearchParams,
  key: string,
  names: Record<string, number>,
  nullable: boolean
): number | undefined {
  const raw = q.get(key)
  if (raw === null) return undefined
  if (raw.trim() === '') {
    if (!nullable) addError(errors, key, `The value '${raw}' is invalid.`)
    return undefined
  }
  const n = parseEnumQuery(raw, names)
  if (n === undefined) addError(errors, key, `The value '${raw}' is not valid for ${pascal(key)}.`)
  return n
}

/** RoomType in the query: the enum binder above (defined values only). */
export function parseRoomType(value: string): RoomTypeValue | undefined {
  return parseEnumQuery(value, ROOM_TYPE_NAMES) as RoomTypeValue | undefined
}

/**
 * RoomType in a JSON body: JsonStringEnumConverter<RoomType>
 * (products/ASC.Files/Server/ApiModels/RequestDto/CreateRoomRequestDto.cs:108-109)
 * reads any Int32 (undefined values too), integer strings and names
 * (case-insensitive). An undefined number fails later, in
 * DocSpaceHelper.MapToFolderType (products/ASC.Files/Core/Helpers/DocSpaceHelper.cs:100-111).
 * Returns undefined when the JSON value cannot be converted at all.
 */
export function readRoomTypeJson(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isInteger(value) && Math.abs(value) <= 2147483647 ? value : undefined
  if (typeof value !== 'string') return undefined
  if (INT32.test(value)) {
    const n = Number(value.trim())
    return Math.abs(n) <= 2147483647 ? n : undefined
  }
  return ROOM_TYPE_NAMES[value.trim().toLowerCase()]
}

export function isRoomType(n: number): n is RoomTypeValue {
  return n === 1 || n === 2 || n === 5 || n === 6 || n === 8 || n === 9
}

export const MAX_TITLE = 170

/** String.Trim() of .NET: char.IsWhiteSpace, which (unlike JS trim) includes U+0085 and excludes U+FEFF. */
const DOTNET_SPACE = '[\\t\\n\\v\\f\\r \\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000]'
const DOTNET_TRIM = new RegExp(`^${DOTNET_SPACE}+|${DOTNET_SPACE}+$`, 'g')
export function dotnetTrim(s: string): string {
  return s.replace(DOTNET_TRIM, '')
}

/**
 * Global.ReplaceInvalidCharsAndTruncate (products/ASC.Files/Core/Helpers/Global.cs:196-241),
 * applied to every saved folder and uploaded file title:
 * 1. Trim(); 2. over 170 UTF-16 units: keep the extension when the last '.'
 * is after index 150, else cut at 170; 3. replace each char of
 * [\t*+:"<>?|\\/\p{Cs}] by '_'. \p{Cs} is every surrogate code unit, so a
 * non-BMP character (an emoji) becomes "__". Newlines are kept.
 * Room titles are at most 170 before trimming ([StringLength(170)]) and text
 * file titles at most 165 + extension, so step 2 is never reached through the API.
 */
const INVALID_TITLE_CHARS = /[\t*+:"<>?|\\/\uD800-\uDFFF]/g
export function normalizeTitle(title: string): string {
  if (title === '') return title
  let t = dotnetTrim(title)
  if (t.length > MAX_TITLE) {
    const pos = t.lastIndexOf('.')
    // C# t[..n] with n < 0 throws (ArgumentOutOfRangeException → 400); unreachable, see above.
    t = MAX_TITLE - 20 < pos ? t.slice(0, MAX_TITLE - (t.length - pos)) + t.slice(pos) : t.slice(0, MAX_TITLE)
  }
  return t.replace(INVALID_TITLE_CHARS, '_')
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
  if (!Array.isArray(v) || v.some((x) => typeof x !== 'string' && x !== null)) {
    conversionError(errors, name, 'System.Collections.Generic.IEnumerable`1[System.String]')
    return undefined
  }
  return v as string[]
}

export function pascal(name: string): string {
  return name.charAt(0).toUpperCase() + name.slice(1)
}

/**
 * Tag names as DocSpace stores them: not trimmed (no Trim in CustomTagsService
 * or TagDao), duplicates collapse (Distinct, products/ASC.Files/Core/Core/VirtualRooms/CustomTagsService.cs:150).
 * Names are compared exactly here; the server compares them in SQL, where the
 * DB collation decides case (not modelled).
 */
export function cleanTags(names: readonly (string | null)[]): string[] {
  const out: string[] = []
  for (const n of names) if (n !== null && !out.includes(n)) out.push(n)
  return out
}

/** JsonException for a body missing C# `required` members (System.Text.Json wording). */
export function requiredMembersMissing(errors: Errors, typeName: string, jsonNames: string[]): void {
  addError(
    errors,
    '$',
    `JSON deserialization for type '${typeName}' was missing required properties including: ${jsonNames.map((n) => `'${n}'`).join(', ')}.`
  )
  addError(errors, 'inDto', 'The inDto field is required.')
}

/** SortedByType in declaration order, lower-cased, so an index is its number
 * (products/ASC.Files/Core/Core/Entries/OrderBy.cs:39-80). */
export const SORTED_BY_TYPES = [
  'dateandtime',
  'az',
  'size',
  'author',
  'type',
  'new',
  'dateandtimecreation',
  'roomtype',
  'tags',
  'room',
  'customorder',
  'lastopened',
  'usedspace'
] as const
