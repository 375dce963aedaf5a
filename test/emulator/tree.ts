// The folder tree of the rooms: finding folders and files, counting them, and saving file versions.
// Sources: DocSpace-server at tag v3.7.2-server, paths relative to that repository:
//   FU    products/ASC.Files/Core/Utils/FileUploader.cs
//   FiDao products/ASC.Files/Core/Core/Dao/TeamlabDao/FileDao.cs
//   FoDao products/ASC.Files/Core/Core/Dao/TeamlabDao/FolderDao.cs
//   AQ    products/ASC.Files/Core/Core/EF/Queries/AbstractQueries.cs
//   FQ    products/ASC.Files/Core/Core/EF/Queries/FileQueries.cs
//   FoQ   products/ASC.Files/Core/Core/EF/Queries/FolderQueries.cs
import { readStoredSync, storedFromBuffer, type StoredBytes } from './content.js'
import { sameTitle } from './names.js'
import type {
  EmulatedFile,
  EmulatedFolder,
  EmulatedRoom,
  EmulatedVersion,
  EmulatorState,
  TrashedEntry
} from './state.js'

/** A room or a folder: both are folders that hold files and folders. */
export type Container = EmulatedRoom | EmulatedFolder

export function isRoom(node: Container): node is EmulatedRoom {
  return 'roomType' in node
}

export interface FolderLocation {
  node: Container
  room: EmulatedRoom
  /** the room first, `node` last */
  chain: Container[]
  /** set when the folder (or one it is in) lies in the Trash */
  trashed?: TrashedEntry
}

export interface FileLocation {
  file: EmulatedFile
  parent: Container
  room: EmulatedRoom
  chain: Container[]
  trashed?: TrashedEntry
}

function findIn(node: Container, id: number, chain: Container[]): Container[] | undefined {
  for (const f of node.folders) {
    const path = [...chain, f]
    if (f.id === id) return path
    const deeper = findIn(f, id, path)
    if (deeper) return deeper
  }
  return undefined
}

/** The room or folder with this id, wherever it is, the Trash included. */
export function findFolder(state: EmulatorState, id: number): FolderLocation | undefined {
  const room = state.rooms.get(id)
  if (room) return { node: room, room, chain: [room] }
  for (const r of state.rooms.values()) {
    const chain = findIn(r, id, [r])
    if (chain) return { node: chain[chain.length - 1]!, room: r, chain }
  }
  for (const t of state.trash) {
    if (t.kind !== 'folder') continue
    const root = t.entry as EmulatedFolder
    const room = state.rooms.get(t.roomId)
    if (!room) continue
    const chain = root.id === id ? [root] : findIn(root, id, [root])
    if (chain) return { node: chain[chain.length - 1]!, room, chain, trashed: t }
  }
  return undefined
}

function findFileIn(node: Container, id: number, chain: Container[]): FileLocation | undefined {
  const file = node.files.find((f) => f.id === id)
  if (file) return { file, parent: node, room: chain[0] as EmulatedRoom, chain }
  for (const f of node.folders) {
    const found = findFileIn(f, id, [...chain, f])
    if (found) return found
  }
  return undefined
}

/** The file with this id and where it is, the Trash included. */
export function findFile(state: EmulatorState, id: number): FileLocation | undefined {
  for (const r of state.rooms.values()) {
    const found = findFileIn(r, id, [r])
    if (found) return found
  }
  for (const t of state.trash) {
    const room = state.rooms.get(t.roomId)
    if (!room) continue
    if (t.kind === 'file') {
      const file = t.entry as EmulatedFile
      if (file.id === id) return { file, parent: room, room, chain: [room], trashed: t }
    } else {
      const root = t.entry as EmulatedFolder
      const found = findFileIn(root, id, [room, root])
      if (found) return { ...found, room, trashed: t }
    }
  }
  return undefined
}

/** Every file at any depth below `node`, each with its direct parent; depth first, folders in stored order. */
export function* walkFiles(node: Container): Generator<{ file: EmulatedFile; parent: Container }> {
  for (const file of node.files) yield { file, parent: node }
  for (const f of node.folders) yield* walkFiles(f)
}

/** Every folder at any depth below `node` (not `node` itself), each with its parent. */
export function* walkFolders(node: Container): Generator<{ folder: EmulatedFolder; parent: Container }> {
  for (const folder of node.folders) {
    yield { folder, parent: node }
    yield* walkFolders(folder)
  }
}

/**
 * filesCount/foldersCount of a folder: the counters are raised for the folder and every folder above it
 * (ChangeFilesCountAsync / ChangeFoldersCountAsync update each folder whose tree row is an ancestor, AQ:221-233),
 * so they count everything at any depth.
 */
export function countFiles(node: Container): number {
  let n = node.files.length
  for (const f of node.folders) n += countFiles(f)
  return n
}

export function countFolders(node: Container): number {
  let n = node.folders.length
  for (const f of node.folders) n += countFolders(f)
  return n
}

/** The current version's bytes. */
export function currentBytes(file: EmulatedFile): StoredBytes {
  return file.stored ?? storedFromBuffer(Buffer.from(file.content, 'utf8'))
}

