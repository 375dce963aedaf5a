import { checkAnswer, SettledRoomAnswer, type SettledRoom } from '../docspace/answers.js'
import {
  addRoomTags,
  removeRoomTags,
  setPinned,
  getRoomSettings,
  setRoomLogo,
  settingsFields,
  updateRoom,
  uploadLogo
} from '../docspace/settings.js'
import { isArchived, ROOM_TYPES, type Room } from '../docspace/types.js'
import { DocSpaceError, InputError } from '../lib/errors.js'
import type { Operation, OperationContext, RoomUpdate } from './context.js'
import { targetRoom } from './find-room.js'
import { roomRef } from './room-words.js'
import { confirmSettings } from './settings.js'

/** Virtual-data rooms are the only ones DocSpace's own interface offers indexing for. */
const VIRTUAL_DATA = 8

/**
 * Changes what was given and nothing else: title and settings with one `PUT rooms/{id}`, the logo, tags through the
 * tag endpoints (so the pull request's tag and every tag not named in remove-tags stay), and the key user's pin.
 * Everything that can be checked is checked before the first write; a logo DocSpace refuses fails before the rest.
 */
export const update: Operation = async (ctx) => {
  const { config } = ctx
  const room = await targetRoom(ctx)
  if (isArchived(room)) {
    throw new Error(
      `Room ${room.id} ("${room.title}") is archived, and DocSpace refuses changes to archived rooms: unarchive it first (operation: unarchive). Nothing was changed`
    )
  }
  if (config.settings.indexing !== undefined && room.roomType !== VIRTUAL_DATA) {
    const type = ROOM_TYPES.find((t) => t.value === room.roomType)?.name ?? `type ${room.roomType}`
    throw new InputError(
      'indexing',
      `is only for virtual-data rooms; room ${room.id} ("${room.title}") is a ${type} room, which has no indexing. Nothing was changed`
    )
  }

  ctx.log(`Updating ${roomRef(config.portalUrl, room)}`)
  // Read with the room's other fields; checked here, before anything is written, since it decides the pin request.
  const pinnedNow = config.pinned === undefined ? undefined : shownPin(room)
  let latest: SettledRoom | Room = room
  const updated: RoomUpdate = { fields: [], logo: false, addedTags: [], removedTags: [] }
  // Uploaded first: DocSpace checks the image then, before anything of the room changes.
  const tmpFile = config.settings.logo && (await uploadLogo(ctx.client, config.settings.logo))

  const fields = settingsFields(config.settings)
  if (config.title !== undefined) fields.title = config.title
  if (Object.keys(fields).length > 0) {
    latest = await updateRoom(ctx.client, room.id, fields)
    updated.fields = Object.keys(fields).map((field) => FIELD_INPUTS[field] ?? field)
    ctx.log(`Updated ${Object.keys(fields).map(describeField).join(', ')} of room ${room.id}`)
  }
  if (tmpFile) {
    latest = await setRoomLogo(ctx.client, room.id, tmpFile, config.settings.logo!.crop)
    updated.logo = true
    ctx.log(`Set the logo of room ${room.id} from ${config.settings.logo!.path}`)
  }
  latest = await changeTags(ctx, room, latest, updated)
  // Only GET tells whether the key's user has the room pinned; pinning a pinned room again counts against the
  // user's 10 (FileStorageService.cs:4556-4572).
  if (config.pinned !== undefined && pinnedNow !== config.pinned) {
    latest = await setPinned(ctx.client, room.id, config.pinned)
    updated.pinned = config.pinned
    ctx.log(`${config.pinned ? 'Pinned' : 'Unpinned'} room ${room.id} for the key's user`)
  }
  // The answers to the writes read the room without its tags, so they show it unpinned (FileStorageService.cs:196,
  // 1196); the room is read once more to report it, and to confirm the settings, as DocSpace now has it.
  if (latest !== room) latest = await getRoomSettings(ctx.client, room.id)
  else ctx.log('Nothing to change: the room already has the tags and pin asked for')
  confirmSettings(latest, config.settings, config.pinned)
  confirmTags(latest, config.addTags, config.removeTags)
  const previousTitle = config.title !== undefined && latest.title !== room.title ? room.title : undefined
  return { result: 'updated', room: latest, previousTitle, updated }
}

/** Whether the key's user has the room pinned, as the GET that found it says. */
function shownPin(room: Room): boolean {
  const checked = checkAnswer(SettledRoomAnswer, room)
  if (checked.ok) return checked.value.pinned
  throw new DocSpaceError({
    request: `GET /api/2.0/files/rooms/${encodeURIComponent(String(room.id))}`,
    malformed: checked.problem,
    likelyCause: 'portal-url points at something other than a DocSpace portal this action supports (version 3.x)'
  })
}

/** Adds the tags the room lacks and removes those it has; no call when there is nothing to do. */
async function changeTags(
  ctx: OperationContext,
  room: Room,
  latest: SettledRoom | Room,
  updated: RoomUpdate
): Promise<SettledRoom | Room> {
  const own = new Set(room.tags)
  const add = ctx.config.addTags.filter((t) => !own.has(t))
  const remove = ctx.config.removeTags.filter((t) => own.has(t))
  updated.addedTags = add
  updated.removedTags = remove
  if (add.length) {
    latest = await addRoomTags(ctx.client, room.id, add)
    ctx.log(`Added tag${add.length === 1 ? '' : 's'} ${add.join(', ')} to room ${room.id}`)
  }
  if (remove.length) {
    latest = await removeRoomTags(ctx.client, room.id, remove)
    ctx.log(`Removed tag${remove.length === 1 ? '' : 's'} ${remove.join(', ')} from room ${room.id}`)
  }
  return latest
}

/**
 * Checks the room read back has the tags added and not those removed, so that tags a portal answered for without
 * changing are not reported done. An added tag may come back in the case of one already in the portal's catalogue
 * (its lookup by name ignores case, CustomTagsService.cs:46-59), so added tags compare in any case.
 */
function confirmTags(room: Room, added: string[], removed: string[]): void {
  const shown = new Set(room.tags)
  const shownAnyCase = new Set(room.tags.map((t) => t.toLowerCase()))
  const off = [
    ...added.filter((t) => !shownAnyCase.has(t.toLowerCase())).map((t) => `add-tags (DocSpace shows no ${t})`),
    ...removed.filter((t) => shown.has(t)).map((t) => `remove-tags (DocSpace still shows ${t})`)
  ]
  if (off.length) {
    throw new Error(
      `DocSpace answered for room ${room.id} without applying ${off.join(', ')}; check the room in DocSpace and run again`
    )
  }
}

const FIELD_NAMES: Record<string, string> = {
  title: 'the title',
  quota: 'the quota',
  indexing: 'indexing',
  denyDownload: 'deny-download',
  lifetime: 'the file lifetime',
  color: 'the colour'
}

/** The input each field of `PUT rooms/{id}` comes from. */
const FIELD_INPUTS: Record<string, string> = {
  denyDownload: 'deny-download',
  lifetime: 'file-lifetime'
}

function describeField(field: string): string {
  return FIELD_NAMES[field] ?? field
}
