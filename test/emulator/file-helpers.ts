// Test helpers over the folder tree: seed folders and files (titles exactly as given, so tests can plant names
// DocSpace's rewrite would never produce), read versions and bytes, list a room's tree, and change a file the
// way DocSpace's editor would. Sources: DocSpace-server at tag v3.7.2-server, paths relative to that repository:
//   EM   products/ASC.Files/Core/Utils/EntryManager.cs
//   DST  products/ASC.Files/Core/Services/DocumentService/DocumentServiceTracker.cs
//   FCR  products/ASC.Files/Core/Resources/FilesCommonResource.resx
import { readStoredSync, storedFromBuffer, storedFromPath, type StoredBytes } from './content.js'
import type { EmulatedFile, EmulatedFolder, EmulatorState } from './state.js'
import {
  addVersion,
  allVersions,
  dbTime,
  findFile,
  findFolder,
  recordedLength,
  setCurrentBytes,
  touchChain,
  type Container
} from './tree.js'

/** Bytes for a seeded file: text, a Buffer, or a file on disk the test owns (read at download time). */
export type SeedContent = string | Buffer | { path: string }

function toStored(content: SeedContent): StoredBytes | string {
  if (typeof content === 'string') return content
  if (Buffer.isBuffer(content)) return storedFromBuffer(content)
  return storedFromPath(content.path)
}

export interface FolderSeed {
  createdBy?: string
  created?: Date
  updated?: Date
}

export interface FileSeed {
  /** the current version's comment; default none */
  comment?: string | null
  createdBy?: string
  created?: Date
  updated?: Date
  /** recorded ContentLength (pureContentLength) when it should differ from the bytes */
  contentLength?: number
  /** open in the editor */
  editing?: boolean
  version?: number
}

function container(state: EmulatorState, id: number): Container {
  const loc = findFolder(state, id)
  if (!loc) throw new Error(`no room or folder ${id}`)
  return loc.node
}

/** A folder in a room or folder, its title stored exactly as given. */
export function seedFolder(
  state: EmulatorState,
  parentId: number,
  title: string,
  init: FolderSeed = {}
): EmulatedFolder {
  const parent = container(state, parentId)
  const created = init.created ?? dbTime(state.now())
  const folder: EmulatedFolder = {
    id: state.nextRoomId++,
    title,
    parentId,
    createdBy: init.createdBy ?? state.adminUserId,
    created,
    updated: init.updated ?? created,
    files: [],
    folders: []
  }
  parent.folders.push(folder)
  return folder
}

/** A file in a room or folder, its title stored exactly as given. */
export function seedFile(
  state: EmulatorState,
  folderId: number,
  title: string,
  content: SeedContent,
  init: FileSeed = {}
): EmulatedFile {
  const parent = container(state, folderId)
  const created = init.created ?? dbTime(state.now())
  const file: EmulatedFile = {
    id: state.nextFileId++,
    title,
    content: '',
    version: init.version ?? 1,
    versionGroup: init.version ?? 1,
    comment: init.comment ?? null,
    created,
    updated: init.updated ?? created,
    createdBy: init.createdBy ?? state.adminUserId,
    ...(init.editing ? { editing: true } : {})
  }
  setCurrentBytes(file, toStored(content), init.contentLength)
  parent.files.push(file)
  return file
}

export interface VersionInfo {
  version: number
  versionGroup: number
  title: string
  comment: string | null
  /** bytes stored */
  size: number
  /** ContentLength recorded (pureContentLength) */
  contentLength: number
  sha256: string
  created: Date
  updated: Date
  updatedBy: string
}

/** Every version of a file, oldest first, the current one last. */
export function fileVersions(state: EmulatorState, fileId: number): VersionInfo[] {
  const loc = findFile(state, fileId)
  if (!loc) throw new Error(`no file ${fileId}`)
  return allVersions(loc.file, loc.room.created, loc.room.createdBy).map((v) => ({
    version: v.version,
    versionGroup: v.versionGroup,
    title: v.title,
    comment: v.comment,
    size: v.stored.size,
    contentLength: v.contentLength,
    sha256: v.stored.sha256,
    created: v.created,
    updated: v.updated,
    updatedBy: v.updatedBy
  }))
}

/** A version's bytes (default: the current one), read into memory. */
export function fileBytes(state: EmulatorState, fileId: number, version?: number): Buffer {
  const loc = findFile(state, fileId)
  if (!loc) throw new Error(`no file ${fileId}`)
  const versions = allVersions(loc.file, loc.room.created, loc.room.createdBy)
  const v = version === undefined ? versions.at(-1) : versions.find((x) => x.version === version)
  if (!v) throw new Error(`file ${fileId} has no version ${version}`)
  return readStoredSync(v.stored)
}

export interface TreeEntry {
  kind: 'folder' | 'file'
  id: number
  /** titles from the room down, joined with '/' (a title containing '/' is not escaped) */
  path: string
  /** the direct parent's id */
  parentId: number
  version?: number
  comment?: string | null
  /** recorded ContentLength (files) */
  contentLength?: number
  sha256?: string
}

/** A room's (or folder's) tree, depth first: each folder, then what is in it; files of a folder before its folders. */
export function listTree(state: EmulatorState, folderId: number): TreeEntry[] {
  const out: TreeEntry[] = []
  const walk = (node: Container, prefix: string): void => {
    for (const f of node.files) {
      const v = allVersions(f, new Date(0), '').at(-1)!
      out.push({
        kind: 'file',
        id: f.id,
        path: prefix + f.title,
        parentId: node.id,
        version: f.version ?? 1,
        comment: f.comment ?? null,
        contentLength: recordedLength(f),
        sha256: v.stored.sha256
      })
    }
    for (const d of node.folders) {
      out.push({ kind: 'folder', id: d.id, path: prefix + d.title, parentId: node.id })
      walk(d, `${prefix}${d.title}/`)
    }
  }
  walk(container(state, folderId), '')
  return out
}

export interface EditorSave {
  /** who saved; default the portal owner */
  userId?: string
  /**
   * The comment: default "Edited" — a save from the editor passes an empty comment for an ordinary save and
   * EntryManager.SaveEditingAsync puts FilesCommonResource.CommentEdit in its place (DST:449-482, EM:1430-1433;
   * FCR :189-190). A force-save by the user would say "Saved" (FCR CommentForcesave, DST:469-471).
   */
  comment?: string
}

/**
 * A file changed in DocSpace's editor and saved: EntryManager.SaveEditingAsync makes version+1 and a new version
 * group (EM:1399-1427), with the editor's comment (see EditorSave), and the file keeps its title.
 */
export function editorSave(
  state: EmulatorState,
  fileId: number,
  content: SeedContent,
  save: EditorSave = {}
): EmulatedFile {
  const loc = findFile(state, fileId)
  if (!loc) throw new Error(`no file ${fileId}`)
  const userId = save.userId ?? state.adminUserId
  const now = state.now()
  addVersion(loc.file, loc.room, {
    bytes: toStored(content),
    title: loc.file.title,
    comment: save.comment ?? 'Edited',
    userId,
    now
  })
  touchChain(loc.chain, userId, now)
  return loc.file
}