/** File.ContentLength of the current version: what pureContentLength reports. */
export function recordedLength(file: EmulatedFile): number {
  return file.contentLength ?? (file.stored ? file.stored.size : Buffer.byteLength(file.content, 'utf8'))
}

/**
 * The folder's Counter (usedSpace, room quota): ChangeTreeFolderSizeAsync adds each saved version's
 * ContentLength to the folder and every folder above (FiDao:746, 983; FoDao:1201-1207), so every version counts.
 */
export function usedSpace(node: Container): number {
  let n = 0
  for (const { file } of walkFiles(node)) n += fileUsedSpace(file)
  return n
}

/** One file's share of the Counter: all its versions. */
export function fileUsedSpace(file: EmulatedFile): number {
  let n = recordedLength(file)
  for (const v of file.history ?? []) n += v.contentLength
  return n
}

/**
 * Sets the current version's bytes. Text keeps `content` a plain string (how tests seed files); stored bytes turn
 * `content` into a non-enumerable view of them, so an equality check never reads a large file by accident.
 */
export function setCurrentBytes(file: EmulatedFile, bytes: StoredBytes | string, contentLength?: number): void {
  if (typeof bytes === 'string') {
    delete file.stored
    Object.defineProperty(file, 'content', { value: bytes, writable: true, enumerable: true, configurable: true })
  } else {
    file.stored = bytes
    Object.defineProperty(file, 'content', {
      get: () => readStoredSync(currentBytes(file)).toString('utf8'),
      set: (text: string) => setCurrentBytes(file, text),
      enumerable: false,
      configurable: true
    })
  }
  if (contentLength === undefined) delete file.contentLength
  else file.contentLength = contentLength
}

/** The current version as a version record. */
export function currentVersion(file: EmulatedFile, fallbackCreated: Date, fallbackUser: string): EmulatedVersion {
  const version = file.version ?? 1
  return {
    version,
    versionGroup: file.versionGroup ?? version,
    title: file.title,
    contentLength: recordedLength(file),
    stored: currentBytes(file),
    comment: file.comment ?? null,
    created: file.created ?? fallbackCreated,
    updated: file.updated ?? file.created ?? fallbackCreated,
    updatedBy: file.updatedBy ?? file.createdBy ?? fallbackUser
  }
}

/** All versions, oldest first, the current one last. */
export function allVersions(file: EmulatedFile, fallbackCreated: Date, fallbackUser: string): EmulatedVersion[] {
  return [...(file.history ?? []), currentVersion(file, fallbackCreated, fallbackUser)]
}

/** MySQL `datetime` columns keep whole seconds (files_file.create_on/modified_on, DbFile.cs:225); inserted
 * fractions are rounded. */
export function dbTime(date: Date): Date {
  return new Date(Math.round(date.getTime() / 1000) * 1000)
}

export interface NewVersion {
  bytes: StoredBytes | string
  title: string
  comment: string | null
  userId: string
  now: Date
  /** recorded ContentLength when it is not the byte count */
  contentLength?: number
}

/**
 * Saves a new current version: the old one goes to `history` (DisableCurrentVersionAsync, FiDao:541-544), the
 * title is the one uploaded (FU:104, so a case-twin renames the file), version and versionGroup go up by one
 * (FU:107-108; FiDao:1752-1753), `updated` is now (FiDao:528-529) and `created` stays (FiDao:536-539).
 */
export function addVersion(file: EmulatedFile, room: EmulatedRoom, v: NewVersion): void {
  const previous = currentVersion(file, room.created, room.createdBy)
  file.history = [...(file.history ?? []), previous]
  file.version = previous.version + 1
  file.versionGroup = previous.versionGroup + 1
  file.title = v.title
  file.comment = v.comment
  file.updated = dbTime(v.now)
  file.updatedBy = v.userId
  if (file.created === undefined) file.created = previous.created
  setCurrentBytes(file, v.bytes, v.contentLength)
}

/** The oldest current file of that title in the folder (`Title == title … OrderBy(CreateOn)`, FQ:501-508). */
export function fileByTitle(node: Container, title: string, fallbackCreated: Date): EmulatedFile | undefined {
  let best: EmulatedFile | undefined
  for (const f of node.files) {
    if (!sameTitle(f.title, title)) continue
    if (!best || (f.created ?? fallbackCreated).getTime() < (best.created ?? fallbackCreated).getTime()) best = f
  }
  return best
}

/** The oldest folder of that title directly in `node` (FoQ:439-444). */
export function folderByTitle(node: Container, title: string): EmulatedFolder | undefined {
  let best: EmulatedFolder | undefined
  for (const f of node.folders) {
    if (!sameTitle(f.title, title)) continue
    if (!best || f.created.getTime() < best.created.getTime()) best = f
  }
  return best
}

/**
 * Marks `node` and every folder above it as modified (UpdateFoldersAsync on the parent tree, FiDao:641-644).
 * Folders get whole seconds like files; rooms keep the emulator's millisecond times (as every other room change
 * does, state.touch), so a room is never shown updated before it was created.
 */
export function touchChain(chain: Container[], userId: string, now: Date): void {
  for (const c of chain) {
    c.updated = isRoom(c) ? now : dbTime(now)
    c.updatedBy = userId
  }
}
