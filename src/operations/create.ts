import { together } from '../lib/concurrency.js'
import { createRoom, createTextFile, getRoom, hasFile, renameRoom, type NewRoom } from '../docspace/rooms.js'
import { setRoomLogo, settingsFields, uploadLogo } from '../docspace/settings.js'
import { isArchived, savedTitle, type Room } from '../docspace/types.js'
import { DocSpaceError, RoomLookupError } from '../lib/errors.js'
import type { RoomSearch } from '../inputs/config.js'
import { prepareUpload, sendUpload, type PreparedUpload } from './upload.js'
import type { Operation, OperationContext, Outcome, RoomUpdate } from './context.js'
import { ambiguous, describeSelector, findMatches, keepOldest, ofOwnMaking, oldest } from './find-room.js'
import {
  applySharing,
  checkRoom,
  lookUpManagers,
  plan,
  planSharing,
  readMembersIfNamed,
  sharesRoom,
  type SharingOutcome,
  type SharingPlan
} from './membership.js'
import { changeRoomState } from './room-state.js'
import { matchedRooms, roomRef } from './room-words.js'
import { confirmSettings } from './settings.js'
import { finishReusedRoom } from './finish-reused.js'

/** File that carries a room's description, since DocSpace rooms have no description field. */
export const DESCRIPTION_FILE = 'README.txt'

