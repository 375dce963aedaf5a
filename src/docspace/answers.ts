import * as v from 'valibot'
import { clipSafely } from '../lib/redact.js'

/**
 * The shapes of the DocSpace answers this action reads, checked before anything is done with them: lenient
 * on fields the action does not read (a portal may add any), strict on the ones it does. Sources are
 * DocSpace-server v3.7.2 (`products/ASC.Files/Core/ApiModels/ResponseDto/*.cs`).
 */

/** An ApiDateTime: `2026-11-26T03:35:16.7110000Z`, or with an offset such as `+03:00` (ApiDateTime.cs:164-172). */
export const ApiDate = v.pipe(
  v.string(),
  v.check((s) => !Number.isNaN(Date.parse(s)), 'a date')
)

const ID = 'a DocSpace ID (a positive whole number, or a third-party storage ID such as "box-3-|12")'

/** DocSpace's form of a third-party storage entry's ID: `<provider>-<account number>[-<path>]`
 * (RegexDaoSelectorBase.cs:52, the providers of Selectors.cs:40-45). */
const THIRD_PARTY_ID = /^[a-z]+-\d+(-\P{Cc}*)?$/u

/**
 * Room and file IDs go into request paths, so only DocSpace's two forms are taken: a positive whole number on its own
 * storage, a third-party ID as a string (VirtualRoomsController.cs:294). An ID such as `../../people/7?` is refused
 * here, before it can point a request with the key at another endpoint.
 */
export const EntryId = v.union(
  [
    v.pipe(v.number(), v.integer(ID), v.minValue(1, ID), v.maxValue(Number.MAX_SAFE_INTEGER, ID)),
    v.pipe(v.string(), v.regex(THIRD_PARTY_ID, ID))
  ],
  ID
)
export type EntryId = v.InferOutput<typeof EntryId>

export function isEntryId(value: unknown): value is EntryId {
  return v.is(EntryId, value)
}

/**
 * An ID as one segment of a request path. Answers are checked to hold only DocSpace's forms of ID (answers.ts); this
 * checks again where an ID becomes part of a path, and encodes a third-party ID's own path (DocSpace decodes it,
 * RegexDaoSelectorBase.cs:26), so that no ID can point a request with the key at another endpoint.
 */
export function segment(id: number | string): string {
  if (!isEntryId(id)) throw new Error(`Refused to send a request for ID ${JSON.stringify(id)}: not a DocSpace ID`)
  return encodeURIComponent(String(id))
}

/** A room (`FolderDto`, FolderDto.cs:274-662): the fields every room carries for an authenticated caller. */
export const RoomAnswer = v.looseObject({
  id: EntryId,
  title: v.string(),
  // 14 Rooms, 20 Archive (Folder.cs:41-129); what tells an archived room from an active one.
  rootFolderType: v.pipe(v.number(), v.integer()),
  // GET /rooms/{id} also answers for folders that are not rooms (VirtualRoomsController.cs:324-333); those have none.
  roomType: v.optional(v.pipe(v.number(), v.integer())),
  tags: v.array(v.string()),
  created: ApiDate,
  updated: ApiDate
})
export type Room = v.InferOutput<typeof RoomAnswer>

/**
 * A room with the settings this action sets, as GET, PUT and POST rooms answer (FolderDto.cs:87-159, 335-351, 405,
 * 656-659). `indexing`, `denyDownload` and `pinned` are always there (non-nullable, FolderDto.cs:93, 111, 117; only
 * null fields are left out, DynamicIgnoreResolver.cs:177): one missing is not read as false. The others may be
 * missing (`quotaLimit` is sent only while the portal has room quotas on; `lifetime` only when set), but one that is
 * there has its type, since the action reads them back to confirm what it set.
 */
export const SettledRoomAnswer = v.looseObject({
  ...RoomAnswer.entries,
  quotaLimit: v.optional(v.pipe(v.number(), v.integer())),
  isCustomQuota: v.optional(v.boolean()),
  indexing: v.boolean(),
  denyDownload: v.boolean(),
  pinned: v.boolean(),
  lifetime: v.optional(
    v.looseObject({
      deletePermanently: v.optional(v.boolean()),
      period: v.optional(v.pipe(v.number(), v.integer())),
      value: v.optional(v.pipe(v.number(), v.integer())),
      enabled: v.optional(v.nullable(v.boolean()))
    })
  ),
  logo: v.optional(v.looseObject({ original: v.optional(v.string()), color: v.optional(v.nullable(v.string())) }))
})
export type SettledRoom = v.InferOutput<typeof SettledRoomAnswer>

/** `POST /files/logos` (UploadResultDto, UploadResultDto.cs:39-58): failures come as HTTP 200 with success false. */
export const LogoUploadAnswer = v.looseObject({
  success: v.boolean(),
  data: v.optional(v.unknown()),
  message: v.optional(v.nullable(v.string()))
})

