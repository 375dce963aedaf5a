// multipart/form-data as ASP.NET's form reader splits it: in memory for POST /files/logos, streamed to disk
// for the upload routes.
import type { BlobStore, BlobWriter, StoredBytes } from './content.js'

export interface FormPart {
  name: string
  filename?: string
  contentType?: string
  data: Buffer
}

/** The parts of a multipart/form-data body; [] for any other content type or a body without the boundary. */
export function parseMultipart(body: Buffer, contentType: string | undefined): FormPart[] {
  const boundary = /^multipart\/form-data\s*;.*?\bboundary="?([^";]+)"?/i.exec(contentType ?? '')?.[1]
  if (!boundary) return []
  const delimiter = Buffer.from(`--${boundary}`)
  const parts: FormPart[] = []
  let at = body.indexOf(delimiter)
  while (at >= 0) {
    const start = at + delimiter.length
    if (body.subarray(start, start + 2).toString() === '--') break
    const next = body.indexOf(delimiter, start)
    if (next < 0) break
    // Each part: CRLF, headers, CRLF CRLF, data, CRLF before the next delimiter.
    const part = body.subarray(start + 2, next - 2)
    const split = part.indexOf('\r\n\r\n')
    if (split >= 0) {
      const headers = part.subarray(0, split).toString('utf8')
      const disposition = /content-disposition:[^\r\n]*/i.exec(headers)?.[0] ?? ''
      const name = /\bname="([^"]*)"/i.exec(disposition)?.[1]
      if (name !== undefined) {
        parts.push({
          name,
          filename: /\bfilename="([^"]*)"/i.exec(disposition)?.[1],
          contentType: /content-type:\s*([^\r\n]*)/i.exec(headers)?.[1],
          data: part.subarray(split + 4)
        })
      }
    }
    at = next
  }
  return parts
}

/** One part of a multipart body read as a stream: file parts go to disk, other fields stay in memory. */
export interface StreamedPart {
  name: string
  /** IFormFile.FileName: `filename*` (RFC 5987, decoded) if present, else `filename` with its quotes removed
   * and nothing decoded (FormFeature; ContentDispositionHeaderValue) */
  filename?: string
  contentType?: string
  /** the part's header lines, name and value, as sent */
  headers: [string, string][]
  size: number
  /** a file part (its Content-Disposition has filename or filename*): its bytes */
  stored?: StoredBytes
  /** a field: its value (the first 64 KiB) */
  value?: string
}

export interface StreamedForm {
  parts: StreamedPart[]
  /** bytes read from the request */
  bodyBytes: number
  /** the body went past the limit: reading went on to the end but nothing more was kept */
  tooLarge: boolean
  /** the client went away mid-body */
  aborted: boolean
  /** not multipart/form-data with a boundary, or broken framing */
  malformed?: string
}

/** The boundary of a multipart/form-data Content-Type, or undefined. */
export function multipartBoundary(contentType: string | undefined): string | undefined {
  return /^multipart\/form-data\s*;.*?\bboundary=(?:"([^"]+)"|([^";\s]+))/i
    .exec(contentType ?? '')
    ?.slice(1)
    .find(Boolean)
}

function dispositionParam(disposition: string, name: string): string | undefined {
  const m = new RegExp(`;\\s*${name}\\s*=\\s*(?:"((?:[^"\\\\]|\\\\.)*)"|([^;]*))`, 'i').exec(disposition)
  if (!m) return undefined
  return m[1] !== undefined ? m[1] : (m[2] ?? '').trim()
}

