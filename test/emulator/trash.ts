// The job of PUT files/fileops/delete: files and folders into the runner's Trash, or deleted for good.
// Sources: DocSpace-server at tag v3.7.2-server, paths relative to that repository:
//   FDO  products/ASC.Files/Core/Services/WCFService/FileOperations/FileDeleteOperation.cs
//   DPC  products/ASC.Files/Core/Services/WCFService/FileOperations/DeletePermissionsCheck.cs
//   FCR  products/ASC.Files/Core/Resources/FilesCommonResource.resx
import type { EmulatedFile, EmulatedFolder, EmulatedOperation, EmulatorState, TrashedEntry } from './state.js'
import { findFile, findFolder, isRoom, walkFiles, type Container } from './tree.js'

/** FCR texts the job writes into the operation's `error` */
export const DELETE_MESSAGES = {
  fileNotFound: 'The required file was not found',
  folderNotFound: 'The required folder was not found',
  deleteFile: "You don't have enough permission to delete the file",
  deleteFolder: "You don't have enough permission to delete the folder",
  editingFile: 'Cannot delete the file because it is opened for editing',
  editingFolder: 'Cannot delete the folder because one of the files is opened for editing'
} as const

function removeFrom<T>(list: T[], item: T): void {
  const i = list.indexOf(item)
  if (i >= 0) list.splice(i, 1)
}

function forgetBytes(state: EmulatorState, file: EmulatedFile): void {
  state.blobs.remove(file.stored)
  for (const v of file.history ?? []) state.blobs.remove(v.stored)
}

/** The permission check of DPC:79-114 for a file, as an error text (undefined = may delete). */
export function fileRefusal(state: EmulatorState, userId: string, fileId: number): string | undefined {
  const loc = findFile(state, fileId)
  if (!loc) return DELETE_MESSAGES.fileNotFound
  const owner = loc.file.createdBy ?? loc.room.createdBy
  if (loc.trashed ? loc.trashed.userId !== userId : !state.canDeleteEntry(userId, loc.room, owner))
    return DELETE_MESSAGES.deleteFile
  if (loc.file.editing) return DELETE_MESSAGES.editingFile
  return undefined
}

/** DPC:116-146 for a folder; rooms need `immediately` (DPC:132-136). */
export function folderRefusal(
  state: EmulatorState,
  userId: string,
  folderId: number,
  immediately: boolean
): string | undefined {
  const loc = findFolder(state, folderId)
  if (!loc) return DELETE_MESSAGES.folderNotFound
  if (isRoom(loc.node)) {
    if (!immediately) return DELETE_MESSAGES.deleteFolder
    return state.canDelete(userId, loc.room) ? undefined : DELETE_MESSAGES.deleteFolder
  }
  const owner = loc.node.createdBy
  if (loc.trashed ? loc.trashed.userId !== userId : !state.canDeleteEntry(userId, loc.room, owner))
    return DELETE_MESSAGES.deleteFolder
  return undefined
}

/**
 * FileDeleteOperation.DoJob (FDO:128-174): files first, then folders. Each entry is read again (FDO:481-484) and
 * checked; a refusal sets the operation's error and skips the entry (ignoreException is false for this request,
 * OperationController.cs:108). Without `immediately` an entry goes to the Trash of the user running the operation
 * (FDO:138, 502-537 files, 432-456 folders) — restorable; with it, or for an entry already in the Trash
 * (UseTrashForRemove), it is deleted for good (FDO:538-587). A folder whose files are being edited is refused
 * (FDO:372-376). Returns the last error text, '' when none.
 */
export function runDeleteEntries(state: EmulatorState, op: EmulatedOperation): string {
  const { fileIds, folderIds, immediately } = op.entries!
  const userId = op.userId
  let err = ''
  const at = state.now()
  for (const id of fileIds) {
    const refusal = fileRefusal(state, userId, id)
    if (refusal) {
      err = refusal
      continue
    }
    const loc = findFile(state, id)!
    const permanent = immediately || loc.trashed !== undefined
    if (loc.trashed) {
      if (loc.trashed.kind === 'file') removeFrom(state.trash, loc.trashed)
      else removeFrom(loc.parent.files, loc.file)
    } else removeFrom(loc.parent.files, loc.file)
    if (permanent) forgetBytes(state, loc.file)
    else
      state.trash.push({ kind: 'file', entry: loc.file, fromFolderId: loc.parent.id, roomId: loc.room.id, userId, at })
    state.deletions.push({ kind: 'file', id, title: loc.file.title, roomId: loc.room.id, permanent, userId, at })
    op.processedCount = (op.processedCount ?? 0) + 1
  }
  for (const id of folderIds) {
    const refusal = folderRefusal(state, userId, id, immediately)
    if (refusal) {
      err = refusal
      continue
    }
    const loc = findFolder(state, id)!
    const node = loc.node
    if ([...walkFiles(node)].some((e) => e.file.editing)) {
      err = DELETE_MESSAGES.editingFolder
      continue
    }
    if (isRoom(node)) {
      state.rooms.delete(node.id)
      state.unpinAll(node.id)
      state.shares.delete(node.id)
      state.links.delete(node.id)
    } else {
      const folder = node
      const parent: Container | undefined = loc.chain[loc.chain.length - 2]
      if (loc.trashed && loc.trashed.entry === folder) removeFrom(state.trash, loc.trashed)
      else if (parent) removeFrom(parent.folders, folder)
      const permanent = immediately || loc.trashed !== undefined
      if (permanent) for (const { file } of walkFiles(folder)) forgetBytes(state, file)
      else
        state.trash.push({
          kind: 'folder',
          entry: folder,
          fromFolderId: folder.parentId,
          roomId: loc.room.id,
          userId,
          at
        })
    }
    const permanent = immediately || loc.trashed !== undefined || isRoom(node)
    state.deletions.push({ kind: 'folder', id, title: node.title, roomId: loc.room.id, permanent, userId, at })
    op.processedCount = (op.processedCount ?? 0) + 1
  }
  return err
}

/** Test helper: puts a trashed entry back where it was (its folder must still exist). */
export function restoreFromTrash(state: EmulatorState, id: number): TrashedEntry | undefined {
  const t = state.trash.find((e) => e.entry.id === id)
  if (!t) return undefined
  const target = findFolder(state, t.fromFolderId)
  if (!target || target.trashed) throw new Error(`folder ${t.fromFolderId} of trashed entry ${id} is gone`)
  removeFrom(state.trash, t)
  if (t.kind === 'file') target.node.files.push(t.entry as EmulatedFile)
  else target.node.folders.push(t.entry as EmulatedFolder)
  return t
}
