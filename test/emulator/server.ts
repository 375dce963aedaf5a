// The HTTP side of the emulator: request log, latency and write-concurrency
// model, fault application, and the public startEmulator() API.
import http from 'node:http'
import https from 'node:https'
import type { AddressInfo } from 'node:net'
import { authenticate, buildKeyTable } from './auth.js'
import type { HandlerContext } from './context.js'
import { parseOffset } from './dto.js'
import { Faults, type TransportFault } from './faults.js'
import { projectAnswer, ProjectionOverflow } from './fields.js'
import { failure, type ApiResult } from './results.js'
import { dispatch, matchRoute, unknownEndpoint } from './routes.js'
import { fileHandler, startStorageServer, type StorageServer } from './download.js'
import {
  editorSave,
  fileBytes,
  fileVersions,
  listTree,
  seedFile,
  seedFolder,
  type EditorSave,
  type FileSeed,
  type FolderSeed,
  type SeedContent,
  type TreeEntry,
  type VersionInfo
} from './file-helpers.js'
import { parseMultipart, streamMultipart, type StreamedForm } from './multipart.js'
import { EmulatorState, type EmulatedFile, type EmulatedFolder, type EmulatedRoom, type RoomInit } from './state.js'
import { restoreFromTrash } from './trash.js'
import { findFile, findFolder } from './tree.js'
import { chunkedUploaderAshx } from './upload-handlers.js'

export { EmulatorState, Faults }
export type { EmulatedRoom, RoomInit }
export type { EditorSave, FileSeed, FolderSeed, SeedContent, TreeEntry, VersionInfo }
export type { EmulatedFile, EmulatedFolder, EmulatedOperation, RoomTypeValue } from './state.js'
export type { DeletionRecord, TrashedEntry, UploadSession } from './state.js'
export type { EmulatedLink, EmulatedUser, MailReason, SentMail, UserInit, UserType } from './state.js'
export type { Fault, FaultRule } from './faults.js'

export const DEFAULT_API_KEY = 'sk-emulator-0123456789abcdef'
const API_PREFIX = '/api/2.0'
const MAX_BODY_BYTES = 5 * 1024 * 1024

export interface EmulatorOptions {
  host?: string
  port?: number
  /** the admin user's key, full access */
  apiKey?: string
  /** extra keys with API-key scopes; userId defaults to the admin user */
  keys?: Record<string, { scopes: string[]; userId?: string }>
  /** how long an archive/unarchive/delete operation runs; 0 = finished in the initial response */
  operationDelayMs?: number
  /** added to every request before it is handled */
  latencyMs?: number
  /** POST/PUT/DELETE in flight beyond this get 429 + Retry-After: 1 */
  maxConcurrentWrites?: number
  /** tariff room quota (active rooms); a create beyond it answers 402 */
  maxRooms?: number
  /** offset used when serialising dates, e.g. '+03:00' */
  timeZoneOffset?: string
  /** mount point of the portal, e.g. '/docspace' → API at /docspace/api/2.0 */
  basePath?: string
  /** PUT rooms/{id}/tags attaches only names already in the tag catalogue */
  tagsMustExist?: boolean
  /** serve HTTPS with this key and certificate (PEM) instead of plain HTTP */
  tls?: { key: string; cert: string }
  // Files. Each sets the EmulatorState field of the same name, which tests may also change mid-run.
  /** the tariff's TenantQuota.MaxFileSize in bytes (default: a large tariff, 1 TiB) */
  maxFileSize?: number
  /** the tenant's MaxTotalSize in bytes (default 100 GiB); uploads see min(free space, maxFileSize) */
  portalQuotaBytes?: number
  /** `files:upload-filter` on with these uploadable extensions (".md", ".txt"…); others get 415 */
  uploadFilter?: string[]
  /** `files:uploader:chunk-size` (default 10 MiB): the largest chunk and the chunked-session threshold */
  chunkUploadSize?: number
  /** Kestrel's request-body limit for the upload routes (default 100 MiB) */
  maxRequestBodyBytes?: number
  /** downloads answer 302 to the storage server, like a portal on S3 */
  storageRedirect?: boolean
  /** hostile: downloads send this many bytes more than stored (and than pureContentLength says) */
  overSendBytes?: number
}