/** A room as a listing gives it: every entry of `folders` in the Rooms or Archive section is a room. Only the fields
 * the action reads are kept, so that what a run holds of a long listing is bounded by them (v.object drops others). */
const ListedRoom = v.object({ ...RoomAnswer.entries, roomType: v.pipe(v.number(), v.integer()) })

/** The room fields the action reads from a listing, asked for DocSpace's way (DynamicIgnoreResolver.cs:76-106). */
export const LISTED_ROOM_FIELDS = Object.keys(ListedRoom.entries)

/** One page of `GET /files/rooms` (`FolderContentDto`, FolderContentDto.cs:39-88). */
export const RoomPageAnswer = v.looseObject({
  folders: v.array(ListedRoom),
  total: v.pipe(v.number(), v.integer(), v.minValue(0))
})
export type RoomPage = v.InferOutput<typeof RoomPageAnswer>

/** A long-running file operation (`FileOperationDto`, FileOperationDto.cs:39-102). */
export const OperationAnswer = v.looseObject({
  id: v.pipe(v.string(), v.nonEmpty()),
  progress: v.optional(v.number()),
  error: v.optional(v.nullable(v.string())),
  finished: v.optional(v.boolean()),
  // DistributedTaskStatus, since v3.7.1 (DistributedTaskQueue.cs:263-286); absent on older portals.
  status: v.optional(v.pipe(v.number(), v.integer()))
})
export type FileOperation = v.InferOutput<typeof OperationAnswer>

export const OperationListAnswer = v.array(OperationAnswer)

/** A file as `POST /files/{folderId}/text` and folder listings give it (`FileDto`). */
export const FileAnswer = v.looseObject({ id: EntryId, title: v.string(), folderId: v.optional(EntryId) })

/** One page of `GET /files/{folderId}` (`FolderContentDto`): the files of a room. */
export const FolderContentAnswer = v.looseObject({
  files: v.array(FileAnswer),
  total: v.pipe(v.number(), v.integer(), v.minValue(0))
})

export type AnswerSchema = v.GenericSchema<unknown, unknown>

/** Words for the parts of an answer a person would look for, keyed by the path inside `response`. */
const NAMED: Record<string, string> = {
  '': 'an answer',
  folders: 'a room list',
  total: 'the total count',
  files: 'a file list'
}

/**
 * Parses an answer, or says in one phrase what is wrong with it, naming the field:
 * "without a room list (response.folders)", "with response.folders[2].id as null, where an id was expected".
 */
export function checkAnswer<S extends AnswerSchema>(
  schema: S,
  response: unknown
): { ok: true; value: v.InferOutput<S> } | { ok: false; problem: string } {
  // The first problem is the one reported; collecting every one of a hostile answer's could take gigabytes.
  const result = v.safeParse(schema, response, { abortEarly: true })
  if (result.success) return { ok: true, value: result.output }
  const issue = result.issues[0]
  const keys = (issue.path ?? []).map((item) => item.key as string | number)
  const path = keys.reduce<string>(
    (text, key) => (typeof key === 'number' ? `${text}[${key}]` : text ? `${text}.${key}` : key),
    ''
  )
  const where = path.startsWith('[') ? `response${path}` : path ? `response.${path}` : 'response'
  // valibot reads a list as an object with no keys; say what came instead of the missing key.
  const parent = issue.path?.at(-1)
  if (issue.input === undefined && parent && Array.isArray(parent.input) && typeof parent.key === 'string') {
    const at = where.slice(0, -(String(parent.key).length + 1))
    return { ok: false, problem: `with ${at} as a list, where an object was expected` }
  }
  if (issue.input === undefined) {
    const named = NAMED[path]
    return { ok: false, problem: `without ${named ? `${named} (${where})` : where}` }
  }
  return { ok: false, problem: `with ${where} ${describeValue(issue.input)}, where ${expected(issue)} was expected` }
}

function expected(issue: v.BaseIssue<unknown>): string {
  // A check's own words: "a date", "an http(s) link".
  if (issue.type === 'check') return /^an? /.test(issue.message) ? issue.message : 'another value'
  if (issue.message === ID) return ID
  if (issue.type === 'regex' && /^an? /.test(issue.message)) return issue.message
  if (issue.type === 'integer') return 'a whole number'
  if (issue.type === 'min_value') return 'a number of 0 or more'
  if (issue.type === 'non_empty') return 'a non-empty string'
  if (issue.expected === 'Array') return 'a list'
  if (issue.expected === 'Object') return 'an object'
  const word = issue.expected ?? issue.type
  return /^[aeiou]/.test(word) ? `an ${word}` : `a ${word}`
}

function describeValue(value: unknown): string {
  if (value === null) return 'as null'
  if (Array.isArray(value)) return 'as a list'
  if (typeof value === 'object') return 'as an object'
  const text = JSON.stringify(value)
  return `as ${typeof value === 'string' ? 'the text' : 'the ' + typeof value} ${clipSafely(text, 41)}`
}
