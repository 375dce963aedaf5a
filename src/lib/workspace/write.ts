import { randomBytes } from 'node:crypto'
import type { Stats } from 'node:fs'
import { lstat, mkdir, open, rename, rm } from 'node:fs/promises'
import path from 'node:path'

// Writing a downloaded file whole: into a temporary file beside the target, renamed over it only once every byte has
// come. A reader never sees half a file, a failed download leaves what was there before, and nothing is ever written
// through a symbolic link: the folders on the way are checked (and made) one at a time below `root`, the temporary
// file is created exclusively (`wx`: it must not exist, so a planted link or file makes the open fail), and a target
// that is a link is refused rather than replaced.

/** A write the action refuses: a symbolic link or a file on the way, or more bytes than the listing declared. */
export class WriteRefusedError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'WriteRefusedError'
  }
}

/** Bytes a temporary name adds to the target's: '.', '.', 12 hex digits, '.part'. */
const TEMP_EXTRA_BYTES = 19
const MAX_NAME_BYTES = 255

/**
 * Writes `source` to `target` through a temporary file in the same folder, then renames; refuses more than
 * `maxBytes` (throws, removing the temporary file); creates parent folders (mkdir -p) but refuses when any existing
 * parent on the way is a symlink or not a directory. Returns bytes written.
 *
 * `target` must be below `root` (the download folder, which is made if missing and trusted as it is). `label` names
 * the file in errors (the room path, say); by default its path below `root`.
 */
export async function writeWhole(
  target: string,
  source: AsyncIterable<Buffer> | NodeJS.ReadableStream,
  maxBytes: number,
  root: string,
  label?: string
): Promise<number> {
  const base = path.resolve(root)
  const file = path.resolve(target)
  const relative = path.relative(base, file)
  if (relative === '' || relative === '..' || relative.startsWith(`..${path.sep}`) || path.isAbsolute(relative)) {
    throw new WriteRefusedError(`Refused to write "${file}": it is not inside the download folder "${base}"`)
  }
  const shown = label ?? relative.split(path.sep).join('/')
  await mkdir(base, { recursive: true })
  await makeFolders(base, path.dirname(relative), shown)

  const temp = path.join(path.dirname(file), tempName(path.basename(file)))
  const handle = await open(temp, 'wx', 0o666)
  let isOpen = true
  try {
    let written = 0
    for await (const chunk of source) {
      const bytes = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk
      if (written + bytes.length > maxBytes) {
        throw new WriteRefusedError(`the portal sent more than the ${maxBytes} bytes its listing declared for ${shown}`)
      }
      for (let offset = 0; offset < bytes.length;) {
        offset += (await handle.write(bytes, offset, bytes.length - offset)).bytesWritten
      }
      written += bytes.length
    }
    isOpen = false
    await handle.close()
    const existing = await lstatOrNothing(file)
    if (existing?.isSymbolicLink()) throw new WriteRefusedError(`Refused to write ${shown}: it is a symbolic link`)
    if (existing?.isDirectory()) throw new WriteRefusedError(`Refused to write ${shown}: a folder is there`)
    await rename(temp, file)
    return written
  } catch (error) {
    if (isOpen) await handle.close().catch(() => undefined)
    await rm(temp, { force: true })
    throw error
  }
}

/** Makes each folder of `relative` below `base` in turn, refusing one that is a symbolic link or not a folder. */
async function makeFolders(base: string, relative: string, shown: string): Promise<void> {
  if (relative === '.') return
  let folder = base
  for (const name of relative.split(path.sep)) {
    folder = path.join(folder, name)
    let found = await lstatOrNothing(folder)
    if (!found) {
      await mkdir(folder).catch((error: unknown) => {
        if (!isCode(error, 'EEXIST')) throw error
      })
      found = await lstat(folder)
    }
    const where = path.relative(base, folder).split(path.sep).join('/')
    if (found.isSymbolicLink()) {
      throw new WriteRefusedError(`Refused to write ${shown}: the folder "${where}" on its way is a symbolic link`)
    }
    if (!found.isDirectory()) {
      throw new WriteRefusedError(`Refused to write ${shown}: "${where}" on its way is a file, not a folder`)
    }
  }
}

/** `.<name>.<random>.part`, the name cut (at a character) so that the whole stays within 255 bytes. */
export function tempName(name: string): string {
  let kept = ''
  let bytes = 0
  for (const char of name) {
    bytes += Buffer.byteLength(char, 'utf8')
    if (bytes > MAX_NAME_BYTES - TEMP_EXTRA_BYTES) break
    kept += char
  }
  return `.${kept}.${randomBytes(6).toString('hex')}.part`
}

async function lstatOrNothing(file: string): Promise<Stats | undefined> {
  try {
    return await lstat(file)
  } catch (error) {
    if (isCode(error, 'ENOENT')) return undefined
    throw error
  }
}

function isCode(error: unknown, code: string): boolean {
  // Structural, not instanceof: errors from node:fs may come from another realm (a test's VM context, say).
  return typeof error === 'object' && error !== null && (error as NodeJS.ErrnoException).code === code
}