export interface FileLimits {
  maxFileSize?: number
  portalQuotaBytes?: number
  availableFileSize?: number
  chunkUploadSize?: number
  maxRequestBodyBytes?: number
  /** TenantRoomQuotaSettings: on/off and the default for rooms at -2 */
  roomQuota?: { enabled: boolean; defaultQuota: number }
  room?: { id: number; quota: number }
}

export interface LoggedRequest {
  method: string
  /** the path after [basePath]/api/2.0 without trailing slash, e.g. '/files/rooms/1001/archive'
   * (what fault rules match); the full pathname for requests outside the API */
  path: string
  /** the pathname exactly as the client sent it, incl. base path, /api/2.0 and any trailing slash */
  rawPath: string
  query: Record<string, string | string[]>
  authorization: 'valid' | 'invalid' | 'missing'
  /** parsed JSON, or the raw text when it is not JSON, or undefined when empty */
  body: unknown
  /** status answered; 0 when the connection was dropped without an answer */
  status: number
  /** kind of the injected fault that shaped this answer, if any */
  fault?: string
  startedAt: number
  endedAt: number
}

export interface Emulator {
  /** 'http://127.0.0.1:PORT', no trailing slash and without basePath */
  url: string
  /** url + basePath: the portal address a client should be configured with */
  portalUrl: string
  apiKey: string
  state: EmulatorState
  requests: LoggedRequest[]
  faults: Faults
  addRoom(init: Partial<RoomInit> & { title: string }): EmulatedRoom
  room(id: number): EmulatedRoom | undefined
  activeRooms(): EmulatedRoom[]
  archivedRooms(): EmulatedRoom[]
  // Files and folders (file-helpers.ts). Titles given here are stored exactly as given: no DocSpace rewrite.
  /** a folder in a room or folder */
  addFolder(parentId: number, title: string, init?: FolderSeed): EmulatedFolder
  /** a file in a room or folder, its bytes text, a Buffer or a file on disk ({path}) */
  addFile(folderId: number, title: string, content: SeedContent, init?: FileSeed): EmulatedFile
  /** the room or folder with this id (also in the Trash) */
  folder(id: number): EmulatedRoom | EmulatedFolder | undefined
  file(id: number): EmulatedFile | undefined
  /** a version's bytes (default the current one) */
  fileBytes(fileId: number, version?: number): Buffer
  /** every version, oldest first: title, comment, sizes, SHA-256, dates */
  fileVersions(fileId: number): VersionInfo[]
  /** the room's (or folder's) folders and files, depth first, with paths */
  tree(folderId: number): TreeEntry[]
  /** the file saved again from DocSpace's editor: a new version with the comment "Edited" (or the one given) */
  editorSave(fileId: number, content: SeedContent, save?: EditorSave): EmulatedFile
  /** open (or close) the file in the editor: uploads then make a second file, deletes are refused */
  setEditing(fileId: number, editing: boolean): void
  /** puts a trashed file or folder back where it was */
  restoreFromTrash(id: number): void
  /** the limits uploads meet (each an EmulatorState field; see EmulatorOptions); `room` sets one room's
   * SettingsQuota in bytes (-1 none, -2 the portal default) */
  setFileLimits(limits: FileLimits): void
  /** `files:upload-filter` on with these extensions (".md"…), or off with undefined */
  setUploadFilter(extensions: string[] | undefined): void
  /** downloads answer 302 to the storage server (true) or stream themselves (false) */
  setStorageRedirect(on: boolean): void
  /** hostile: downloads send this many bytes beyond the stored ones (0 = off) */
  setOverSend(bytes: number): void
  /** the storage server downloads redirect to when state.storageRedirect is on */
  storage: StorageServer
  reset(): void
  close(): Promise<void>
}

