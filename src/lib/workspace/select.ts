import * as glob from '@actions/glob'
import { lstat, realpath, stat } from 'node:fs/promises'
import path from 'node:path'
import { InputError } from '../errors.js'

// Which local files an upload takes, read as actions/upload-artifact v4 reads its `path` (src/shared/search.ts):
// one @actions/glob pattern a line, `!` excludes, a matched folder means every file under it, and the files keep
// their folders below the least common ancestor of the patterns' search paths (the literal part of each pattern
// before its first wildcard). A single file named by its pattern is taken as its bare name.
//
// Where this differs from upload-artifact, on purpose:
// - Symbolic links are never followed by the walk. A link to a file inside the workspace is taken as that file (read
//   from its real path, placed in the room where the link is); a link to a folder inside the workspace is not entered
//   (its files are taken where they really are, if a pattern matches them there); a dangling link is skipped; a link
//   whose real path is outside the workspace is refused, and so is a file reached through a linked folder outside it.
// - Hidden means any segment of the path below the workspace starts with `.`, not just the last one; the walk sees
//   hidden files and counts them (@actions/glob's excludeHiddenFiles looks only at names and drops them silently).
// - Patterns are rooted at `workspace`, not at the process's working folder, and may not leave it.

export interface LocalFile {
  absolute: string
  /** path inside the room, '/'-separated, relative to the least common ancestor */
  roomPath: string
  size: number
}

export interface Selection {
  files: LocalFile[]
  /** patterns (lines) that matched nothing */
  unmatched: string[]
  /** hidden files skipped, counted */
  hiddenSkipped: number
}

/** At most this many files in one upload. */
export const MAX_FILES = 100_000
/** At most this many entries looked at by all the patterns' walks together (hidden ones and repeats included). */
export const MAX_ENTRIES = 1_000_000

const IS_WINDOWS = process.platform === 'win32'

interface Line {
  /** The line as written, trimmed. */
  text: string
  negate: boolean
  /** The pattern rooted at the workspace, without its `!`. */
  rooted: string
}

export async function selectFiles(
  patterns: string,
  options: {
    workspace: string
    includeHidden: boolean
    input?: string /* default 'path' */
    /** Lower bounds than MAX_FILES and MAX_ENTRIES, for tests. */
    limits?: { files?: number; entries?: number }
  }
): Promise<Selection> {
  const input = options.input ?? 'path'
  const maxFiles = options.limits?.files ?? MAX_FILES
  const maxEntries = options.limits?.entries ?? MAX_ENTRIES
  const workspace = path.resolve(options.workspace)
  const realWorkspace = await realpath(workspace)
  const lines = readLines(patterns, workspace, input)

  const taken = new Map<string, { absolute: string; size: number }>()
  const searchPaths = new Set<string>()
  const unmatched: string[] = []
  // Hidden files met, each once: a set only when two walks may meet the same file.
  const includes = lines.filter((l) => !l.negate).length
  const hidden = new Set<string>()
  let hiddenSkipped = 0
  let entries = 0

  for (const [index, line] of lines.entries()) {
    if (line.negate) continue
    // One walk per include line, with the excludes written after it (an exclude acts on the lines above it): the
    // union of these walks is what the whole list matches, and each walk says whether its line matched anything.
    const excludes = lines.slice(index + 1).filter((l) => l.negate)
    const globber = await createGlobber([line, ...excludes], input)
    let matched = false
    for await (const found of globber.globGenerator()) {
      if (++entries > maxEntries) {
        throw new InputError(input, `makes the action look at more than ${maxEntries} files and folders; narrow it`)
      }
      const relative = insideOrThrow(workspace, found, input)
      if (isHidden(relative) && !options.includeHidden) {
        const isFolder = (await lstat(found).catch(() => undefined))?.isDirectory() ?? true
        if (!isFolder && (includes === 1 || !hidden.has(found))) {
          hiddenSkipped++
          if (includes > 1) hidden.add(found)
        }
        continue
      }
      const file = taken.get(found) ?? (await regularFile(found, relative, realWorkspace, input))
      if (!file) continue
      matched = true
      if (!taken.has(found)) {
        taken.set(found, file)
        if (taken.size > maxFiles) {
          throw new InputError(input, `matches more than ${maxFiles} files (the most one upload takes); narrow it`)
        }
      }
    }
    if (matched) searchPaths.add(globber.getSearchPaths()[0] ?? workspace)
    else unmatched.push(line.text)
  }

  const root = roomRoot([...searchPaths], [...taken.keys()])
  // Byte order of the UTF-8 names (code point order), which JavaScript's own string order is not.
  const files = [...taken]
    .map(([found, file]) => ({ ...file, roomPath: toRoomPath(root, found) }))
    .map((file) => ({ file, key: Buffer.from(file.roomPath, 'utf8') }))
    .sort((a, b) => Buffer.compare(a.key, b.key))
    .map(({ file }) => file)
  return { files, unmatched, hiddenSkipped }
}

/** The pattern lines, each rooted at the workspace; refuses a pattern that leaves it. */
function readLines(patterns: string, workspace: string, input: string): Line[] {
  const lines: Line[] = []
  for (const raw of patterns.split(/\r?\n|\r/)) {
    const text = raw.trim()
    if (!text || text.startsWith('#')) continue
    let rest = text
    let negate = false
    while (rest.startsWith('!')) {
      negate = !negate
      rest = rest.slice(1).trim()
    }
    if (!rest) throw new InputError(input, `has the line "${text}", which excludes nothing: a pattern must follow "!"`)
    lines.push({ text, negate, rooted: rootAt(workspace, rest, text, input) })
  }
  return lines
}