export const create: Operation = async (ctx) => {
  const { config } = ctx
  // "off" on a new room is no lifetime at all: nothing to send, and nothing to find in the room made.
  const wanted = config.settings.lifetime === 'off' ? { ...config.settings, lifetime: undefined } : config.settings
  const newRoom: NewRoom = {
    title: config.title!,
    roomType: config.roomType.value,
    tags: config.tags,
    settings: settingsFields(wanted)
  }
  const identity = config.existing!
  const what = describeSelector(identity)
  // The workspace is read first: a path that matches two files DocSpace would keep as one sends nothing.
  const documents = await prepareUpload(ctx)

  // DocSpace allows duplicate titles, so "already there" is decided here. The same lookup tells, after a
  // create whose outcome is unknown, which matching rooms existed before.
  const existing = await ctx.group(`Looking for ${what}`, async () => {
    const found = await findMatches(ctx, identity, config.pullRequest ? 'any' : 'active')
    ctx.log(matchedRooms(found))
    return found
  })
  const active = existing.filter((r) => !isArchived(r))

  if (config.ifExists !== 'create' && active.length > 0) {
    if (active.length > 1 && !ofOwnMaking(ctx, identity)) throw ambiguous(what, active)
    const room = active.length > 1 ? keepOldest(ctx, what, active) : active[0]!
    if (config.ifExists === 'fail') {
      throw new RoomLookupError(`Room ${room.id} ("${room.title}") already exists for ${what}, and if-exists is "fail"`)
    }
    ctx.log(`Reusing ${roomRef(config.portalUrl, room)}: it already exists (if-exists: reuse)`)
    const [got, members] = await together(getRoom(ctx.client, room.id), readMembersIfNamed(ctx, room.id))
    // Checked and planned before the rename, so that members that cannot work leave the room as it was.
    const planned = sharesRoom(ctx) ? await planSharing(ctx, got, members) : undefined
    const followed = await followPullRequestTitle(ctx, got)
    const finished = await finishReusedRoom(ctx, followed.room)
    const found = { ...followed, ...finished }
    return finish(ctx, 'found', found, 'if-missing', planned && { ...planned, room: found.room }, documents)
  }
  // A reopened pull request gets back the room its closing archived.
  const archived = existing.filter(isArchived)
  if (config.pullRequest && config.ifExists === 'reuse' && archived.length > 0) {
    const id = (archived.length > 1 && ofOwnMaking(ctx, identity) ? keepOldest(ctx, what, archived) : archived[0]!).id
    const [room, members] = await together(getRoom(ctx.client, id), readMembersIfNamed(ctx, id))
    // Checked and planned before the room is restored or renamed, so that members that cannot work leave it
    // archived; DocSpace lists an archived room's members to whoever may read it.
    let planned: SharingPlan | undefined
    if (sharesRoom(ctx)) {
      checkRoom(ctx, room, true)
      planned = plan(ctx, room, members, await lookUpManagers(ctx, members ?? []))
    }
    ctx.log(`Restoring ${roomRef(config.portalUrl, room)} of this pull request from the archive`)
    const after = await changeRoomState(ctx, room, 'unarchive', true)
    const followed = await followPullRequestTitle(ctx, after.room ?? room)
    const restored = { ...followed, ...(await finishReusedRoom(ctx, followed.room)) }
    return finish(ctx, 'unarchived', restored, 'if-missing', planned && { ...planned, room: restored.room }, documents)
  }

  // The logo image is uploaded and room managers are looked up before the room is made, so that one DocSpace
  // refuses leaves no room behind.
  const logo = config.settings.logo
  const tmpFile = logo && (await uploadLogo(ctx.client, logo))
  const managers = sharesRoom(ctx) ? await lookUpManagers(ctx, []) : undefined
  ctx.log(
    `Creating ${config.roomType.name} room "${newRoom.title}"${newRoom.tags?.length ? ` with tags ${newRoom.tags.join(', ')}` : ''}`
  )
  let room = await createOnce(ctx, newRoom, new Set(existing.map((r) => r.id)))
  ctx.log(`Created ${roomRef(config.portalUrl, room)}`)
  // Two runs of one pull request at once (no `concurrency:` group) each made a room: the room made first stays, and
  // the run that made the other deletes its own (made a moment ago, empty) and goes on with the first one.
  if (identity.by === 'pull-request' && !ctx.yielded) {
    const rivals = await findMatches(ctx, identity, 'active')
    const first = oldest(rivals.some((r) => r.id === room.id) ? rivals : [...rivals, room])
    if (first.id !== room.id) {
      ctx.warn(
        `Another run of this pull request made room ${first.id} at the same time; this step deletes room ${room.id}, which it had just made, and uses room ${first.id}. A \`concurrency:\` group for the pull request keeps its runs to one at a time`
      )
      await changeRoomState(ctx, room, 'delete', true)
      return create({ ...ctx, yielded: true })
    }
  }
  // Set right after rather than in the create request: a logo DocSpace cannot save there fails a request whose room
  // was made all the same (FileStorageService.cs:1052-1055).
  if (tmpFile) {
    const made = room
    room = await setRoomLogo(ctx.client, room.id, tmpFile, logo.crop).catch((error: unknown) => {
      // The room stays: the re-run reuses it and sets what it lacks (finish-reused.ts).
      const note = `Room ${made.id} was made without its logo; re-run the step to set it (the re-run reuses the room)`
      if (!(error instanceof DocSpaceError)) throw error
      throw new DocSpaceError({ ...error.details, note: [error.details.note, note].filter(Boolean).join('. ') })
    })
    ctx.log(`Set the logo of room ${room.id} from ${logo.path}`)
  }
  confirmSettings(room, wanted)
  let planned: SharingPlan | undefined
  if (managers) {
    checkRoom(ctx, room)
    // A new room's only member is its owner, so its list need not be read before inviting.
    planned = plan(ctx, room, undefined, managers)
  }
  return finish(ctx, 'created', { room }, 'always', planned, documents)
}

/**
 * Once the room exists, README.txt and its members and link are independent: their requests go out together. A step
 * that shares nothing already knows all the outcome shows of the room, so the pull request comment goes out with them.
 */
async function finish(
  ctx: OperationContext,
  result: string,
  { room, previousTitle, updated }: { room: Room; previousTitle?: string; updated?: RoomUpdate },
  description: 'always' | 'if-missing',
  planned: SharingPlan | undefined,
  documents: PreparedUpload | undefined
): Promise<Outcome> {
  if (!sharesRoom(ctx) && !documents) ctx.roomSettled?.({ result, room, previousTitle, updated })
  const [, shared, uploaded] = await together(
    writeDescription(ctx, room, description),
    planned ? applySharing(ctx, planned) : Promise.resolve<SharingOutcome | undefined>(undefined),
    documents ? sendUpload(ctx, room, documents) : Promise.resolve(undefined)
  )
  return {
    files: uploaded?.files,
    failures: uploaded?.failures.length ? uploaded.failures : undefined,
    result,
    room,
    previousTitle,
    updated,
    members: shared?.members,
    externalLink: shared?.externalLink,
    memberChanges: shared?.changes
  }
}

