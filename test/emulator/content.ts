// The bytes of the emulated files. Not DocSpace behaviour but its stand-in for the storage: small contents seeded
// by tests live in memory; everything uploaded goes to a temporary directory, so a 1 GiB upload is never held in
// memory (only its size, SHA-256 and path are).
import { createHash, randomUUID } from 'node:crypto'
import {
  closeSync,
  createReadStream,
  createWriteStream,
  mkdirSync,
  mkdtempSync,
  openSync,
  readSync,
  rmSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Readable } from 'node:stream'
import { pipeline } from 'node:stream/promises'

/** The stored bytes of one file version: in memory (`bytes`) or in a file on disk (`path`). */
export interface StoredBytes {
  size: number
  /** hex SHA-256 of the bytes */
  sha256: string
  bytes?: Buffer
  path?: string
}

export function storedFromBuffer(bytes: Buffer): StoredBytes {
  return { size: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex'), bytes }
}

/** A file the caller owns, read once (in 1 MiB steps) for its size and hash; it is then read at download time. */
export function storedFromPath(path: string): StoredBytes {
  const hash = createHash('sha256')
  const buf = Buffer.allocUnsafe(1024 * 1024)
  const fd = openSync(path, 'r')
  let size = 0
  try {
    for (;;) {
      const n = readSync(fd, buf, 0, buf.length, null)
      if (n === 0) break
      hash.update(buf.subarray(0, n))
      size += n
    }
  } finally {
    closeSync(fd)
  }
  return { size, sha256: hash.digest('hex'), path }
}

/** A readable stream of bytes [start, end] (inclusive) of the stored content. */
export function openStored(stored: StoredBytes, start = 0, end = stored.size - 1): Readable {
  if (stored.bytes) return Readable.from([stored.bytes.subarray(start, end + 1)])
  if (end < start) return Readable.from([])
  return createReadStream(stored.path!, { start, end })
}

/** The whole content in memory; for tests reading small files. */
export function readStoredSync(stored: StoredBytes): Buffer {
  if (stored.bytes) return stored.bytes
  const out = Buffer.allocUnsafe(stored.size)
  const fd = openSync(stored.path!, 'r')
  try {
    let at = 0
    while (at < stored.size) {
      const n = readSync(fd, out, at, stored.size - at, at)
      if (n === 0) break
      at += n
    }
    return out.subarray(0, at)
  } finally {
    closeSync(fd)
  }
}

/** A file being written: bytes go to disk as they come, hashed on the way. */
export interface BlobWriter {
  path: string
  write(chunk: Buffer): Promise<void>
  finish(): Promise<StoredBytes>
  discard(): void
}

/** Directories of stores not yet disposed, removed when the process exits (a test run that forgot close()). */
const liveDirs = new Set<string>()
let exitHook = false

/** The emulator's temporary directory for uploaded bytes; created on first use, removed by dispose(). */
export class BlobStore {
  private dir: string | undefined

  private root(): string {
    if (!this.dir) {
      this.dir = mkdtempSync(join(tmpdir(), 'docspace-emulator-'))
      liveDirs.add(this.dir)
      if (!exitHook) {
        exitHook = true
        process.once('exit', () => {
          for (const d of liveDirs) rmSync(d, { recursive: true, force: true })
        })
      }
    }
    return this.dir
  }

  newPath(): string {
    return join(this.root(), randomUUID())
  }

  writer(): BlobWriter {
    const path = this.newPath()
    const out = createWriteStream(path)
    const hash = createHash('sha256')
    let size = 0
    let failed: Error | undefined
    out.on('error', (e) => (failed = e))
    return {
      path,
      async write(chunk: Buffer): Promise<void> {
        if (failed) throw failed
        hash.update(chunk)
        size += chunk.length
        if (!out.write(chunk)) await new Promise<void>((resolve) => out.once('drain', resolve))
      },
      async finish(): Promise<StoredBytes> {
        await new Promise<void>((resolve, reject) => out.end((e?: Error | null) => (e ? reject(e) : resolve())))
        if (failed) throw failed
        return { size, sha256: hash.digest('hex'), path }
      },
      discard(): void {
        out.destroy()
        rmSync(path, { force: true })
      }
    }
  }

  /** The parts one after the other in a new file (DiscDataStore.FinalizeChunkedUploadAsync concatenates the
   * chunk files in chunk order, common/ASC.Data.Storage/DiscStorage/DiscDataStore.cs:263-294). */
  async concat(parts: StoredBytes[]): Promise<StoredBytes> {
    const w = this.writer()
    for (const part of parts) {
      await pipeline(openStored(part), async (source: AsyncIterable<Buffer>) => {
        for await (const chunk of source) await w.write(chunk)
      })
    }
    return w.finish()
  }

  remove(stored: StoredBytes | undefined): void {
    if (stored?.path && this.dir && stored.path.startsWith(this.dir)) rmSync(stored.path, { force: true })
  }

  /** Forgets every stored upload (reset between tests). */
  clear(): void {
    if (!this.dir) return
    rmSync(this.dir, { recursive: true, force: true })
    mkdirSync(this.dir, { recursive: true })
  }

  dispose(): void {
    if (this.dir) {
      rmSync(this.dir, { recursive: true, force: true })
      liveDirs.delete(this.dir)
    }
    this.dir = undefined
  }
}
