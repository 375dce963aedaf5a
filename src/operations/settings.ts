import type { SettledRoom } from '../docspace/answers.js'
import type { Room } from '../docspace/types.js'
import type { RoomSettings } from '../docspace/settings.js'

/**
 * Checks that the room DocSpace answered with carries the settings the action set, where the answer shows them
 * (`quotaLimit` only while the portal has room quotas on, the colour only while the room has no logo image), so that
 * a setting a portal took without applying it is not reported as done.
 */
export function confirmSettings(room: SettledRoom | Room, settings: RoomSettings, pinned?: boolean): void {
  const r = room as SettledRoom
  const off: string[] = []
  const differs = (input: string, shown: unknown, wanted: unknown): void => {
    if (shown !== undefined && shown !== wanted) off.push(`${input} (DocSpace shows ${JSON.stringify(shown)})`)
  }
  differs('indexing', r.indexing, settings.indexing ?? r.indexing)
  differs('deny-download', r.denyDownload, settings.denyDownload ?? r.denyDownload)
  differs('pinned', r.pinned, pinned ?? r.pinned)
  if (settings.quota !== undefined) {
    if (settings.quota === -2) differs('quota', r.isCustomQuota, false)
    else differs('quota', r.quotaLimit, settings.quota)
  }
  if (settings.lifetime === 'off') {
    if (r.lifetime && r.lifetime.enabled !== false) off.push('file-lifetime (DocSpace still shows a lifetime)')
  } else if (settings.lifetime) {
    const l = r.lifetime
    if (!l) off.push('file-lifetime (DocSpace shows none)')
    else {
      differs('file-lifetime', l.value, settings.lifetime.value)
      differs('file-lifetime', l.period, settings.lifetime.period)
      differs('file-lifetime-permanent', l.deletePermanently, settings.lifetime.deletePermanently)
    }
  }
  if (settings.logo) {
    if (r.logo && !r.logo.original) off.push('logo (DocSpace shows no logo image)')
  } else if (settings.color !== undefined && r.logo && !r.logo.original) {
    differs('color', r.logo.color ?? undefined, settings.color)
  }
  if (off.length) {
    throw new Error(
      `DocSpace answered for room ${room.id} without applying ${off.join(', ')}; check the room in DocSpace and run again`
    )
  }
}
