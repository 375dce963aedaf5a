import path from 'node:path'

// From a portal's titles to workspace paths: the only place that turns them into file paths. A title is outside text:
// anyone who can name a file in the room chooses it. A path is given as its titles, from the first folder below where
// the download starts down to the file, never as one string joined with '/': a title may itself contain '/' or '\',
// and only the separate titles show it.
//
// A path is refused, and never written, when any runner (Linux, macOS or Windows) would read it other than as the
// folders and file it names, or when two paths would land on one file on a case-insensitive runner. Names are compared
// after NFC normalisation and toLowerCase(); two paths that compare equal but are spelled differently (in case, or
// one NFC and one NFD) are both refused, so that every runner writes the same files. Everything here is linear in the
// size of its input: one pass over each title, and a tree of titles for the collisions.

export type Refusal = { roomPath: string; reason: string }

/** A path that came from a portal: its titles, from the first folder below the download's start down to the file. */
export type RoomPath = readonly string[]

/** The longest title, in UTF-8 bytes, that file systems take (NAME_MAX, NTFS and APFS alike). */
export const MAX_TITLE_BYTES = 255
/** The longest path below the download folder, in UTF-8 bytes with '/' between titles (PATH_MAX on Linux). */
export const MAX_PATH_BYTES = 4096

/** Names Windows keeps for devices, with or without an extension, in any case. */
const WINDOWS_DEVICES = new Set([
  'CON',
  'PRN',
  'AUX',
  'NUL',
  'CONIN$',
  'CONOUT$',
  ...['1', '2', '3', '4', '5', '6', '7', '8', '9', '¹', '²', '³'].flatMap((n) => [`COM${n}`, `LPT${n}`])
])

/** Characters Windows refuses in a file name (besides control characters and the separators). */
const WINDOWS_REFUSES = new Set(['<', '>', ':', '"', '|', '?', '*'])

/** The path as people read it: its titles joined with '/'. */
export function showRoomPath(segments: RoomPath): string {
  return segments.join('/')
}

/**
 * Checks a path that came from a portal (its titles, see RoomPath), before it becomes a file path under a folder.
 * Returns undefined when it is fine, else the reason in a person's words.
 */
export function checkRoomPath(segments: RoomPath): string | undefined {
  if (segments.length === 0) return 'the path is empty'
  let bytes = segments.length - 1
  for (const title of segments) {
    const problem = checkTitle(title)
    if (problem) return problem
    bytes += Buffer.byteLength(title, 'utf8')
  }
  if (bytes > MAX_PATH_BYTES) return `the path is ${bytes} bytes long; file systems take at most ${MAX_PATH_BYTES}`
  return undefined
}

function checkTitle(title: string): string | undefined {
  if (title === '') return 'a title is empty'
  if (title === '.' || title === '..') return `the title "${title}" would name a folder itself or the one above it`
  // First the characters that may not be shown, so that a reason never repeats them.
  for (let i = 0; i < title.length; i++) {
    const code = title.charCodeAt(i)
    if (code <= 0x1f || (code >= 0x7f && code <= 0x9f)) {
      return `a title has the control character U+${code.toString(16).toUpperCase().padStart(4, '0')}`
    }
    if (code >= 0xd800 && code <= 0xdbff) {
      const next = title.charCodeAt(i + 1)
      if (next >= 0xdc00 && next <= 0xdfff) i++
      else return 'a title is not valid Unicode (a lone surrogate)'
    } else if (code >= 0xdc00 && code <= 0xdfff) {
      return 'a title is not valid Unicode (a lone surrogate)'
    }
  }
  const bytes = Buffer.byteLength(title, 'utf8')
  if (bytes > MAX_TITLE_BYTES) return `a title is ${bytes} bytes long; file systems take at most ${MAX_TITLE_BYTES}`
  for (const char of title) {
    if (char === '/' || char === '\\') return `the title "${title}" has "${char}" in it, which would make it a folder`
    if (WINDOWS_REFUSES.has(char)) return `the title "${title}" has "${char}" in it, which Windows runners refuse`
  }
  const last = title[title.length - 1]
  if (last === ' ' || last === '.') {
    return `the title "${title}" ends in ${last === ' ' ? 'a space' : 'a dot'}, which Windows runners drop`
  }
  const dot = title.indexOf('.')
  const stem = (dot === -1 ? title : title.slice(0, dot)).trimEnd().toUpperCase()
  if (WINDOWS_DEVICES.has(stem)) return `the title "${title}" is a name Windows keeps for a device (${stem})`
  return undefined
}