function rootAt(workspace: string, pattern: string, text: string, input: string): string {
  const outside = (why: string): InputError =>
    new InputError(input, `has the pattern "${text}", which ${why}; patterns stay inside the workspace (${workspace})`)
  const separators = IS_WINDOWS ? /[\\/]/ : /\//
  if (pattern.split(separators).some((segment) => segment === '..')) throw outside('climbs out with ".."')
  if (pattern === '~' || pattern.startsWith('~/') || (IS_WINDOWS && pattern.startsWith('~\\'))) {
    throw outside('starts at the home folder')
  }
  if (path.isAbsolute(pattern)) {
    const escaped = globEscape(workspace)
    const under = [workspace, escaped].some(
      (w) => pattern === w || pattern.startsWith(w.endsWith(path.sep) ? w : w + path.sep)
    )
    if (!under || (IS_WINDOWS && /^[\\/]{2}/.test(pattern))) throw outside('is an absolute path outside it')
    return pattern
  }
  if (IS_WINDOWS && /^[a-z]:/i.test(pattern)) throw outside('names a drive')
  let relative = pattern
  while (relative.startsWith('./') || (IS_WINDOWS && relative.startsWith('.\\'))) relative = relative.slice(2)
  if (relative === '.' || relative === '') return globEscape(workspace)
  return `${globEscape(workspace)}${path.sep}${relative}`
}

/** Escapes a literal path for a glob, as @actions/glob escapes the working folder. */
function globEscape(literal: string): string {
  return (IS_WINDOWS ? literal : literal.replace(/\\/g, '\\\\'))
    .replace(/\[/g, '[[]')
    .replace(/\?/g, '[?]')
    .replace(/\*/g, '[*]')
}

async function createGlobber(lines: Line[], input: string): Promise<glob.Globber> {
  const text = lines.map((l) => (l.negate ? `!${l.rooted}` : l.rooted)).join('\n')
  try {
    return await glob.create(text, {
      followSymbolicLinks: false,
      implicitDescendants: true,
      matchDirectories: true,
      omitBrokenSymbolicLinks: true,
      // The walk sees hidden files so that they are counted, and judged by every segment (see the top of the file).
      excludeHiddenFiles: false
    })
  } catch (error) {
    const problem = error instanceof Error ? error.message : String(error)
    throw new InputError(input, `has a pattern @actions/glob cannot read: ${problem}`)
  }
}

/** The path below the workspace, '/'-separated; refuses anything the walk found outside it. */
function insideOrThrow(workspace: string, found: string, input: string): string {
  const relative = path.relative(workspace, found)
  if (!isBelow(relative)) throw new InputError(input, `matched "${found}", which is outside the workspace`)
  return relative.split(path.sep).join('/')
}

/** True when a path from path.relative stays inside (or is) its base. */
function isBelow(relative: string): boolean {
  return !path.isAbsolute(relative) && relative !== '..' && !relative.startsWith(`..${path.sep}`)
}

function isHidden(relative: string): boolean {
  return relative.split('/').some((segment) => segment.startsWith('.'))
}

/**
 * The file to read for a found path, or undefined when it is not one to take (a folder, a link to a folder, a
 * dangling link, a device, a socket, a pipe). Refuses anything whose real path is outside the workspace.
 */
async function regularFile(
  found: string,
  relative: string,
  realWorkspace: string,
  input: string
): Promise<{ absolute: string; size: number } | undefined> {
  const own = await lstat(found).catch(() => undefined)
  if (!own || own.isDirectory()) return undefined
  if (!own.isSymbolicLink() && !own.isFile()) return undefined
  let real: string
  try {
    real = await realpath(found)
  } catch {
    return undefined // a dangling link: nothing to read
  }
  if (!isBelow(path.relative(realWorkspace, real))) {
    const what = own.isSymbolicLink() ? 'a symbolic link' : 'reached through a symbolic link'
    throw new InputError(
      input,
      `takes "${relative}", ${what} to "${real}" outside the workspace; links are never followed out of it`
    )
  }
  // A link to a file inside the workspace is taken as that file; a link to a folder is not entered.
  const target = own.isSymbolicLink() ? await stat(real).catch(() => undefined) : own
  if (!target?.isFile()) return undefined
  return { absolute: real, size: target.size }
}

/** The folder the room's paths start from: see the top of the file. */
function roomRoot(searchPaths: string[], files: string[]): string {
  const [only] = files
  if (files.length === 1 && searchPaths.length === 1 && only !== undefined && searchPaths[0] === only) {
    return path.dirname(only)
  }
  const [first, ...others] = searchPaths.map((p) => path.normalize(p).split(path.sep))
  if (!first) return path.sep
  let common = first.length
  for (const other of others) {
    let i = 0
    while (i < common && i < other.length && other[i] === first[i]) i++
    common = i
  }
  let root = first.slice(0, common).join(path.sep)
  if (root === '' || (IS_WINDOWS && /^[a-z]:$/i.test(root))) root += path.sep
  // A root that is itself a taken file (two patterns naming the same file) gives way to its folder.
  return files.includes(root) ? path.dirname(root) : root
}

function toRoomPath(root: string, found: string): string {
  return path.relative(root, found).split(path.sep).join('/')
}
