import { mapWithConcurrency } from '../concurrency.js'
import { waitForOperations, type PendingOperation } from '../docspace/operations.js'
import { startArchive } from '../docspace/rooms.js'
import { ROOT_FOLDER, type Room } from '../docspace/types.js'
import { pullRequestOf } from '../github/open-pull-requests.js'
import type { Operation, OperationContext, Outcome } from './context.js'
import { filteredRooms } from './find-room.js'

const DAY_MS = 24 * 60 * 60 * 1000

/** Archives active rooms whose last update is older than stale-days, oldest first, at most max-rooms. */
export const archiveStale: Operation = async (ctx) => {
  const { config } = ctx
  const cutoff = ctx.now() - config.staleDays! * DAY_MS
  const stale = await ctx.group('Finding stale rooms', async () => {
    // Oldest first, and every `updated` is a date: the answer's check saw to it.
    const rooms = await filteredRooms(ctx, config.filters, 'oldest-first')
    const old = rooms.filter((room) => Date.parse(room.updated) < cutoff)
    ctx.log(`${old.length} of ${rooms.length} active rooms were last updated before ${new Date(cutoff).toISOString()}`)
    return old
  })
  const { kept: candidates, spared } = await spareOpenPullRequests(ctx, stale)
  const chosen = candidates.slice(0, config.maxRooms)
  if (candidates.length > chosen.length) {
    ctx.warn(
      `${candidates.length} rooms are stale; this run handles the oldest ${chosen.length} (max-rooms). The rest wait for the next run`
    )
  }
  if (config.dryRun) {
    for (const room of chosen) ctx.log(`Would archive room ${room.id} ("${room.title}"), last updated ${room.updated}`)
    return { result: 'dry-run', rooms: chosen, spared }
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
        ctx.wait
      )
      results.forEach((result, i) => {
        const { room } = begun[i]!
        if (result.ok) archived.push({ ...room, rootFolderType: ROOT_FOLDER.archive })
        else failures.push(`room ${room.id} ("${room.title}"): ${result.error.message}`)
      })
    } else {
      archived.push(...begun.map((b) => b.room))
    }
    for (const room of archived) ctx.log(`Archived room ${room.id} ("${room.title}"), last updated ${room.updated}`)
    return { result: config.wait ? 'archived' : 'archive-started', rooms: archived, failures, spared }
  })
}

/** The reason `spared` gives for rooms of open pull requests. */
export const SPARED_OPEN_PULL_REQUEST = 'pull request still open'

/**
 * Leaves out the rooms of pull requests that are still open (skip-open-pull-requests). GitHub's answer was
 * asked for when the run began; without it nothing is archived.
 */
async function spareOpenPullRequests(
  ctx: OperationContext,
  stale: Room[]
): Promise<{ kept: Room[]; spared: Outcome['spared'] }> {
  if (!ctx.openPullRequests) return { kept: stale, spared: undefined }
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
      ctx.log(`Keeping room ${room.id} ("${room.title}"): pull request #${number} is still open`)
      count++
    } else kept.push(room)
  }
  ctx.log(
    `${count} stale room${count === 1 ? '' : 's'} kept: ${open.numbers.size} pull request${open.numbers.size === 1 ? ' is' : 's are'} open in ${open.repository}`
  )
  return { kept, spared: [{ reason: SPARED_OPEN_PULL_REQUEST, count }] }
}
