import { createHash } from 'node:crypto'
import { createReadStream } from 'node:fs'

/** sha256 of a file's bytes, hex, streamed (never the whole file in memory) */
export async function hashFile(absolute: string): Promise<{ sha256: string; size: number }> {
  const hash = createHash('sha256')
  let size = 0
  // The stream reads in 64 KiB chunks; only one chunk is held at a time.
  for await (const chunk of createReadStream(absolute, { highWaterMark: 64 * 1024 }) as AsyncIterable<Buffer>) {
    hash.update(chunk)
    size += chunk.length
  }
  return { sha256: hash.digest('hex'), size }
}