/** One title in the tree of every accepted path's titles, keyed by its compared form. */
interface TitleNode {
  parent: TitleNode | undefined
  children: Map<string, TitleNode>
  /** How the title was spelt first, and a different spelling when one came. */
  spelling: string
  otherSpelling?: string
  /** Files that end here; a folder is any node with children. */
  files: number
  /** Why the paths through this node are refused, once known. */
  clash?: string
}

/**
 * Plans where each path from a portal goes under `root`: `target` is path.join(root, ...titles). A path is refused
 * when checkRoomPath refuses it, when it clashes with another (see the top of the file; both are refused), or when
 * its target would not be below `root` (a check that the title rules should make redundant).
 */
export function planDownload(
  paths: readonly RoomPath[],
  root: string
): { accepted: { roomPath: string; segments: RoomPath; target: string }[]; refused: Refusal[] } {
  const base = path.resolve(root)
  const refused: Refusal[] = []
  const tree: TitleNode = { parent: undefined, children: new Map(), spelling: '', files: 0 }
  const fine: { segments: RoomPath; leaf: TitleNode }[] = []
  for (const segments of paths) {
    const reason = checkRoomPath(segments)
    if (reason) refused.push({ roomPath: showRoomPath(segments), reason })
    else fine.push({ segments, leaf: place(tree, segments) })
  }
  const accepted: { roomPath: string; segments: RoomPath; target: string }[] = []
  for (const { segments, leaf } of fine) {
    const roomPath = showRoomPath(segments)
    const clash = clashOf(leaf)
    if (clash) {
      refused.push({ roomPath, reason: clash })
      continue
    }
    const target = path.join(base, ...segments)
    const relative = path.relative(base, target)
    if (relative === '' || relative === '..' || relative.startsWith(`..${path.sep}`) || path.isAbsolute(relative)) {
      refused.push({ roomPath, reason: 'it would be written outside the download folder' })
      continue
    }
    accepted.push({ roomPath, segments, target })
  }
  return { accepted, refused }
}

/** Adds a path's titles to the tree, marking every clash it makes; returns the node of its file. */
function place(tree: TitleNode, segments: RoomPath): TitleNode {
  let node = tree
  for (const [index, title] of segments.entries()) {
    const key = title.normalize('NFC').toLowerCase()
    let child = node.children.get(key)
    if (!child) {
      child = { parent: node, children: new Map(), spelling: title, files: 0 }
      node.children.set(key, child)
    } else if (child.spelling !== title && child.otherSpelling === undefined) {
      child.otherSpelling = title
      child.clash ??=
        `"${child.spelling}" and "${title}" differ only in case or Unicode form, and would be one name on macOS and ` +
        'Windows runners'
    }
    const isFile = index === segments.length - 1
    if (isFile) {
      child.files++
      if (child.files > 1) child.clash ??= 'the listing has two files at this path'
      if (child.children.size > 0) child.clash ??= `"${child.spelling}" is both a file and a folder in the listing`
    } else if (child.files > 0) {
      child.clash ??= `"${child.spelling}" is both a file and a folder in the listing`
    }
    node = child
  }
  return node
}

/** The first clash on the way from the top to a file's node, if any. */
function clashOf(leaf: TitleNode): string | undefined {
  let clash: string | undefined
  for (let node: TitleNode | undefined = leaf; node; node = node.parent) clash = node.clash ?? clash
  return clash
}
