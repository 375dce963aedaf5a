import type { SettledRoom } from '../docspace/answers.js'
import {
  addRoomTags,
  getRoomSettings,
  setRoomLogo,
  settingsFields,
  updateRoom,
  uploadLogo,
  type RoomSettings
} from '../docspace/settings.js'
import type { Room } from '../docspace/types.js'
import type { OperationContext, RoomUpdate } from './context.js'
import { confirmSettings } from './settings.js'

/** Virtual-data rooms are the only ones with indexing (update.ts). */
const VIRTUAL_DATA = 8

/**
 * Gives a room that create reuses what the step asks for and the room does not show: its settings, logo and tags. A
 * create that made the room and then failed (the logo refused, the run stopped) recommends a re-run, and that re-run
 * reuses the room: without this it ended green with `found`, and the room never got its logo or settings. As for
 * README.txt, what the room already shows is left alone, so a re-run changes nothing that is already as asked, and a
 * lifetime (whose count any write restarts, FileStorageService.cs:1263) is sent only when it differs.
 *
 * What DocSpace does not show cannot be compared, and is left as it is: `quotaLimit` while the portal has room quotas
 * off, the colour under a logo image, and a logo image itself (any image counts as the one asked for).
 */
export async function finishReusedRoom(
  ctx: OperationContext,
  room: Room
): Promise<{ room: Room | SettledRoom; updated?: RoomUpdate }> {
  const { settings, tags } = ctx.config
  const own = new Set(room.tags.map((t) => t.toLowerCase()))
  // DocSpace takes an existing tag's case from its catalogue (CustomTagsService.cs:46-59), so tags compare in any case.
  const addedTags = tags.filter((t) => !own.has(t.toLowerCase()))
  if (Object.keys(settings).length === 0 && addedTags.length === 0) return { room }

  const shown = Object.keys(settings).length > 0 ? await getRoomSettings(ctx.client, room.id) : undefined
  const missing = shown ? differing(ctx, settings, shown) : {}
  const fields = settingsFields(missing)
  if (Object.keys(fields).length === 0 && !missing.logo && addedTags.length === 0) {
    ctx.log('The room already existed and already has the settings and tags given; left as it is')
    return { room: shown ?? room }
  }

  // Uploaded first: DocSpace checks the image then, before anything of the room changes.
  const tmpFile = missing.logo && (await uploadLogo(ctx.client, missing.logo))
  const updated: RoomUpdate = { fields: [], logo: false, addedTags: [], removedTags: [] }
  if (Object.keys(fields).length > 0) {
    await updateRoom(ctx.client, room.id, fields)
    updated.fields = Object.keys(fields).map((field) => FIELD_INPUTS[field] ?? field)
  }
  if (tmpFile) {
    await setRoomLogo(ctx.client, room.id, tmpFile, missing.logo!.crop)
    updated.logo = true
  }
  if (addedTags.length > 0) {
    await addRoomTags(ctx.client, room.id, addedTags)
    updated.addedTags = addedTags
  }
  const done = [...updated.fields, ...(updated.logo ? ['logo'] : []), ...addedTags.map((t) => `tag ${t}`)]
  ctx.log(`The room already existed without some of what the step asks for; set ${done.join(', ')} of room ${room.id}`)
  // Read once more, to confirm and to report the room as DocSpace now has it.
  const latest = await getRoomSettings(ctx.client, room.id)
  confirmSettings(latest, missing)
  const now = new Set(latest.tags.map((t) => t.toLowerCase()))
  const absent = addedTags.filter((t) => !now.has(t.toLowerCase()))
  if (absent.length > 0) {
    throw new Error(
      `DocSpace answered for room ${room.id} without applying tags (DocSpace shows no ${absent.join(', ')}); check the room in DocSpace and run again`
    )
  }
  return { room: latest, updated }
}

/** The settings given that the room, as DocSpace shows it, does not have. */
function differing(ctx: OperationContext, given: RoomSettings, shown: SettledRoom): RoomSettings {
  const missing: RoomSettings = {}
  if (given.quota !== undefined) {
    if (
      given.quota === -2
        ? shown.isCustomQuota === true
        : shown.quotaLimit !== undefined && shown.quotaLimit !== given.quota
    ) {
      missing.quota = given.quota
    }
  }
  if (given.indexing !== undefined && shown.indexing !== given.indexing) {
    if (shown.roomType === VIRTUAL_DATA) missing.indexing = given.indexing
    else ctx.log('indexing was left out: the room reused is not a virtual-data room, which alone has indexing')
  }
  if (given.denyDownload !== undefined && shown.denyDownload !== given.denyDownload) {
    missing.denyDownload = given.denyDownload
  }
  const lifetime = shown.lifetime && shown.lifetime.enabled !== false ? shown.lifetime : undefined
  if (given.lifetime === 'off') {
    if (lifetime) missing.lifetime = 'off'
  } else if (given.lifetime) {
    const same =
      lifetime &&
      lifetime.value === given.lifetime.value &&
      lifetime.period === given.lifetime.period &&
      lifetime.deletePermanently === given.lifetime.deletePermanently
    if (!same) missing.lifetime = given.lifetime
  }
  const noImage = shown.logo !== undefined && !shown.logo.original
  if (given.logo && noImage) missing.logo = given.logo
  if (given.color !== undefined && noImage && !missing.logo && (shown.logo?.color ?? undefined) !== given.color) {
    missing.color = given.color
  }
  return missing
}

/** The input each field of `PUT rooms/{id}` comes from. */
const FIELD_INPUTS: Record<string, string> = {
  denyDownload: 'deny-download',
  lifetime: 'file-lifetime'
}