/**
 * On a pull-request event without a title input, a reused room follows the pull request's title, which an
 * `edited` event may have changed. The titles are compared as DocSpace saves them (reserved characters as `_`,
 * the length cut), so a room whose title is unchanged is never renamed.
 */
async function followPullRequestTitle(
  ctx: OperationContext,
  room: Room
): Promise<{ room: Room; previousTitle?: string }> {
  const wanted = ctx.config.title!
  if (ctx.config.existing?.by !== 'pull-request' || room.title === savedTitle(wanted)) return { room }
  const renamed = await renameRoom(ctx.client, room.id, wanted)
  ctx.log(`Renamed room ${room.id} from "${room.title}" to "${renamed.title}", the pull request's title`)
  return { room: renamed, previousTitle: room.title }
}

/**
 * Writes `description` to README.txt in the room. A run that made the room but could not write the file (a key
 * without files:write, a lost answer) leaves a room that the next run reuses, so a reused room gets the file
 * when it is missing; one that is there is left as it is, so re-runs add no versions and do not mark the room
 * as updated.
 */
async function writeDescription(ctx: OperationContext, room: Room, when: 'always' | 'if-missing'): Promise<void> {
  const { description } = ctx.config
  if (!description) return
  if (when === 'if-missing' && (await hasFile(ctx.client, room.id, DESCRIPTION_FILE))) {
    ctx.log(`${DESCRIPTION_FILE} is already in the room; left as it is`)
    return
  }
  try {
    await createTextFile(ctx.client, room.id, DESCRIPTION_FILE, description)
  } catch (error) {
    // The pull request's own text is a default, not something the workflow asked for: a key without files:write
    // (the least a pull request's room needs is rooms:write and files:read) leaves it out rather than failing.
    if (ctx.config.descriptionGiven || !(error instanceof DocSpaceError) || error.status !== 403) throw error
    ;(ctx.notice ?? ctx.log)(
      `${DESCRIPTION_FILE} with the pull request's link was not written: DocSpace refused it (HTTP 403), most likely because the API key lacks the files:write scope. The room is ready; give the key files:write to have the file`
    )
    return
  }
  const what = ctx.config.descriptionGiven ? 'the description' : "the pull request's title and link"
  ctx.log(`Wrote ${what} to ${DESCRIPTION_FILE} in the room${when === 'if-missing' ? ' (it was missing)' : ''}`)
}

/**
 * Creates the room exactly once. When a create fails in a way that leaves its outcome unknown (a reset
 * connection, a timeout, a 502 or 504), DocSpace may have made the room anyway, or may still be making it:
 * watch for a matching room that was not there before, for about as long as one request may take, and
 * adopt it; only when none appears is the create sent again.
 */
async function createOnce(ctx: OperationContext, newRoom: NewRoom, before: Set<Room['id']>): Promise<Room> {
  const selector = { by: 'title', title: newRoom.title, tags: newRoom.tags ?? [] } as const
  for (let attempt = 1; ; attempt++) {
    try {
      return await createRoom(ctx.client, newRoom)
    } catch (error) {
      if (!(error instanceof DocSpaceError) || !error.details.outcomeUnknown || attempt > ctx.config.maxRetries)
        throw error
      ctx.warn(
        `The create request's outcome is unknown (${error.details.status ? `HTTP ${error.details.status}` : error.details.docspaceMessage}); checking whether DocSpace made the room before trying again`
      )
      const made = await watchForNewRoom(ctx, selector, before)
      if (made) {
        ctx.log(`DocSpace did create it: room ${made.id}`)
        return getRoom(ctx.client, made.id)
      }
    }
  }
}

const WATCH_INTERVAL_MS = 500
const WATCH_MIN_MS = 2000
const WATCH_MAX_MS = 5000

async function watchForNewRoom(
  ctx: OperationContext,
  selector: RoomSearch,
  before: Set<Room['id']>
): Promise<Room | undefined> {
  const until = Date.now() + Math.min(Math.max(ctx.config.requestTimeoutMs, WATCH_MIN_MS), WATCH_MAX_MS)
  for (;;) {
    const made = (await findMatches(ctx, selector, 'active')).filter((r) => !before.has(r.id))
    if (made.length > 0) return made[0]
    if (Date.now() + WATCH_INTERVAL_MS > until) return undefined
    await ctx.client.deadline.sleep(WATCH_INTERVAL_MS, 'checking whether DocSpace created the room')
  }
}
