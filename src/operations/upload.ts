// Upload: a workspace tree into a room as versions, skipping what did not change. DocSpace keeps no content hash
// (FILES-FACTS §1.4), so the action writes one into the version comment of what it uploads and compares the next run's
// files with it: a re-run over unchanged files sends no upload and adds no version.
import { setVersionComment, trashFiles, uploadFile, type RoomFile } from '../docspace/files.js'
import { fileUrl } from '../docspace/room-url.js'
import { storedFileTitle, storedFolderTitle } from '../docspace/titles.js'
import type { Room } from '../docspace/types.js'
import type { UploadConfig } from '../inputs/documents.js'
import { mapWithConcurrency } from '../lib/concurrency.js'
import { InputError } from '../lib/errors.js'
import { hashFile } from '../lib/workspace/hash.js'
import { selectFiles, type LocalFile } from '../lib/workspace/select.js'
import type { FileResult, OperationContext, Outcome } from './context.js'
import { targetRoom } from './find-room.js'
import { RoomTree } from './room-tree.js'

/** What the action writes as a version's comment: its name and the sha256 of the bytes it uploaded. */
const MARKER = 'docspace-rooms-action sha256:'

interface Planned {
  local: LocalFile
  /** Folder titles from the room to the file's folder, as DocSpace stores them. */
  folder: string[]
  title: string
  /** The path inside `folder` as the outputs give it. */
  path: string
}

export async function upload(ctx: OperationContext): Promise<Outcome> {
  const prepared = await prepareUpload(ctx)
  const room = await targetRoom(ctx)
  const { files, failures } = prepared ? await sendUpload(ctx, room, prepared) : { files: [], failures: [] }
  const written = files.some((f) => f.result === 'uploaded' || f.result === 'updated' || f.result === 'deleted')
  return { result: ctx.config.dryRun ? 'dry-run' : written ? 'uploaded' : 'unchanged', room, files, failures }
}

/** The local files of an upload, placed and hashed before any request, so that a bad path sends nothing. */
export interface PreparedUpload {
  base: string[]
  config: UploadConfig
  planned: Planned[]
  hashes: { sha256: string; size: number }[]
}

/** Reads what `path` matches, or undefined when the step uploads nothing (no path given, or nothing matched). */
export async function prepareUpload(ctx: OperationContext): Promise<PreparedUpload | undefined> {
  const docs = ctx.config.documents
  const config = docs?.upload
  if (!docs || !config) return undefined
  const workspace = process.env.GITHUB_WORKSPACE || process.cwd()
  const selection = await selectFiles(config.patterns, { workspace, includeHidden: config.includeHidden })
  if (selection.files.length === 0) {
    const message = `No file matched path; nothing was uploaded${config.deleteMissing ? ' and nothing deleted' : ''}`
    if (config.ifNoFilesFound === 'error') throw new InputError('path', 'matched no file (if-no-files-found: error)')
    if (config.ifNoFilesFound === 'warn') ctx.warn(message)
    else ctx.log(message)
    return undefined
  }
  const planned = plan(selection.files, docs.folder)
  const hashes = await mapWithConcurrency(planned, 4, (p) => hashFile(p.local.absolute))
  return { base: docs.folder, config, planned, hashes }
}

/** Compares the prepared files with the room and writes what changed. Used by upload, and by create for the room it
 * made, reused or restored. */
export async function sendUpload(
  ctx: OperationContext,
  room: Room,
  prepared: PreparedUpload
): Promise<{ files: FileResult[]; failures: string[] }> {
  const { base, config, planned, hashes } = prepared
  const tree = await RoomTree.read(ctx.client, room.id)
  const dryRun = ctx.config.dryRun
  const failures: string[] = []

  const withHashes = planned.map((p, i) => ({ ...p, sha256: hashes[i]!.sha256 }))
  const results = await mapWithConcurrency(withHashes, ctx.config.concurrency, async (p): Promise<FileResult> => {
    const marker = `${MARKER}${p.sha256}`
    const folderId = dryRun ? tree.find(p.folder) : await tree.ensure(ctx.client, p.folder)
    const existing = folderId === undefined ? undefined : tree.fileIn(folderId, p.title)
    const found = { path: p.path, title: existing?.title ?? p.title }
    if (existing && existing.comment === marker) {
      return {
        ...found,
        id: existing.id,
        version: existing.version,
        url: fileUrl(ctx.config.portalUrl, existing.id),
        result: 'unchanged'
      }
    }
    if (dryRun) return { ...found, id: existing?.id, result: existing ? 'would-update' : 'would-upload' }
    if (existing && !existing.comment?.startsWith(MARKER)) {
      ctx.warn(
        `${p.path} was changed in DocSpace since this action last uploaded it (its version ${existing.version} was not uploaded by the action); it is uploaded as a new version, and DocSpace keeps version ${existing.version} in the file's history`
      )
    }
    try {
      const uploaded = await uploadFile(ctx.client, folderId!, {
        path: p.local.absolute,
        size: p.local.size,
        title: p.title
      })
      await setVersionComment(ctx.client, uploaded.id, uploaded.version, marker)
      return {
        path: p.path,
        id: uploaded.id,
        title: uploaded.title,
        version: uploaded.version,
        url: fileUrl(ctx.config.portalUrl, uploaded.id),
        result: existing ? 'updated' : 'uploaded'
      }
    } catch (error) {
      failures.push(`${p.path} was not uploaded: ${error instanceof Error ? error.message : String(error)}`)
      return { ...found, id: existing?.id, version: existing?.version, result: 'unchanged' }
    }
  })

  // Files in the room are deleted only after every upload of the run went through (rclone's rule).
  if (failures.length > 0) {
    if (config.deleteMissing)
      ctx.warn(
        `delete-missing did nothing: ${failures.length} file${failures.length === 1 ? '' : 's'} failed to upload`
      )
    say(ctx, results)
    return { files: order(results), failures }
  }
  if (config.deleteMissing) results.push(...(await deleteMissing(ctx, tree, base, planned)))
  say(ctx, results)
  return { files: order(results), failures }
}