function normalizeBasePath(p: string | undefined): string {
  if (!p) return ''
  const trimmed = p.replace(/^\/*/, '/').replace(/\/+$/, '')
  return trimmed === '/' ? '' : trimmed
}

function queryRecord(params: URLSearchParams): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {}
  for (const [k, v] of params) {
    const prev = out[k]
    out[k] = prev === undefined ? v : Array.isArray(prev) ? [...prev, v] : [prev, v]
  }
  return out
}

/** A multipart body as the request log shows it: its parts' names, file names, types and sizes, not their bytes. */
function describeMultipart(body: Buffer, contentType: string | undefined): unknown {
  return {
    multipart: parseMultipart(body, contentType).map((p) => ({
      name: p.name,
      filename: p.filename,
      contentType: p.contentType,
      size: p.data.length
    }))
  }
}

/** A streamed multipart body as the request log shows it. */
function describeStreamed(form: StreamedForm): unknown {
  return {
    multipart: form.parts.map((p) => ({
      name: p.name,
      filename: p.filename,
      contentType: p.contentType,
      size: p.size
    })),
    bytes: form.bodyBytes,
    ...(form.tooLarge ? { tooLarge: true } : {}),
    ...(form.malformed ? { malformed: form.malformed } : {})
  }
}

function parseLoggedBody(raw: string): unknown {
  if (raw === '') return undefined
  try {
    return JSON.parse(raw)
  } catch {
    return raw
  }
}

/** Resolves to the body text, 'too-large', or 'aborted' (client went away mid-body). */
function readBody(req: http.IncomingMessage): Promise<Buffer | { failed: 'too-large' | 'aborted' }> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = []
    let size = 0
    req.on('data', (c: Buffer) => {
      size += c.length
      if (size <= MAX_BODY_BYTES) chunks.push(c)
    })
    req.on('end', () => resolve(size > MAX_BODY_BYTES ? { failed: 'too-large' } : Buffer.concat(chunks)))
    // Fires after 'end' on a normal request, in which case the first resolve already won.
    req.on('close', () => resolve({ failed: 'aborted' }))
  })
}

const NGINX_PAGE = (status: number): string => {
  const line = `${status} ${http.STATUS_CODES[status] ?? 'Error'}`
  return `<html>\r\n<head><title>${line}</title></head>\r\n<body>\r\n<center><h1>${line}</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n`
}

function sniffContentType(body: string): string {
  const t = body.trimStart()
  if (t.startsWith('{') || t.startsWith('[')) return 'application/json; charset=utf-8'
  if (t.startsWith('<')) return 'text/html; charset=utf-8'
  return 'text/plain; charset=utf-8'
}

function statusResult(status: number, retryAfter?: string, body?: string, contentType?: string): ApiResult {
  const headers: Record<string, string> = retryAfter !== undefined ? { 'Retry-After': retryAfter } : {}
  if (body !== undefined) return { status, text: body, contentType: contentType ?? sniffContentType(body), headers }
  // The ASP.NET pipeline answers auth failures and bodiless codes with no content.
  if (status === 401 || status === 403 || status === 204 || status === 304 || status < 200) return { status, headers }
  const message = status === 429 ? 'Too many requests' : (http.STATUS_CODES[status] ?? 'Error')
  return { ...failure(status, message), headers }
}

/** One room as a listing gives it, repeated to fill a huge or endless answer. */
const FILLER_ROOM =
  '{"id":1,"title":"Filler","rootFolderType":14,"roomType":5,"tags":[],"created":"2026-01-01T00:00:00.0000000Z","updated":"2026-01-01T00:00:00.0000000Z"},'

