// Downloads: /filehandler.ashx?action=download&fileid=ID[&version=N], and the S3-like storage server a portal with
// cloud storage redirects to. Sources: DocSpace-server at tag v3.7.2-server, paths relative to that repository:
//   FH    products/ASC.Files/Core/HttpHandlers/FileHandler.ashx.cs
//   FSSE  products/ASC.Files/Server/Extensions/FilesServerServiceExtensions.cs
//   FiDao products/ASC.Files/Core/Core/Dao/TeamlabDao/FileDao.cs
//   CDU   common/ASC.Common/Utils/ContentDispositionUtil.cs
//   MM    common/ASC.Common/Web/MimeMapping.cs
//   S3S   common/ASC.Data.Storage/S3/S3Storage.cs
import { createHmac, randomUUID } from 'node:crypto'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { Readable } from 'node:stream'
import { openStored, type StoredBytes } from './content.js'
import type { ApiResult } from './results.js'
import type { EmulatorState } from './state.js'
import { allVersions, findFile } from './tree.js'

/** MM:856-867: the mapping of the extension after the last '.', ignoring case, else ".*" → application/octet-stream.
 * A few entries of the table (MM:46-824); other extensions get the default here. */
const MIME: Record<string, string> = {
  '.txt': 'text/plain',
  '.html': 'text/html',
  '.css': 'text/css',
  '.csv': 'text/csv',
  '.js': 'text/javascript',
  '.json': 'application/json',
  '.xml': 'application/xml',
  '.pdf': 'application/pdf',
  '.zip': 'application/zip',
  '.gz': 'application/x-gzip',
  '.tar': 'application/x-tar',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.svg': 'image/svg+xml',
  '.docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'
}

export function mimeMapping(title: string): string {
  const dot = title.lastIndexOf('.')
  const ext = dot >= 0 && title.lastIndexOf('\\') < dot ? title.slice(dot).toLowerCase() : ''
  return MIME[ext] ?? 'application/octet-stream'
}

/** CDU:67-117: UTF-8 bytes, letters, digits and -._~:!$&+ kept, the rest %XX. */
function rfc2231(value: string): string {
  let out = ''
  for (const b of Buffer.from(value, 'utf8')) {
    const c = String.fromCharCode(b)
    out += /[0-9A-Za-z\-._~:!$&+]/.test(c) ? c : `%${b.toString(16).toUpperCase().padStart(2, '0')}`
  }
  return out
}

/**
 * ContentDispositionUtil.GetHeaderValue (CDU:38-65). A title with any character above 127: `attachment;
 * filename="<enc>"; filename*=UTF-8''<enc>` (withoutBase, for the storage URL: only filename*). Otherwise
 * System.Net.Mime.ContentDisposition.ToString(): a token as is, else a quoted string; a CR or LF makes .NET encode
 * the value as a MIME encoded-word (approximation of the framework's rules).
 */
export function contentDisposition(title: string, withoutBase = false): string {
  if ([...title].some((c) => c.charCodeAt(0) > 127)) {
    const enc = rfc2231(title)
    return withoutBase
      ? `attachment; filename*=UTF-8''${enc}`
      : `attachment; filename="${enc}"; filename*=UTF-8''${enc}`
  }
  if (/[\r\n]/.test(title)) return `attachment; filename="=?utf-8?B?${Buffer.from(title).toString('base64')}?="`
  if (/^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/.test(title)) return `attachment; filename=${title}`
  return `attachment; filename="${title.replace(/(["\\])/g, '\\$1')}"`
}

/** The request as the download handler needs it. */
export interface DownloadRequest {
  query: URLSearchParams
  headers: http.IncomingHttpHeaders
  /** undefined when not authenticated */
  userId: string | undefined
}

const htmlError = (status: number, message: string): ApiResult => ({
  status,
  text: message
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;'),
  contentType: 'text/html; charset=utf-8'
})

/** Convert.ToInt64 on a Range bound: anything but an optionally signed integer → FormatException. */
function toInt64(s: string | undefined): number {
  const t = (s ?? '').trim()
  if (!/^[+-]?\d+$/.test(t)) throw new Error(`The input string '${s ?? ''}' was not in a correct format.`)
  return Number(t)
}

