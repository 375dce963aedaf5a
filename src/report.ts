import * as core from '@actions/core'
import type { Config } from './inputs.js'
import type { Outcome } from './operations/context.js'
import { isArchived, ROOM_TYPES, type Room } from './docspace/types.js'
import { redact } from './redact.js'
import { roomUrl } from './room-url.js'
import { summaryLines, summaryLink, summaryText } from './safe-text.js'

/** A room as the `rooms` output lists it. */
export interface CompactRoom {
  id: Room['id']
  title: string
  type: string | number | undefined
  tags: string[]
  created: string | undefined
  updated: string | undefined
  archived: boolean
  url: string
}

export function compactRoom(portalUrl: string, room: Room): CompactRoom {
  return {
    id: room.id,
    title: room.title,
    type: ROOM_TYPES.find((t) => t.value === room.roomType)?.name ?? room.roomType,
    tags: room.tags ?? [],
    created: room.created,
    updated: room.updated,
    archived: isArchived(room),
    url: roomUrl(portalUrl, room.id)
  }
}

/** Sets the step's outputs and writes the job summary. */
export async function report(config: Config, outcome: Outcome): Promise<void> {
  const { room, rooms } = outcome
  const outputs: Record<string, string> = { result: outcome.result }
  if (room) {
    Object.assign(outputs, {
      room: JSON.stringify(room),
      'room-id': String(room.id),
      'room-title': room.title,
      'room-url': roomUrl(config.portalUrl, room.id)
    })
  }
  const listed = rooms?.map((r) => compactRoom(config.portalUrl, r))
  if (listed) Object.assign(outputs, { rooms: JSON.stringify(listed), count: String(listed.length) })
  for (const [name, value] of Object.entries(outputs)) core.setOutput(name, redact(value))

  // Outside a runner (or with summaries disabled) there is no file to write to.
  if (!process.env.GITHUB_STEP_SUMMARY) return
  await writeSummary(config, outcome, listed)
}

/** Rows in the summary table; the summary file is capped at 1 MiB and a person reads the first ones. */
const SUMMARY_ROWS = 100

async function writeSummary(config: Config, outcome: Outcome, listed: CompactRoom[] | undefined): Promise<void> {
  const summary = core.summary.addHeading(`DocSpace rooms: ${summaryText(config.operation)}`, 3)
  summary.addRaw(
    `<p>Result: <b>${summaryText(outcome.result)}</b>${listed ? `, ${listed.length} room${listed.length === 1 ? '' : 's'}` : ''}</p>`,
    true
  )
  if (outcome.room) {
    const { room } = outcome
    summary.addRaw(
      `<p>Room ${summaryText(String(room.id))}: ${summaryLink(roomUrl(config.portalUrl, room.id), room.title)}</p>`,
      true
    )
  }
  if (listed && listed.length > 0) {
    summary.addTable([
      ['Room', 'ID', 'Type', 'Tags', 'Last updated', 'State'].map((data) => ({ data, header: true })),
      ...listed
        .slice(0, SUMMARY_ROWS)
        .map((r) => [
          summaryLink(r.url, r.title),
          summaryText(String(r.id)),
          summaryText(String(r.type ?? '')),
          summaryText(r.tags.join(', ')),
          summaryText(r.updated ?? ''),
          r.archived ? 'archived' : 'active'
        ])
    ])
    if (listed.length > SUMMARY_ROWS)
      summary.addRaw(`<p>… and ${listed.length - SUMMARY_ROWS} more (see the rooms output).</p>`, true)
  }
  if (outcome.failures?.length) {
    summary.addRaw('<p>Failed:</p>', true).addList(outcome.failures.map(summaryLines))
  }
  const text = redact(summary.stringify())
  await summary.emptyBuffer().addRaw(text).write()
}

/** A failed step's summary: what was tried and the error, so a scheduled run's failure reads at a glance. */
export async function reportFailure(operation: string | undefined, message: string): Promise<void> {
  if (!process.env.GITHUB_STEP_SUMMARY) return
  await core.summary
    .addHeading(`DocSpace rooms: ${summaryText(operation ?? 'no operation')}`, 3)
    .addRaw(`<p>Result: <b>failed</b></p><p>${summaryLines(message)}</p>`, true)
    .write()
}
