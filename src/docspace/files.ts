// Folders and files inside a room, DocSpace's way. Sources: DocSpace-server v3.7.2 (tag v3.7.2-server):
//   FC  products/ASC.Files/Server/Api/FoldersController.cs      UC  products/ASC.Files/Server/Api/UploadController.cs
//   FLC products/ASC.Files/Server/Api/FilesController.cs        FU  products/ASC.Files/Core/Utils/FileUploader.cs
//   FiDao/FoDao products/ASC.Files/Core/Core/Dao/TeamlabDao/FileDao.cs, FolderDao.cs
//   FDto products/ASC.Files/Core/ApiModels/ResponseDto/FileDto.cs
//   OPC products/ASC.Files/Server/Api/OperationController.cs
import type { IncomingMessage } from 'node:http'
import * as v from 'valibot'
import { delay } from '../lib/deadline.js'
import { DocSpaceError } from '../lib/errors.js'
import type { DocSpaceClient } from './client.js'
import { ApiDate, EntryId, OperationAnswer, OperationListAnswer, segment } from './answers.js'
import type { AnswerBudget } from './transport.js'

const FILES = 'api/2.0/files'
/** `count` is validated to 1..100 (GetFolderRequestDto.cs:129-131). */
const PAGE_SIZE = 100
/** `files:uploader:chunk-size`, 10 MB: the largest chunk DocSpace takes (SetupInfo.cs:104; FU:296-299). */
export const CHUNK_BYTES = 10 * 1024 * 1024
/**
 * Bytes of a room's tree one run reads at most: the entries are kept while the run compares them with the workspace.
 * With the fields asked for, a file takes about 250 bytes, so 16 MiB hold some 60,000 files.
 */
export const MAX_TREE_BYTES = 16 * 1024 * 1024

/** A file as a listing gives it (FDto:41-272, mapping 461-500). Only these fields are kept (v.object drops others). */
const FileEntry = v.object({
  id: EntryId,
  title: v.string(),
  // The file's direct parent (FDto:481).
  folderId: EntryId,
  version: v.pipe(v.number(), v.integer(), v.minValue(1)),
  // null for a file of 0 bytes (NullIfDefault, FDto:490).
  pureContentLength: v.optional(v.nullable(v.pipe(v.number(), v.integer(), v.minValue(0)))),
  // The current version's comment (FDto:491); absent when it has none.
  comment: v.optional(v.nullable(v.string())),
  updated: ApiDate
})
export type RoomFile = v.InferOutput<typeof FileEntry>

const FolderEntry = v.object({
  id: EntryId,
  title: v.string(),
  parentId: EntryId
})
export type RoomFolder = v.InferOutput<typeof FolderEntry>

const FILE_FIELDS = Object.keys(FileEntry.entries)
const FOLDER_FIELDS = Object.keys(FolderEntry.entries)

const FilesPage = v.looseObject({ files: v.array(FileEntry), total: v.pipe(v.number(), v.integer(), v.minValue(0)) })
const FoldersPage = v.looseObject({
  folders: v.array(FolderEntry),
  total: v.pipe(v.number(), v.integer(), v.minValue(0))
})

export interface Tree {
  folders: RoomFolder[]
  files: RoomFile[]
}

/**
 * Every folder and file below a folder, at any depth, in two paged scans: `filterType=2` (folders) and `filterType=1`
 * (files), each with `withSubFolders=true`, which DocSpace applies when a filter is set (FiDao:2611-2617,
 * FoDao:2173-2179). Pages are de-duplicated by id, since the order has no tie-break and entries can move while the
 * pages are read; reading stops at a short page, an empty one, or one with nothing new, and within a byte budget.
 */
export async function listTree(client: DocSpaceClient, folderId: EntryId): Promise<Tree> {
  const budget: AnswerBudget = {
    limit: MAX_TREE_BYTES,
    used: 0,
    what: "the room's folders and files",
    likelyCause: 'the folder holds more files than one run compares; upload into a smaller folder (folder input)'
  }
  const folders = await scan(client, folderId, 2, FoldersPage, (p) => p.folders, FOLDER_FIELDS, budget)
  const files = await scan(client, folderId, 1, FilesPage, (p) => p.files, FILE_FIELDS, budget)
  return { folders, files }
}

