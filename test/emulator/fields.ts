// DocSpace's `fields=` projection, ported from DynamicIgnoreConverter<T>
// (common/ASC.Api.Core/Core/DynamicIgnoreResolver.cs:38-181 at v3.7.2-server,
// "DIR" below) with its order-dependent quirks, and the way the query is read
// (common/ASC.Api.Core/Core/ApiContext.cs:67-94).
//
// The converter works on .NET types, which JSON does not show, so DTO
// builders tag their objects (tag() below; the JSON is unchanged); untagged
// objects are treated as classes whose properties are exactly their JSON keys.
//
// Two consequences of the port worth knowing (inferences from the code, not
// run against a portal): System.Text.Json uses the first converter in the list
// that fits a type, so an object nested in one of its own type is written by
// the outer converter — which makes the static EmployeeDto.Default recurse
// without end whenever `default` is selected, also under a dotted
// `folders.createdBy`; and an IAsyncEnumerable<object> response (GET
// /files/tags) becomes `{}` under any active `fields`.

/** A class: `typeof(T).GetProperties()` is projected one property at a time (DIR:54-151). */
export interface NetClass {
  kind: 'class'
  /** the .NET type: one converter is registered per type, and the first registered wins */
  name: string
  /** JSON key -> camelCase .NET property name, where [JsonPropertyName] renames a property (DIR:58 ignores it) */
  propertyNames?: Readonly<Record<string, string>>
  /** properties GetProperties() lists but the serializer leaves out: [JsonIgnore]d ones and statics (DIR:54) */
  hidden?: (value: object) => Record<string, unknown>
  /** properties declared as System.Object (a converter registered for `object` takes them, whatever they hold) */
  objectTyped?: readonly string[]
}

/** IDictionary<K,V>: an IEnumerable of KeyValuePair structs, so no converter is made for it (DIR:113-125) and
 * the normal dictionary converter writes it whole: a leaf, even under a dotted path into it. */
export interface NetDictionary {
  kind: 'dictionary'
}

/** IAsyncEnumerable<T>: the converter is made for the declared T, not for what the elements are (DIR:126-130). */
export interface NetAsyncEnumerable {
  kind: 'async-enumerable'
  element: NetClass | 'object' | 'string'
}

export type NetType = NetClass | NetDictionary | NetAsyncEnumerable

const types = new WeakMap<object, NetType>()

/** Records the .NET type of a DTO object or list; its JSON is unchanged. */
export function tag<T extends object>(value: T, type: NetType): T {
  types.set(value, type)
  return value
}

/**
 * `Request.Query.GetRequestArray("fields")` (ApiContext.cs:67-94): `fields[]` values win if there are any;
 * else `fields` values, where a single non-empty value is split on ',' (no trimming) and several values are
 * not split; a single empty value stays `[""]`. Undefined when neither key is present. Query keys compare
 * case-insensitively in ASP.NET (QueryCollection uses StringComparer.OrdinalIgnoreCase).
 */
export function requestFields(query: URLSearchParams): string[] | undefined {
  const bracketed: string[] = []
  const plain: string[] = []
  for (const [key, value] of query) {
    const k = key.toUpperCase()
    if (k === 'FIELDS[]') bracketed.push(value)
    else if (k === 'FIELDS') plain.push(value)
  }
  if (bracketed.length > 0) return bracketed // :71-75
  if (plain.length === 1 && plain[0] !== '') return plain[0]!.split(',') // :80-86
  if (plain.length > 0) return plain // :89
  return undefined // :93
}

/**
 * Thrown when the projection recurses without end. In .NET that is a StackOverflowException, which no handler
 * can catch: the process dies mid-request (see EmployeeDto.Default in dto.ts).
 */
export class ProjectionOverflow extends Error {
  constructor() {
    super('fields= projection recursed without end (a stack overflow in DocSpace)')
  }
}

// Real DTOs nest a handful of levels; only the static EmployeeDto.Default chain goes deeper, and it never ends.
const MAX_NESTING = 64

/** The converter registered for System.Object when a response is an IAsyncEnumerable<object>. */
const OBJECT = Symbol('System.Object')

/** What a converter is registered for: a tagged class by name, an untagged object as a type of its own. */
type TypeKey = string | object | typeof OBJECT