/**
 * /filehandler.ashx (FSSE:59-61: any path ending in "filehandler.ashx", ignoring case, after authentication and
 * outside the API scope policies, so any valid key works whatever its scopes). Modelled: action=download and
 * action=view (FH:112-119 → FH:247-481).
 * - fileid not found (or not an int: the string/third-party branch finds nothing here), or no such version → 404,
 *   empty body (FH:274-278). Not allowed to download (anonymous, no access, deny-download for a Read member) →
 *   403, empty body (FH:280-284, 483-495).
 * - storage redirect on (an S3-like store): 302 to a 1-hour pre-signed URL of the storage server (FH:401-410;
 *   FiDao:336-370), before any Range handling.
 * - otherwise the stored bytes, with Accept-Ranges, Content-Length (the storage size, FiDao:331-334, not the
 *   recorded ContentLength), Content-Disposition (CDU) and Content-Type (MM) (FH:541-568). `Range: bytes=a-b`
 *   → 206 with `Content-Range: " bytes a-b/full"` (leading space as sent, FH:549-554); a bound that is not a
 *   number → 400 text/html with the FormatException's message, an empty range → 400 (FH:506-539, 434-437, 464-479).
 * - hostile option (not DocSpace): state.overSendBytes > 0 appends that many bytes and counts them in Content-Length.
 * Not modelled: ETag/304, conversion (outputtype), watermarks, other actions (501).
 */
export function fileHandler(state: EmulatorState, req: DownloadRequest, storage: StorageServer | undefined): ApiResult {
  const action = (req.query.get('action') ?? '').toLowerCase()
  if (action !== 'download' && action !== 'view') {
    return {
      status: 501,
      text: `The DocSpace emulator does not model filehandler.ashx?action=${action}`,
      contentType: 'text/plain; charset=utf-8'
    }
  }
  const rawId = req.query.get('fileid') ?? ''
  const id = /^\s*[+-]?\d+\s*$/.test(rawId) ? Number(rawId) : undefined
  const loc = id === undefined ? undefined : findFile(state, id)
  if (!loc) return { status: 404 }
  const rawVersion = req.query.get('version') ?? ''
  const version = /^\s*[+-]?\d+\s*$/.test(rawVersion) ? Number(rawVersion) : 0
  let stored: StoredBytes
  let title = loc.file.title
  if (version > 0) {
    const v = allVersions(loc.file, loc.room.created, loc.room.createdBy).find((x) => x.version === version)
    if (!v) return { status: 404 }
    stored = v.stored
    title = v.title
  } else {
    stored = allVersions(loc.file, loc.room.created, loc.room.createdBy).at(-1)!.stored
  }
  const allowed =
    req.userId !== undefined &&
    (loc.trashed ? loc.trashed.userId === req.userId : state.canDownload(req.userId, loc.room))
  if (!allowed) return { status: 403 }

  if (state.storageRedirect && storage) {
    return { status: 302, headers: { Location: storage.presign(stored, title, state.now()) } }
  }

  const full = stored.size
  let offset = 0
  let length = full
  const rangeHeader = req.headers.range
  if (rangeHeader !== undefined) {
    try {
      const range = rangeHeader.split(/[=-]/)
      offset = toInt64(range[1])
      let end = -1
      if (range.length > 2 && range[2] !== '') end = toInt64(range[2])
      if (end < 0 || end >= full) end = full - 1
      length = end - offset + 1
      if (length <= 0) return htmlError(400, 'Requested Range Not Satisfiable')
    } catch (err) {
      return htmlError(400, err instanceof Error ? err.message : String(err))
    }
  }
  const extra = rangeHeader === undefined ? state.overSendBytes : 0
  const headers: Record<string, string> = {
    'Accept-Ranges': 'bytes',
    'Content-Disposition': contentDisposition(title),
    'Content-Type': mimeMapping(title)
  }
  let status = 200
  if (length !== full) {
    status = 206
    headers['Connection'] = 'Keep-Alive'
    headers['Content-Range'] = ` bytes ${offset}-${offset + length - 1}/${full}`
  }
  return {
    status,
    headers,
    stream: {
      length: length + extra,
      open: () => {
        const body = openStored(stored, offset, offset + length - 1)
        if (extra <= 0) return body
        return Readable.from(
          (async function* () {
            for await (const chunk of body) yield chunk as Buffer
            yield Buffer.alloc(extra, 0x78)
          })()
        )
      }
    }
  }
}

