import { mapWithConcurrency } from '../lib/concurrency.js'
import { ago, utcDate } from '../lib/dates.js'
import { waitForOperations, type PendingOperation } from '../docspace/operations.js'
import { startArchive } from '../docspace/rooms.js'
import { ROOT_FOLDER, type Room } from '../docspace/types.js'
import { pullRequestOf } from '../github/open-pull-requests.js'
import type { Operation, OperationContext, Spared, StaleCount } from './context.js'
import { filteredRooms } from './find-room.js'
import { roomRef } from './room-words.js'

const DAY_MS = 24 * 60 * 60 * 1000

/** Archives active rooms whose last update is older than stale-days, oldest first, at most max-rooms. */
export const archiveStale: Operation = async (ctx) => {
  const { config } = ctx
  const cutoff = ctx.now() - config.staleDays! * DAY_MS
  const { stale, examined } = await ctx.group('Finding stale rooms', async () => {
    // Oldest first, and every `updated` is a date: the answer's check saw to it.
    const rooms = await filteredRooms(ctx, config.filters, 'oldest-first')
    const old = rooms.filter((room) => Date.parse(room.updated) < cutoff)
    ctx.log(
      `${old.length} of ${rooms.length} active rooms were last updated before ${utcDate(cutoff)} (${config.staleDays} days ago)`
    )
    return { stale: old, examined: rooms.length }
  })
  const open = await spareOpenPullRequests(ctx, stale)
  const spared: Spared[] = open.spared ? [open.spared] : []
  // In any case, as DocSpace's tag catalogue finds a tag by name (CustomTagsService.cs:46-59) and update compares
  // them: `keep` spares a room tagged `Keep`.
  const excluded = new Set(config.excludeTags.map((t) => t.toLowerCase()))
  const kept = open.kept.filter((room) => !room.tags.some((t) => excluded.has(t.toLowerCase())))
  if (excluded.size > 0) {
    const count = open.kept.length - kept.length
    spared.push({ reason: 'exclude-tags', count })
    ctx.log(`Kept ${count} stale room${count === 1 ? '' : 's'} tagged ${config.excludeTags.join(', ')} (exclude-tags)`)
  }
  const chosen = kept.slice(0, config.maxRooms)
  const counted: StaleCount = { cutoff, examined, stale: stale.length, handled: chosen.length }
  if (kept.length > chosen.length) {
    // Counted as the summary's headline counts them: every stale room, the spared ones said apart.
    const sparedCount = stale.length - kept.length
    ctx.warn(
      `${stale.length} rooms are stale${sparedCount > 0 ? ` and ${sparedCount} of them are kept` : ''}; this run handles the oldest ${chosen.length} (max-rooms). The other ${kept.length - chosen.length} wait for the next run`
    )
  }
  if (config.dryRun) {
    if (chosen.length > 0) {
      await ctx.group(
        `Would archive ${chosen.length} room${chosen.length === 1 ? '' : 's'} (dry run: nothing is changed)`,
        () => {
          for (const room of chosen) ctx.log(`Would archive ${staleLine(ctx, room)}`)
          return Promise.resolve()
        }
      )
    }
    return { result: 'dry-run', rooms: chosen, stale: counted, spared }
  }

  return ctx.group(`Archiving ${chosen.length} room${chosen.length === 1 ? '' : 's'}`, async () => {
    const failures: string[] = []
    const started = await mapWithConcurrency(
      chosen,
      config.concurrency,
      async (room): Promise<PendingOperation | undefined> => {
        try {
          const operation = await startArchive(ctx.client, room.id)
          return {
            operation,
            roomId: room.id,
            expect: 'archived',
            what: `archive of room ${room.id} ("${room.title}")`,
            lastSeen: 'active'
          }
        } catch (error) {
          failures.push(`room ${room.id} ("${room.title}"): ${(error as Error).message}`)
          return undefined
        }
      }
    )
    const begun = chosen.flatMap((room, i) => (started[i] ? [{ room, pending: started[i] }] : []))
    const archived: Room[] = []
    if (config.wait) {
      const results = await waitForOperations(
        ctx.client,
        begun.map((b) => b.pending),
        { progress: ctx.log, ...ctx.wait }
      )
      results.forEach((result, i) => {
        const { room } = begun[i]!
        if (result.ok) archived.push({ ...room, rootFolderType: ROOT_FOLDER.archive })
        else failures.push(`room ${room.id} ("${room.title}"): ${result.error.message}`)
      })
    } else {
      archived.push(...begun.map((b) => b.room))
    }
    for (const room of archived) ctx.log(`${config.wait ? 'Archived' : 'Started archiving'} ${staleLine(ctx, room)}`)
    return { result: config.wait ? 'archived' : 'archive-started', rooms: archived, failures, stale: counted, spared }
  })
}

/** `room 12 "Title" (link), last updated 2026-10-01 09:30 UTC (57 days ago)`. */
function staleLine(ctx: OperationContext, room: Room): string {
  const updated = Date.parse(room.updated)
  return `${roomRef(ctx.config.portalUrl, room)}, last updated ${utcDate(updated)} (${ago(ctx.now() - updated)})`
}

/** The reason `spared` gives for rooms of open pull requests. */
export const SPARED_OPEN_PULL_REQUEST = 'pull request still open'

/**
 * Leaves out the rooms of pull requests that are still open (skip-open-pull-requests). GitHub's answer was
 * asked for when the run began; without it nothing is archived.
 */
async function spareOpenPullRequests(ctx: OperationContext, stale: Room[]): Promise<{ kept: Room[]; spared?: Spared }> {
  if (!ctx.openPullRequests) return { kept: stale }
  const open = await ctx.openPullRequests.catch((error: unknown) => {
    const message = error instanceof Error ? error.message : String(error)
    const hint = /HTTP 401/.test(message)
      ? '. github-token was not accepted'
      : /HTTP 40[34]/.test(message)
        ? '. Give the job `permissions: pull-requests: read`'
        : ''
    throw new Error(
      `Nothing was archived: skip-open-pull-requests could not read the open pull requests: ${message}${hint}`,
      { cause: error }
    )
  })
  const kept: Room[] = []
  let count = 0
  for (const room of stale) {
    const number = pullRequestOf(room, open.repository)
    if (number !== undefined && open.numbers.has(number)) {
      ctx.log(`Keeping ${roomRef(ctx.config.portalUrl, room)}: pull request #${number} is still open`)
      count++
    } else kept.push(room)
  }
  ctx.log(
    `${count} stale room${count === 1 ? '' : 's'} kept: ${open.numbers.size} pull request${open.numbers.size === 1 ? ' is' : 's are'} open in ${open.repository}`
  )
  return { kept, spared: { reason: SPARED_OPEN_PULL_REQUEST, count } }
}