/** One DynamicIgnoreConverter<T>(depth, fullPropertyName) in a JsonSerializerOptions' converter list. */
interface Converter {
  type: TypeKey
  depth: number
  full: string
}

/** Root options: DynamicIgnoreConverter<SuccessApiResponse> (depth 0, "") then ApiDateTimeConverter (DIR:179-180).
 * Dates are already strings here; their converter matters only in that, being registered before any
 * DynamicIgnoreConverter<ApiDateTime>, it is the one System.Text.Json picks, so dates stay strings. */
const SUCCESS_API_RESPONSE: NetClass = {
  kind: 'class',
  name: 'SuccessApiResponse',
  // `public object Response` (common/ASC.Api.Core/Middleware/CommonApiResponse.cs:73)
  objectTyped: ['response']
}

interface Walk {
  fields: readonly string[]
  nesting: number
}

/**
 * The envelope as DocSpace writes it when `fields` is active. Depth 0 is the envelope, written whole; only
 * `response` is filtered (DIR:109-110). Throws ProjectionOverflow where DocSpace would overflow its stack.
 */
export function projectEnvelope(envelope: object, fields: readonly string[]): Record<string, unknown> {
  const root: Converter = { type: SUCCESS_API_RESPONSE.name, depth: 0, full: '' }
  return write(envelope, SUCCESS_API_RESPONSE, root, [root], { fields, nesting: 0 })
}

/**
 * Whether property `p` is written at `depth` under `full`, and the fullPropertyName its value is projected
 * under (DIR:76-106). `Any` stops at the first entry that matches, and that entry alone sets the new name:
 * a dotted entry extends the path, a plain entry deeper than depth 1 leaves it as it is.
 */
export function matchProperty(
  fields: readonly string[],
  depth: number,
  full: string,
  p: string
): { keep: boolean; full: string } {
  let newFull = full
  const keep = fields.some((r) => {
    if (r.includes('.')) {
      // DIR:79-97. (`StartsWith(string)` is culture-sensitive in .NET; compared ordinally here, which differs
      // only for entries holding characters the culture ignores.)
      const checkName = depth === 1 ? p : `${full}.${p}`
      const result = r === checkName || r === full || r.startsWith(`${checkName}.`)
      if (result) newFull = checkName
      return result
    }
    // DIR:100-105
    const result = r === (depth === 1 ? p : full)
    if (result && depth === 1) newFull = p
    return result
  })
  return { keep, full: newFull }
}

/** `typeof(T).GetProperties()` with camelCase names (DIR:54-58): JSON keys under their .NET names, plus the
 * properties the serializer hides. */
function netProperties(value: object, type: NetClass | undefined): [string, unknown][] {
  const names = type?.propertyNames
  const out: [string, unknown][] = Object.entries(value).map(([key, v]) => [names?.[key] ?? key, v])
  if (type?.hidden) out.push(...Object.entries(type.hidden(value)))
  return out
}

function classOf(value: object): NetClass | undefined {
  const t = types.get(value)
  return t?.kind === 'class' ? t : undefined
}

/** The type a converter is made for when `value` is met (DIR:112-134); undefined when none is made. */
function converterKey(value: object): TypeKey | undefined {
  if (Array.isArray(value)) return undefined // nested lists do not occur in the emulated DTOs
  const t = types.get(value)
  if (t?.kind === 'dictionary' || t?.kind === 'async-enumerable') return undefined
  return t?.kind === 'class' ? t.name : value
}

/** `new JsonSerializerOptions(options)` plus one converter (DIR:155-168): appended, so one registered
 * earlier for the same type — by an enclosing object — still wins the lookup. */
function register(options: readonly Converter[], type: TypeKey, depth: number, full: string): readonly Converter[] {
  return [...options, { type, depth, full }]
}