/** The folders directly in a folder (`withSubFolders=false`, FC:280), as DocSpace has them now. */
export function listSubfolders(client: DocSpaceClient, folderId: EntryId): Promise<RoomFolder[]> {
  const budget: AnswerBudget = {
    limit: MAX_TREE_BYTES,
    used: 0,
    what: 'the sub-folders of a folder',
    likelyCause: 'the folder holds more sub-folders than one run reads'
  }
  return scan(client, folderId, 2, FoldersPage, (p) => p.folders, FOLDER_FIELDS, budget, false)
}

async function scan<P extends { total: number }, E extends { id: EntryId }>(
  client: DocSpaceClient,
  folderId: EntryId,
  filterType: 1 | 2,
  schema: v.GenericSchema<unknown, P>,
  entries: (page: P) => E[],
  fields: string[],
  budget: AnswerBudget,
  withSubFolders = true
): Promise<E[]> {
  const kind = filterType === 1 ? 'files' : 'folders'
  const seen = new Map<EntryId, E>()
  for (let startIndex = 0; ;) {
    const page = await client.call(
      {
        method: 'GET',
        path: `${FILES}/${segment(folderId)}`,
        query: {
          filterType,
          withSubFolders,
          count: PAGE_SIZE,
          startIndex,
          fields: [...fields.map((f) => `${kind}.${f}`), 'total'].join(',')
        },
        retry: 'always',
        budget
      },
      schema
    )
    const list = entries(page)
    let fresh = false
    for (const entry of list) {
      if (!seen.has(entry.id)) fresh = true
      if (!seen.has(entry.id)) seen.set(entry.id, entry)
    }
    startIndex += list.length
    if (!fresh || list.length < PAGE_SIZE || startIndex >= page.total) break
  }
  return [...seen.values()]
}

/** `POST files/folder/{parentId} {title}` (FC:213-219). DocSpace makes a second folder of the same title when asked
 * twice (no existence check in FileStorageService.CreateFolderAsync), so callers look before they make. */
export function createFolder(client: DocSpaceClient, parentId: EntryId, title: string): Promise<RoomFolder> {
  return client.call(
    { method: 'POST', path: `${FILES}/folder/${segment(parentId)}`, body: { title }, retry: 'if-not-applied' },
    v.looseObject({ ...FolderEntry.entries, parentId: v.optional(FolderEntry.entries.parentId) })
  ) as Promise<RoomFolder>
}

const UploadedFile = v.looseObject({
  id: EntryId,
  title: v.string(),
  version: v.pipe(v.number(), v.integer(), v.minValue(1))
})
export type UploadedFile = v.InferOutput<typeof UploadedFile>

export interface Upload {
  /** The file on disk. */
  path: string
  size: number
  /** The title sent; DocSpace may store it rewritten (names.ts). */
  title: string
}

/**
 * Uploads one file into a folder; a file of the same title there (ignoring case) gets a new version, since
 * `createNewIfExist` is left false (FU:88-125). Up to CHUNK_BYTES in one request (`POST {folderId}/upload`, multipart
 * field `file`, UC:459-468); larger ones through an upload session (UC:137-141) in numbered chunks (UC:276-282), each
 * at most CHUNK_BYTES and safe to send again, then `finalize` (UC:293-344): the file appears only then, so a run that
 * dies mid-file leaves nothing half-written in the room. The file is read from disk as it is sent.
 */