/** Streams a 200 JSON answer of `bytes` (Infinity: without end), at the pace the client reads it. */
async function streamBody(res: http.ServerResponse, bytes: number, contentLength: boolean): Promise<void> {
  const head = Buffer.from('{"response":{"folders":[')
  const tail = Buffer.from(`${FILLER_ROOM.slice(0, -1)}],"total":1},"status":0,"statusCode":200}`)
  const block = Buffer.from(FILLER_ROOM.repeat(Math.ceil(65536 / FILLER_ROOM.length)))
  const headers: Record<string, string | number> = { 'Content-Type': 'application/json; charset=utf-8' }
  if (contentLength && Number.isFinite(bytes)) headers['Content-Length'] = bytes
  res.writeHead(200, headers)
  let left = bytes - head.length - tail.length
  res.write(head)
  while (left > 0 && !res.destroyed) {
    const chunk = left >= block.length ? block : block.subarray(0, left)
    left -= chunk.length
    if (!res.write(chunk)) {
      await new Promise<void>((resolve) => {
        const go = (): void => {
          res.off('drain', go).off('close', go)
          resolve()
        }
        res.on('drain', go).on('close', go)
      })
    }
  }
  if (!res.destroyed) res.end(tail)
}

/** The answer with its `response.total` replaced, when it has one. */
function withTotal(result: ApiResult, total: number): ApiResult {
  const envelope = result.json as { response?: { total?: unknown } } | undefined
  if (envelope?.response?.total === undefined) return result
  return { ...result, json: { ...envelope, response: { ...envelope.response, total } } }
}

/** Faults that answer instead of the handler; undefined = handle normally. */
function preHandleResult(fault: TransportFault): ApiResult | 'drop' | undefined {
  switch (fault.kind) {
    case 'status':
      return statusResult(fault.status, fault.retryAfter, fault.body, fault.contentType)
    case 'html': {
      const status = fault.status ?? 502
      return { status, text: NGINX_PAGE(status), contentType: 'text/html' }
    }
    case 'not-json':
      return {
        status: fault.status ?? 200,
        text: 'Service is temporarily unavailable. Please try again later.',
        contentType: 'text/plain; charset=utf-8'
      }
    case 'redirect':
      return { status: fault.status ?? 302, headers: { Location: fault.location } }
    case 'drop':
      return 'drop'
    default:
      return undefined
  }
}

