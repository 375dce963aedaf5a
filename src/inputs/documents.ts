// The inputs that move documents between the workspace and a room: upload's globs, download's target folder and
// pattern, the folder inside the room, and what to do when nothing matched.
import { isAbsolute, relative, resolve } from 'node:path'
import { storedFolderTitle } from '../docspace/titles.js'
import { InputError } from '../lib/errors.js'
import type { OperationName } from './catalogue.js'

export interface UploadConfig {
  /** One glob a line, `@actions/glob` syntax, relative to the workspace. */
  patterns: string
  includeHidden: boolean
  ifNoFilesFound: 'warn' | 'error' | 'ignore'
  deleteMissing: boolean
}

export interface DownloadConfig {
  /** The absolute folder to write into, inside the workspace. */
  target: string
  /** Globs over paths inside `folder`. */
  patterns: string[]
}

export interface DocumentsConfig {
  /** The folder inside the room, as DocSpace stores its titles; [] is the room itself. */
  folder: string[]
  upload?: UploadConfig
  download?: DownloadConfig
}

const DOCUMENT_INPUTS = [
  'path',
  'folder',
  'pattern',
  'include-hidden-files',
  'if-no-files-found',
  'delete-missing'
] as const
type DocumentInput = (typeof DOCUMENT_INPUTS)[number]

/** Reads the documents inputs for upload, download and create (which uploads only when `path` is given). */
export function readDocuments(
  operation: OperationName,
  read: (name: string) => string,
  parseBoolean: (name: string, raw: string) => boolean,
  workspace: string
): DocumentsConfig | undefined {
  // Read for every operation, as every input is, so that one given to an operation that ignores it is seen.
  const raw = Object.fromEntries(DOCUMENT_INPUTS.map((name) => [name, read(name)])) as Record<DocumentInput, string>
  if (!['upload', 'download', 'create', 'pull-request'].includes(operation)) return undefined
  read = (name) => raw[name as DocumentInput]
  const folder = parseFolder(read('folder'))
  if (operation === 'download') {
    return {
      folder,
      download: { target: inWorkspace(read('path') || '.', workspace), patterns: lines(read('pattern')) }
    }
  }
  const patterns = read('path')
  if (patterns.trim() === '') {
    if (operation === 'upload') throw new InputError('path', 'is required for operation "upload": one glob a line')
    if (read('folder')) throw new InputError('folder', "needs path: it says where in the room path's files go")
    return undefined
  }
  const ifNoFilesFound = read('if-no-files-found') || 'warn'
  if (!['warn', 'error', 'ignore'].includes(ifNoFilesFound)) {
    throw new InputError('if-no-files-found', `must be warn, error or ignore, not "${ifNoFilesFound}"`)
  }
  return {
    folder,
    upload: {
      patterns,
      includeHidden: parseBoolean('include-hidden-files', read('include-hidden-files') || 'false'),
      ifNoFilesFound: ifNoFilesFound as UploadConfig['ifNoFilesFound'],
      deleteMissing: operation === 'upload' ? parseBoolean('delete-missing', read('delete-missing') || 'false') : false
    }
  }
}

/** `a/b/c` → its segments as DocSpace stores them; each must be a name, not a way out. */
function parseFolder(raw: string): string[] {
  if (raw.trim() === '') return []
  const segments = raw
    .trim()
    .replace(/^\/+|\/+$/g, '')
    .split('/')
  return segments.map((segment) => {
    const title = storedFolderTitle(segment)
    if (title === '' || title === '.' || title === '..' || segment.includes('\\')) {
      throw new InputError(
        'folder',
        `must be folder names separated by "/", such as docs/specs; "${segment}" is not one`
      )
    }
    return title
  })
}

function inWorkspace(path: string, workspace: string): string {
  const target = resolve(workspace, path)
  const inside = relative(workspace, target)
  if (inside.startsWith('..') || isAbsolute(inside)) {
    throw new InputError('path', `must be a folder inside the workspace (${workspace}); "${path}" is not`)
  }
  return target
}

function lines(raw: string): string[] {
  const list = raw
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'))
  return list.length > 0 ? list : ['**']
}
