// multipart/form-data as ASP.NET's form reader splits it, enough for POST /files/logos.

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