export async function startEmulator(options: EmulatorOptions = {}): Promise<Emulator> {
  const host = options.host ?? '127.0.0.1'
  const apiKey = options.apiKey ?? DEFAULT_API_KEY
  const basePath = normalizeBasePath(options.basePath)
  const timeZoneOffset = options.timeZoneOffset ?? '+00:00'
  parseOffset(timeZoneOffset) // fail at start, not on the first date
  const latencyMs = options.latencyMs ?? 0
  const maxWrites = options.maxConcurrentWrites ?? Infinity

  const state = new EmulatorState({
    operationDelayMs: options.operationDelayMs ?? 50,
    maxRooms: options.maxRooms ?? Infinity,
    timeZoneOffset,
    tagsMustExist: options.tagsMustExist ?? false
  })
  const applyFileOptions = (): void => {
    if (options.maxFileSize !== undefined) state.maxFileSize = options.maxFileSize
    if (options.portalQuotaBytes !== undefined) state.portalQuotaBytes = options.portalQuotaBytes
    if (options.uploadFilter !== undefined) state.uploadFilter = [...options.uploadFilter]
    if (options.chunkUploadSize !== undefined) state.chunkUploadSize = options.chunkUploadSize
    if (options.maxRequestBodyBytes !== undefined) state.maxRequestBodyBytes = options.maxRequestBodyBytes
    if (options.storageRedirect !== undefined) state.storageRedirect = options.storageRedirect
    if (options.overSendBytes !== undefined) state.overSendBytes = options.overSendBytes
  }
  applyFileOptions()
  const storage = await startStorageServer(host, () => state.now())
  const keys = buildKeyTable(apiKey, state.adminUserId, options.keys)
  const faults = new Faults()
  const requests: LoggedRequest[] = []
  let writesInFlight = 0
  let closed = false
  let origin = ''
  let portalUrl = ''

  // Pending sleeps are tracked so close() can wake them; handlers then find
  // their socket gone and stop.
  const sleepers = new Map<NodeJS.Timeout, () => void>()
  const sleep = (ms: number): Promise<void> =>
    new Promise((resolve) => {
      if (ms <= 0 || closed) return resolve()
      const t = setTimeout(() => {
        sleepers.delete(t)
        resolve()
      }, ms)
      sleepers.set(t, resolve)
    })

  function send(res: http.ServerResponse, result: ApiResult, truncate = false): void {
    if (res.destroyed || res.writableEnded) return
    if (result.stream) {
      res.writeHead(result.status, { ...result.headers, 'Content-Length': result.stream.length })
      const body = result.stream.open()
      body.on('error', () => res.destroy())
      body.pipe(res)
      return
    }
    let body: string | undefined
    let contentType: string | undefined
    if (result.json !== undefined) {
      body = JSON.stringify(result.json)
      contentType = 'application/json; charset=utf-8'
    } else if (result.text !== undefined) {
      body = result.text
      contentType = result.contentType ?? 'text/plain; charset=utf-8'
    }
    const headers: Record<string, string | number> = { ...result.headers }
    if (body === undefined) {
      res.writeHead(result.status, { ...headers, 'Content-Length': 0 })
      res.end()
      return
    }
    headers['Content-Type'] = contentType!
    const buf = Buffer.from(body, 'utf8')
    if (truncate) {
      // Sent chunked and ended cleanly: the client gets a "complete" response
      // whose JSON is cut in half, as from a misbehaving upstream.
      res.writeHead(result.status, headers)
      res.end(buf.subarray(0, Math.floor(buf.length / 2)))
      return
    }
    headers['Content-Length'] = buf.length
    res.writeHead(result.status, headers)
    res.end(buf)
  }

  async function handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const method = (req.method ?? 'GET').toUpperCase()
    const url = new URL(req.url ?? '/', 'http://emulator.invalid')
    const auth = authenticate(req.headers.authorization, keys)
    const entry: LoggedRequest = {
      method,
      path: url.pathname,
      rawPath: url.pathname,
      query: queryRecord(url.searchParams),
      authorization: auth.status,
      body: undefined,
      status: 0,
      startedAt: Date.now(),
      endedAt: 0
    }
    requests.push(entry)

    const isWrite = method === 'POST' || method === 'PUT' || method === 'DELETE'
    let holdsWriteSlot = false
    let settled = false
    res.on('close', () => {
      if (settled) return
      settled = true
      entry.endedAt = Date.now()
      if (holdsWriteSlot) writesInFlight--
    })
    const answer = (result: ApiResult, truncate = false): void => {
      entry.status = result.status
      send(res, result, truncate)
    }
    const drop = (): void => {
      entry.status = 0
      req.socket.destroy()
    }

    if (isWrite) {
      if (writesInFlight >= maxWrites) {
        req.resume()
        answer({ ...failure(429, 'Too many requests'), headers: { 'Retry-After': '1' } })
        return
      }
      writesInFlight++
      holdsWriteSlot = true
    }

    // Where the request goes decides how its body is read: the upload routes and ChunkedUploader.ashx stream it
    // to disk as it arrives (ctx.form); everything else is read into memory, at most MAX_BODY_BYTES.
    let apiPath: string | undefined
    const pathname = url.pathname
    if (pathname.startsWith(`${basePath}${API_PREFIX}/`)) {
      apiPath = pathname.slice(basePath.length + API_PREFIX.length)
      // ASP.NET routing tolerates a trailing slash.
      if (apiPath.length > 1) apiPath = apiPath.replace(/\/+$/, '')
    }
    // The .ashx handlers are middleware branches for any path ending in their name, ignoring case
    // (products/ASC.Files/Server/Extensions/FilesServerServiceExtensions.cs:57-65).
    const ashx = /filehandler\.ashx$/i.test(pathname)
      ? 'file'
      : /chunkeduploader\.ashx$/i.test(pathname)
        ? 'chunked'
        : undefined
    const found = apiPath !== undefined && ashx === undefined ? matchRoute(method, apiPath) : undefined
    const streaming = ashx === 'chunked' || found?.route.streaming === true

    let bytes: Buffer = Buffer.alloc(0)
    let formRead: Promise<StreamedForm> | undefined
    const form = (): Promise<StreamedForm> =>
      (formRead ??= streamMultipart(req, req.headers['content-type'], state.blobs, state.maxRequestBodyBytes).then(
        (f) => {
          entry.body = describeStreamed(f)
          return f
        }
      ))
    if (!streaming) {
      const read = await readBody(req)
      if (!Buffer.isBuffer(read)) {
        if (read.failed === 'too-large') answer(failure(413, 'Request body too large'))
        return
      }
      bytes = read
      const multipart = /^multipart\//i.test(req.headers['content-type'] ?? '')
      entry.body = multipart
        ? describeMultipart(bytes, req.headers['content-type'])
        : parseLoggedBody(bytes.toString('utf8'))
    }
    const raw = bytes.toString('utf8')
    await sleep(latencyMs)
    if (closed) return
    if (apiPath !== undefined) entry.path = apiPath

    const fault = faults.takeTransport(method, apiPath ?? pathname)
    if (fault) entry.fault = fault.kind
    if (fault?.kind === 'delay') {
      await sleep(fault.ms)
      if (closed) return
    }
    if (fault) {
      const pre = preHandleResult(fault)
      if (pre === 'drop') return drop()
      if (pre) return answer(pre)
    }
    if (fault?.kind === 'huge-body' || fault?.kind === 'endless-body') {
      entry.status = 200
      const bytes = fault.kind === 'huge-body' ? fault.bytes : Infinity
      return streamBody(res, bytes, fault.kind === 'huge-body' && fault.contentLength === true)
    }
    if (fault?.kind === 'pages') {
      return answer({ status: 200, text: fault.page(url.searchParams), contentType: 'application/json; charset=utf-8' })
    }
    if (fault?.kind === 'ignore-query') for (const name of fault.names) url.searchParams.delete(name)
    if (fault?.kind === 'lying-total' && fault.pageSize !== undefined) {
      url.searchParams.set('count', String(fault.pageSize))
    }

    const href = `${origin}${req.url ?? '/'}`
    let result: ApiResult
    const principal = auth.status === 'valid' ? auth.principal : undefined
    const userId = principal?.userId ?? ''
    const opPath = apiPath ?? pathname
    const contentLength = Number(req.headers['content-length'])
    const ctx: HandlerContext = {
      method,
      apiPath: opPath,
      query: url.searchParams,
      rawBody: raw,
      bodyBytes: bytes,
      contentType: req.headers['content-type'],
      req: { method, href },
      dto: { state, portalUrl, userId, isAdmin: state.admins.has(userId) },
      state,
      takeOperationFault: () => {
        const f = faults.takeOperation(method, opPath)
        if (f) entry.fault = f.kind
        return f
      },
      ...(streaming ? { form } : {}),
      ...(Number.isFinite(contentLength) ? { contentLength } : {}),
      authenticated: principal !== undefined
    }
    if (ashx === 'file') {
      result = fileHandler(state, { query: url.searchParams, headers: req.headers, userId: principal?.userId }, storage)
    } else if (ashx === 'chunked') {
      try {
        result = await chunkedUploaderAshx(ctx)
      } catch (err) {
        result = failure(500, err instanceof Error ? err.message : String(err))
      }
    } else if (apiPath === undefined) {
      result = unknownEndpoint(method, href)
    } else {
      try {
        result = await dispatch(ctx, found, auth, req.headers['content-type'])
      } catch (err) {
        result = failure(500, err instanceof Error ? err.message : String(err))
      }
      // `fields=`, for every endpoint, as DocSpace serialises its envelope (fields.ts).
      try {
        result = projectAnswer(result, url.searchParams)
      } catch (err) {
        if (!(err instanceof ProjectionOverflow)) throw err
        // A stack overflow kills the .NET process before it writes a byte (the converter writes the whole
        // envelope in one call, DynamicIgnoreResolver.cs:45-48, and a StackOverflowException cannot be
        // caught). Inference, not run against a portal: the reverse proxy in front (nginx in DocSpace's own
        // deployments) answers 502 with its own page.
        result = { status: 502, text: NGINX_PAGE(502), contentType: 'text/html' }
      }
    }

    if (fault?.kind === 'lying-total') result = withTotal(result, fault.total)
    if (fault?.kind === 'status-after') return answer(statusResult(fault.status, fault.retryAfter))
    if (fault?.kind === 'drop-after') return drop()
    answer(result, fault?.kind === 'truncate')
  }

  const listener = (req: http.IncomingMessage, res: http.ServerResponse): void => {
    handle(req, res).catch((err: unknown) => {
      if (!res.headersSent && !res.destroyed) send(res, failure(500, String(err)))
    })
  }
  const server = options.tls ? https.createServer(options.tls, listener) : http.createServer(listener)
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port ?? 0, host, () => {
      server.off('error', reject)
      resolve()
    })
  })
  const addr = server.address() as AddressInfo
  origin = `${options.tls ? 'https' : 'http'}://${addr.family === 'IPv6' ? `[${addr.address}]` : addr.address}:${addr.port}`
  portalUrl = `${origin}${basePath}`

  return {
    url: origin,
    portalUrl,
    apiKey,
    state,
    requests,
    faults,
    addRoom: (init) => state.addRoom(init),
    room: (id) => state.room(id),
    activeRooms: () => state.activeRooms(),
    archivedRooms: () => state.archivedRooms(),
    addFolder: (parentId, title, init) => seedFolder(state, parentId, title, init),
    addFile: (folderId, title, content, init) => seedFile(state, folderId, title, content, init),
    folder: (id) => findFolder(state, id)?.node,
    file: (id) => findFile(state, id)?.file,
    fileBytes: (fileId, version) => fileBytes(state, fileId, version),
    fileVersions: (fileId) => fileVersions(state, fileId),
    tree: (folderId) => listTree(state, folderId),
    editorSave: (fileId, content, save) => editorSave(state, fileId, content, save),
    setEditing(fileId, editing) {
      const file = findFile(state, fileId)?.file
      if (!file) throw new Error(`no file ${fileId}`)
      if (editing) file.editing = true
      else delete file.editing
    },
    setFileLimits(limits) {
      if (limits.maxFileSize !== undefined) state.maxFileSize = limits.maxFileSize
      if (limits.portalQuotaBytes !== undefined) state.portalQuotaBytes = limits.portalQuotaBytes
      if (limits.availableFileSize !== undefined) state.availableFileSize = limits.availableFileSize
      if (limits.chunkUploadSize !== undefined) state.chunkUploadSize = limits.chunkUploadSize
      if (limits.maxRequestBodyBytes !== undefined) state.maxRequestBodyBytes = limits.maxRequestBodyBytes
      if (limits.roomQuota) state.roomQuota = { ...limits.roomQuota }
      if (limits.room) {
        const room = state.room(limits.room.id)
        if (!room) throw new Error(`no room ${limits.room.id}`)
        room.quota = limits.room.quota
      }
    },
    setUploadFilter(extensions) {
      state.uploadFilter = extensions ? [...extensions] : undefined
    },
    setStorageRedirect(on) {
      state.storageRedirect = on
    },
    setOverSend(bytes) {
      state.overSendBytes = bytes
    },
    restoreFromTrash(id) {
      if (!restoreFromTrash(state, id)) throw new Error(`${id} is not in the Trash`)
    },
    storage,
    reset() {
      state.reset()
      applyFileOptions()
      requests.length = 0
      storage.requests.length = 0
      faults.clear()
    },
    async close() {
      if (closed) return
      closed = true
      for (const [t, wake] of sleepers) {
        clearTimeout(t)
        wake()
      }
      sleepers.clear()
      state.clearOperations()
      await new Promise<void>((resolve) => {
        server.close(() => resolve())
        server.closeAllConnections()
      })
      await storage.close()
      state.blobs.dispose()
    }
  }
}