export async function uploadFile(client: DocSpaceClient, folderId: EntryId, file: Upload): Promise<UploadedFile> {
  const form = (start: number, length: number) => ({
    field: 'file',
    fileName: file.title,
    contentType: 'application/octet-stream',
    data: { path: file.path, start, length }
  })
  if (file.size <= CHUNK_BYTES) {
    const answer = await client.call(
      {
        method: 'POST',
        path: `${FILES}/${segment(folderId)}/upload`,
        form: form(0, file.size),
        // A second copy would add a second version; a refused one is sent again.
        retry: 'if-not-applied'
      },
      v.union([v.pipe(v.array(UploadedFile), v.minLength(1)), UploadedFile])
    )
    return Array.isArray(answer) ? answer[0]! : answer
  }
  const session = await client.call(
    {
      method: 'POST',
      path: `${FILES}/${segment(folderId)}/session`,
      body: { fileName: file.title, fileSize: file.size },
      retry: 'always'
    },
    v.looseObject({ id: v.pipe(v.string(), v.regex(/^[\w-]{1,100}$/, 'an upload session id')) })
  )
  const sessionPath = `${FILES}/${segment(folderId)}/session/${encodeURIComponent(session.id)}`
  try {
    const chunks = Math.ceil(file.size / CHUNK_BYTES)
    for (let n = 1; n <= chunks; n++) {
      const start = (n - 1) * CHUNK_BYTES
      await client.call(
        {
          method: 'POST',
          path: `${sessionPath}/upload`,
          query: { chunkNumber: n },
          form: form(start, Math.min(CHUNK_BYTES, file.size - start)),
          retry: 'always'
        },
        v.unknown()
      )
    }
    const done = await client.call(
      { method: 'PUT', path: `${sessionPath}/finalize`, retry: 'if-not-applied' },
      v.looseObject({ file: UploadedFile })
    )
    return done.file
  } catch (error) {
    // The session's chunks are dropped rather than left to expire in 12 h (ChunkedUploadSessionHolder.cs:46).
    await client.call({ method: 'DELETE', path: sessionPath, retry: 'always' }, v.unknown()).catch(() => undefined)
    throw error
  }
}

/** `PUT files/file/{fileId}/comment {version, comment}` (FLC:526-530): the version comment, where the action keeps
 * the content hash of what it uploaded, since no listing carries a hash of a file's bytes (FILES-FACTS §1.4). */
export async function setVersionComment(
  client: DocSpaceClient,
  fileId: EntryId,
  version: number,
  comment: string
): Promise<void> {
  await client.call(
    {
      method: 'PUT',
      path: `${FILES}/file/${segment(fileId)}/comment`,
      body: { version, comment },
      retry: 'always'
    },
    v.unknown()
  )
}

/**
 * A file's bytes through `filehandler.ashx?action=download` (FDto:736, FilesLinkUtility.cs:380-392), which takes the
 * key; a redirect to storage is followed without it.
 */
export function downloadFile<T>(
  client: DocSpaceClient,
  fileId: EntryId,
  consume: (body: IncomingMessage) => Promise<T>
): Promise<T> {
  return client.download(
    {
      method: 'GET',
      path: 'filehandler.ashx',
      query: { action: 'download', fileid: String(fileId) },
      retry: 'always'
    },
    consume
  )
}

/**
 * Moves files to the trash, from where they can be restored: `PUT files/fileops/delete` with `immediately: false`
 * (OPC:61-73, FileDeleteOperation), then waits for the operation (`GET files/fileops`) to end.
 */
export async function trashFiles(client: DocSpaceClient, fileIds: EntryId[]): Promise<void> {
  if (fileIds.length === 0) return
  const started = await client.call(
    {
      method: 'PUT',
      path: `${FILES}/fileops/delete`,
      body: { fileIds, folderIds: [], deleteAfter: false, immediately: false },
      retry: 'always'
    },
    v.array(OperationAnswer)
  )
  const ids = new Set(started.map((op) => op.id))
  for (let wait = 200; ids.size > 0; wait = Math.min(wait * 2, 2000)) {
    const listed = await client.call({ method: 'GET', path: `${FILES}/fileops`, retry: 'always' }, OperationListAnswer)
    for (const id of [...ids]) {
      const op = listed.find((o) => o.id === id)
      if (op?.error) {
        throw new DocSpaceError({
          request: `PUT /${FILES}/fileops/delete`,
          docspaceMessage: op.error,
          likelyCause: 'DocSpace could not move the files to the trash'
        })
      }
      // A finished operation is listed once and then dropped (FileOperationsManager.cs:61-100).
      if (!op || op.finished) ids.delete(id)
    }
    if (ids.size > 0) await delay(Math.min(wait, client.deadline.remainingMs()))
  }
}