function decodeRfc5987(value: string): string | undefined {
  const m = /^([^']*)'[^']*'(.*)$/.exec(value)
  if (!m) return undefined
  try {
    return decodeURIComponent(m[2]!)
  } catch {
    return undefined
  }
}

const FIELD_LIMIT = 64 * 1024

/**
 * Reads a multipart/form-data request as it arrives, writing file parts to `store` so no part is held in memory
 * whole (ASP.NET's FormFeature also buffers file sections to disk). Stops keeping bytes once `maxBytes` have
 * been read (Kestrel's MaxRequestBodySize) but drains the rest, so the connection can still be answered.
 */
export async function streamMultipart(
  source: AsyncIterable<Buffer>,
  contentType: string | undefined,
  store: BlobStore,
  maxBytes: number
): Promise<StreamedForm> {
  const form: StreamedForm = { parts: [], bodyBytes: 0, tooLarge: false, aborted: false }
  const boundary = multipartBoundary(contentType)
  if (!boundary) form.malformed = 'Missing content-type boundary.'
  const delimiter = Buffer.from(`\r\n--${boundary ?? ''}`)
  // A leading CRLF makes the first delimiter look like the others.
  let buf: Buffer = Buffer.from('\r\n')
  type State = 'preamble' | 'after-delimiter' | 'headers' | 'body' | 'end'
  let state = 'preamble' as State
  let part: StreamedPart | undefined
  let writer: BlobWriter | undefined
  let field: Buffer[] = []
  let fieldSize = 0

  const emit = async (data: Buffer): Promise<void> => {
    if (!part || data.length === 0) return
    part.size += data.length
    if (writer) await writer.write(data)
    else if (fieldSize < FIELD_LIMIT) {
      field.push(data)
      fieldSize += data.length
    }
  }
  const endPart = async (): Promise<void> => {
    if (!part) return
    if (writer) part.stored = await writer.finish()
    else part.value = Buffer.concat(field).subarray(0, FIELD_LIMIT).toString('utf8')
    form.parts.push(part)
    part = undefined
    writer = undefined
    field = []
    fieldSize = 0
  }
  const startPart = (headerText: string): void => {
    const headers: [string, string][] = []
    for (const line of headerText.split('\r\n')) {
      if (line === '') continue
      const colon = line.indexOf(':')
      if (colon > 0) headers.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()])
    }
    const disposition = headers.find(([k]) => k.toLowerCase() === 'content-disposition')?.[1] ?? ''
    const name = dispositionParam(disposition, 'name') ?? ''
    const star = dispositionParam(disposition, 'filename\\*')
    const plain = dispositionParam(disposition, 'filename')
    const isFile = star !== undefined || plain !== undefined
    const filename = star !== undefined ? (decodeRfc5987(star) ?? plain ?? '') : plain
    part = {
      name,
      ...(filename !== undefined ? { filename } : {}),
      ...(headers.some(([k]) => k.toLowerCase() === 'content-type')
        ? { contentType: headers.find(([k]) => k.toLowerCase() === 'content-type')![1] }
        : {}),
      headers,
      size: 0
    }
    writer = isFile ? store.writer() : undefined
  }

  const process = async (): Promise<void> => {
    for (;;) {
      if (state === 'end') {
        buf = Buffer.alloc(0)
        return
      }
      if (state === 'preamble' || state === 'body') {
        const at = buf.indexOf(delimiter)
        if (at < 0) {
          const keep = Math.min(buf.length, delimiter.length - 1)
          if (state === 'body') await emit(buf.subarray(0, buf.length - keep))
          buf = buf.subarray(buf.length - keep)
          return
        }
        if (state === 'body') {
          await emit(buf.subarray(0, at))
          await endPart()
        }
        buf = buf.subarray(at + delimiter.length)
        state = 'after-delimiter'
      }
      if (state === 'after-delimiter') {
        if (buf.length < 2) return
        if (buf.subarray(0, 2).toString() === '--') {
          state = 'end'
          continue
        }
        const eol = buf.indexOf('\r\n')
        if (eol < 0) {
          if (buf.length > 1024)
            throw new Error('Unexpected end of Stream, the content may have already been read by another component.')
          return
        }
        buf = buf.subarray(eol + 2)
        state = 'headers'
      }
      if (state === 'headers') {
        if (buf.length >= 2 && buf.subarray(0, 2).toString() === '\r\n') {
          startPart('')
          buf = buf.subarray(2)
          state = 'body'
          continue
        }
        const end = buf.indexOf('\r\n\r\n')
        if (end < 0) {
          if (buf.length > 16 * 1024) throw new Error('Line length limit 16384 exceeded.')
          return
        }
        startPart(buf.subarray(0, end).toString('utf8'))
        buf = buf.subarray(end + 4)
        state = 'body'
      }
    }
  }

  try {
    for await (const chunk of source) {
      form.bodyBytes += chunk.length
      if (form.tooLarge || form.malformed) continue
      if (form.bodyBytes > maxBytes) {
        form.tooLarge = true
        writer?.discard()
        writer = undefined
        part = undefined
        continue
      }
      buf = buf.length === 0 ? chunk : Buffer.concat([buf, chunk])
      try {
        await process()
      } catch (err) {
        form.malformed = err instanceof Error ? err.message : String(err)
        writer?.discard()
        writer = undefined
        part = undefined
      }
    }
  } catch {
    form.aborted = true
  }
  if (part) {
    // The body ended inside a part: no closing delimiter.
    writer?.discard()
    if (!form.tooLarge && !form.aborted)
      form.malformed ??= 'Unexpected end of Stream, the content may have already been read by another component.'
  }
  if (state !== 'end' && !form.malformed && !form.tooLarge && !form.aborted && form.parts.length === 0)
    form.malformed = 'Unexpected end of Stream, the content may have already been read by another component.'
  if (form.tooLarge || form.aborted || form.malformed) for (const p of form.parts) store.remove(p.stored)
  return form
}
