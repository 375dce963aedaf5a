// Download: a room's files into the workspace. A title from the portal becomes a path only through
// lib/workspace/room-paths.ts; the titles it refuses are named and fail the step after the rest is written.
import { Minimatch } from 'minimatch'
import { downloadFile } from '../docspace/files.js'
import { fileUrl } from '../docspace/room-url.js'
import { mapWithConcurrency } from '../lib/concurrency.js'
import { planDownload, type RoomPath } from '../lib/workspace/room-paths.js'
import { writeWhole } from '../lib/workspace/write.js'
import type { FileResult, Operation } from './context.js'
import { targetRoom } from './find-room.js'
import { roomRef } from './room-words.js'
import { RoomTree } from './room-tree.js'
import { filesSentence } from './upload.js'

export const download: Operation = async (ctx) => {
  const room = await targetRoom(ctx)
  const docs = ctx.config.documents!
  const { target, patterns } = docs.download!
  const tree = await RoomTree.read(ctx.client, room.id)
  const baseId = tree.find(docs.folder)
  if (baseId === undefined) {
    throw new Error(`The ${roomRef(ctx.config.portalUrl, room)} has no folder "${docs.folder.join('/')}" (folder)`)
  }
  const matchers = patterns.map((p) => new Minimatch(p, { dot: true, nocomment: true }))
  const everything = patterns.length === 1 && patterns[0] === '**'
  const matches = (segments: RoomPath) => everything || matchers.some((m) => m.match(segments.join('/')))
  // Every title is checked, not only those the pattern takes: a glob never matches `..`, and a title the action
  // cannot write must be named rather than pass unseen.
  const all = tree.filesUnder(baseId)
  const byPath = new Map<RoomPath, (typeof all)[number]>(all.map((f) => [f.segments, f]))
  const planned = planDownload(
    all.map((f) => f.segments),
    target
  )
  const plan = {
    accepted: planned.accepted.filter((entry) => matches(entry.segments)),
    refused: planned.refused.filter((r) => everything || matches(r.roomPath.split('/')))
  }

  const files = await mapWithConcurrency(plan.accepted, ctx.config.concurrency, async (entry): Promise<FileResult> => {
    const { file } = byPath.get(entry.segments)!
    const declared = file.pureContentLength ?? 0
    const path = entry.segments.join('/')
    await downloadFile(ctx.client, file.id, (body) => writeWhole(entry.target, body, declared, target, path))
    return {
      path,
      id: file.id,
      title: file.title,
      version: file.version,
      url: fileUrl(ctx.config.portalUrl, file.id),
      result: 'downloaded'
    }
  })
  ctx.log(`${filesSentence(files)} into ${target}`)
  // The other files are written; the step then fails naming each title it would not write.
  const failures = plan.refused.map((r) => `"${r.roomPath}" was not downloaded: ${r.reason}; rename it in DocSpace`)
  return { result: 'downloaded', room, files, failures }
}