/** The storage server a redirect points at: an S3-like bucket on another loopback port. */
export interface StorageServer {
  url: string
  /** a pre-signed URL for these bytes, valid one hour (FH:405 TimeSpan.FromHours(1)) */
  presign(stored: StoredBytes, title: string, now: Date): string
  /** GETs it served (path and whether an Authorization header came), newest last */
  readonly requests: { path: string; authorization: boolean; status: number }[]
  close(): Promise<void>
}

const S3_ERROR = (code: string, message: string): string =>
  `<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>${code}</Code><Message>${message}</Message><RequestId>${randomUUID()}</RequestId></Error>`

/**
 * Behaves like an S3 pre-signed GET as far as a download client can tell (not DocSpace): the signature in the query
 * authorises the request, so one that also carries an Authorization header is refused with 400 InvalidArgument
 * ("Only one auth mechanism allowed…"), an unknown or tampered URL with 403 SignatureDoesNotMatch, an expired one
 * with 403 AccessDenied. Otherwise the bytes, with the Content-Disposition DocSpace asks for (FiDao:351-355,
 * S3S:118-157: ContentDispositionUtil.GetHeaderValue(title, withoutBase: true)).
 */
export async function startStorageServer(host: string, now: () => Date): Promise<StorageServer> {
  const secret = randomUUID()
  const objects = new Map<string, { stored: StoredBytes; disposition: string; type: string; expires: number }>()
  const requests: StorageServer['requests'] = []
  const sign = (key: string, expires: number): string =>
    createHmac('sha256', secret).update(`${key}\n${expires}`).digest('hex')
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://storage.invalid')
    const key = url.pathname.replace(/^\/emulator-bucket\//, '')
    const answer = (status: number, body: string, headers: Record<string, string | number> = {}): void => {
      requests.push({ path: url.pathname, authorization: req.headers.authorization !== undefined, status })
      res.writeHead(status, {
        'Content-Type': 'application/xml',
        'Content-Length': Buffer.byteLength(body),
        ...headers
      })
      res.end(body)
    }
    if (req.headers.authorization !== undefined) {
      return answer(
        400,
        S3_ERROR(
          'InvalidArgument',
          'Only one auth mechanism allowed; only the X-Amz-Algorithm query parameter, Signature query string parameter or the Authorization header should be specified'
        )
      )
    }
    const obj = objects.get(key)
    if (!obj || url.searchParams.get('X-Amz-Signature') !== sign(key, obj.expires))
      return answer(
        403,
        S3_ERROR(
          'SignatureDoesNotMatch',
          'The request signature we calculated does not match the signature you provided.'
        )
      )
    if (now().getTime() > obj.expires) return answer(403, S3_ERROR('AccessDenied', 'Request has expired'))
    requests.push({ path: url.pathname, authorization: false, status: 200 })
    res.writeHead(200, {
      'Content-Type': obj.type,
      'Content-Length': obj.stored.size,
      'Content-Disposition': obj.disposition,
      ETag: `"${obj.stored.sha256.slice(0, 32)}"`
    })
    openStored(obj.stored).pipe(res)
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(0, host, () => resolve())
  })
  const addr = server.address() as AddressInfo
  const origin = `http://${addr.family === 'IPv6' ? `[${addr.address}]` : addr.address}:${addr.port}`
  return {
    url: origin,
    requests,
    presign(stored, title, at) {
      const key = randomUUID()
      const expires = at.getTime() + 60 * 60 * 1000
      objects.set(key, { stored, disposition: contentDisposition(title, true), type: mimeMapping(title), expires })
      const stamp = at
        .toISOString()
        .replace(/[-:]/g, '')
        .replace(/\.\d+Z$/, 'Z')
      const q = new URLSearchParams({
        'X-Amz-Algorithm': 'AWS4-HMAC-SHA256',
        'X-Amz-Credential': `EMULATOR/${stamp.slice(0, 8)}/us-east-1/s3/aws4_request`,
        'X-Amz-Date': stamp,
        'X-Amz-Expires': '3600',
        'X-Amz-SignedHeaders': 'host',
        'X-Amz-Signature': sign(key, expires)
      })
      return `${origin}/emulator-bucket/${key}?${q.toString()}`
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve())
        server.closeAllConnections()
      })
  }
}