/** Each local file's place in the room; two that DocSpace would keep as one file are an input error naming both. */
function plan(files: LocalFile[], base: string[]): Planned[] {
  const seen = new Map<string, LocalFile>()
  return files.map((local) => {
    const segments = local.roomPath.split('/')
    const folder = [...base, ...segments.slice(0, -1).map(storedFolderTitle)]
    const title = storedFileTitle(segments.at(-1)!)
    const key = [...folder, title].join('/').toLowerCase()
    const other = seen.get(key)
    if (other) {
      throw new InputError(
        'path',
        `matched "${other.roomPath}" and "${local.roomPath}", which DocSpace would keep as one file "${title}" (it ignores case and rewrites some characters); rename or exclude one`
      )
    }
    seen.set(key, local)
    return { local, folder, title, path: [...segments.slice(0, -1), title].join('/') }
  })
}

/** Files under the base folder that this upload does not have go to DocSpace's trash, from where they can be
 * restored; never after a failed request (the caller stops before) and never when nothing matched. */
async function deleteMissing(
  ctx: OperationContext,
  tree: RoomTree,
  base: string[],
  planned: Planned[]
): Promise<FileResult[]> {
  const baseId = tree.find(base)
  if (baseId === undefined) return []
  const kept = new Set(planned.map((p) => p.path.toLowerCase()))
  const missing = tree.filesUnder(baseId).filter((f) => !kept.has(f.segments.join('/').toLowerCase()))
  const results = missing.map((f): FileResult => ({
    path: f.segments.join('/'),
    id: f.file.id,
    title: f.file.title,
    version: f.file.version,
    result: ctx.config.dryRun ? 'would-delete' : 'deleted'
  }))
  if (!ctx.config.dryRun && missing.length > 0)
    await trashFiles(
      ctx.client,
      missing.map((f) => f.file.id)
    )
  return results
}

/** Changed files first, then the rest, each group by path. */
function order(results: FileResult[]): FileResult[] {
  const rank = (r: FileResult) => (r.result === 'unchanged' ? 1 : 0)
  return [...results].sort((a, b) => rank(a) - rank(b) || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
}

/** "Uploaded 3 files, updated 2, 41 unchanged": the first count names its noun, the others share it. */
export function filesSentence(results: FileResult[]): string {
  const n = (kind: FileResult['result']) => results.filter((r) => r.result === kind).length
  const parts: [number, string][] = [
    [n('uploaded'), 'uploaded #'],
    [n('updated'), 'updated #'],
    [n('deleted'), 'moved # to the trash'],
    [n('would-upload'), 'would upload #'],
    [n('would-update'), 'would update #'],
    [n('would-delete'), 'would move # to the trash'],
    [n('downloaded'), 'downloaded #'],
    [n('unchanged'), '# unchanged']
  ]
  const said = parts.filter(([count]) => count > 0)
  if (said.length === 0) return 'No file was matched'
  const text = said
    .map(([count, words], i) => words.replace('#', i === 0 ? `${count} file${count === 1 ? '' : 's'}` : String(count)))
    .join(', ')
  return `${text[0]!.toUpperCase()}${text.slice(1)}`
}

function say(ctx: OperationContext, results: FileResult[]): void {
  ctx.log(`${filesSentence(results)}${ctx.config.dryRun ? '; nothing was changed (dry run)' : ''}`)
}

export type { RoomFile }