/** The options a kept property's value is serialised with (DIR:110-135). */
function optionsFor(value: unknown, depth: number, full: string, options: readonly Converter[]): readonly Converter[] {
  // Only class types other than string get converters (DIR:113): strings, numbers, booleans, enums and Guids
  // are leaves.
  if (value === null || typeof value !== 'object') return options
  const t = types.get(value)
  if (Array.isArray(value) && t?.kind === 'async-enumerable') {
    // IAsyncEnumerable<T> (DIR:126-130): one converter for the declared element type.
    const el = t.element
    if (el === 'string') return options
    return register(options, el === 'object' ? OBJECT : el.name, depth, full)
  }
  if (Array.isArray(value)) {
    // IEnumerable<T> (DIR:118-125): one converter per distinct element type, all under the same name.
    let next = options
    const seen = new Set<TypeKey>()
    for (const el of value as unknown[]) {
      if (el === null || typeof el !== 'object') continue
      const key = converterKey(el)
      if (key === undefined || seen.has(key)) continue
      seen.add(key)
      next = register(next, key, depth, full)
    }
    return next
  }
  const key = converterKey(value)
  return key === undefined ? options : register(options, key, depth, full)
}

function find(options: readonly Converter[], type: TypeKey): Converter | undefined {
  // JsonSerializerOptions.GetConverterFromList: the first converter whose CanConvert(type) is true.
  return options.find((c) => c.type === type)
}

/** System.Text.Json writing `value` with `options` (DIR:145): a converter registered for its type projects
 * it; otherwise it is written as usual, its members with the same options. */
function serialize(value: unknown, options: readonly Converter[], declaredObject: boolean, walk: Walk): unknown {
  if (value === null || typeof value !== 'object') return value
  if (declaredObject) {
    // A value declared `object` is written by a converter registered for System.Object if there is one;
    // such a custom converter is not polymorphic, and typeof(object) has no properties: `{}`.
    const c = find(options, OBJECT)
    if (c) return write(value, undefined, c, options, walk)
  }
  const t = types.get(value)
  if (Array.isArray(value)) return (value as unknown[]).map((el) => serialize(el, options, false, walk))
  if (t?.kind === 'dictionary') {
    const out: Record<string, unknown> = {}
    for (const [k, v] of Object.entries(value)) out[k] = serialize(v, options, false, walk)
    return out
  }
  const key = converterKey(value)
  const c = key === undefined ? undefined : find(options, key)
  if (c) return write(value, classOf(value), c, options, walk)
  const out: Record<string, unknown> = {}
  for (const [k, v] of Object.entries(value)) out[k] = serialize(v, options, false, walk)
  return out
}

/** DynamicIgnoreConverter<T>.Write (DIR:50-153). */
function write(
  value: object,
  type: NetClass | undefined,
  conv: Converter,
  options: readonly Converter[],
  walk: Walk
): Record<string, unknown> {
  if (++walk.nesting > MAX_NESTING) throw new ProjectionOverflow()
  const out: Record<string, unknown> = {} // WriteStartObject (DIR:52): an object, even if nothing matches
  const properties = conv.type === OBJECT ? [] : netProperties(value, type)
  for (const [name, v] of properties) {
    // WhenWritingNull (DIR:60-63, 177)
    if (v === null || v === undefined) continue
    let keep = true
    let full = conv.full
    let next = options
    if (conv.depth > 0) ({ keep, full } = matchProperty(walk.fields, conv.depth, conv.full, name)) // DIR:74-107
    // DIR:109-110: at depth 0 only `response` (InvariantCultureIgnoreCase) recurses.
    const isResponse = name.toLowerCase() === 'response'
    if (keep && ((conv.depth === 0 && isResponse) || conv.depth > 0))
      next = optionsFor(v, conv.depth + 1, full, options)
    if (keep) out[name] = serialize(v, next, type?.objectTyped?.includes(name) ?? false, walk) // DIR:140-150
  }
  walk.nesting--
  return out
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/**
 * Applies `fields` to an answer the way DocSpace does, or returns it unchanged. Only SuccessApiResponse
 * envelopes go through the converter (it is DynamicIgnoreConverter<SuccessApiResponse>, DIR:179), and
 * ResponseWrapper.cs:145-149 wraps every ObjectResult in one, model-validation ProblemDetails included; in the
 * emulator those are the JSON answers carrying `response` (results.ts). Error envelopes (`error`) are written
 * with the default HTTP JSON options, without the converter (ResponseWrapper.cs:116-120), and stay as they are.
 * Throws ProjectionOverflow where DocSpace's process would die.
 */
export function projectAnswer<T extends { json?: unknown }>(result: T, query: URLSearchParams): T {
  const json = result.json
  if (!isRecord(json) || !('response' in json)) return result
  const fields = requestFields(query)
  if (fields === undefined) return result
  return { ...result, json: projectEnvelope(json, fields) }
}
