import * as core from '@actions/core'
import type { Config } from './inputs.js'
import type { Outcome } from './operations/context.js'
import { isArchived, ROOM_TYPES, type Room } from './docspace/types.js'
import { clip, largestFitting, summaryBudget } from './github-limits.js'
import { setOutputs } from './outputs.js'
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
  const listed = outcome.rooms?.map((r) => compactRoom(config.portalUrl, r))
  await setOutputs(config, outcome, listed)

  // Outside a runner (or with summaries disabled) there is no file to write to.
  if (!process.env.GITHUB_STEP_SUMMARY) return
  await writeSummary(config, outcome, listed)
}

/** Rows in the summary table; the summary file is capped at 1 MiB and a person reads the first ones. */
const SUMMARY_ROWS = 100

/**
 * Writes the summary whole when it fits in what GitHub takes; otherwise with as many table rows and failures as
 * fit, and at worst only the heading and result.
 */
async function writeSummary(config: Config, outcome: Outcome, listed: CompactRoom[] | undefined): Promise<void> {
  const budget = await summaryBudget()
  const most = Math.max(SUMMARY_ROWS, outcome.failures?.length ?? 0)
  const text =
    largestFitting(most, budget, (shown) => renderSummary(config, outcome, listed, shown)) ??
    redact(stringified(headline(config.operation, outcome.result, listed).addRaw(`<p>${TOO_LARGE}</p>`, true)))
  await core.summary.emptyBuffer().addRaw(text).write()
}

/** The summary with at most `shown` table rows and failures. */
function renderSummary(config: Config, outcome: Outcome, listed: CompactRoom[] | undefined, shown: number): string {
  const rows = Math.min(SUMMARY_ROWS, shown)
  const summary = headline(config.operation, outcome.result, listed)
  if (outcome.room) {
    const { room } = outcome
    summary.addRaw(
      `<p>Room ${summaryText(String(room.id))}: ${summaryLink(roomUrl(config.portalUrl, room.id), room.title)}</p>`,
      true
    )
  }
  if (outcome.commentUrl) {
    summary.addRaw(`<p>Pull request comment: ${summaryLink(outcome.commentUrl, outcome.commentUrl)}</p>`, true)
  }
  for (const { reason, count } of outcome.spared ?? []) {
    summary.addRaw(`<p>Kept ${count} stale room${count === 1 ? '' : 's'}: ${summaryText(reason)}</p>`, true)
  }
  if (listed && listed.length > 0) {
    summary.addTable([
      ['Room', 'ID', 'Type', 'Tags', 'Last updated', 'State'].map((data) => ({ data, header: true })),
      ...listed
        .slice(0, rows)
        .map((r) => [
          summaryLink(r.url, r.title),
          summaryText(String(r.id)),
          summaryText(String(r.type ?? '')),
          summaryText(r.tags.join(', ')),
          summaryText(r.updated ?? ''),
          r.archived ? 'archived' : 'active'
        ])
    ])
    if (listed.length > rows)
      summary.addRaw(`<p>… and ${listed.length - rows} more (see the rooms-file output).</p>`, true)
  }
  if (outcome.failures?.length) {
    const failures = outcome.failures.slice(0, shown)
    summary.addRaw('<p>Failed:</p>', true).addList(failures.map(summaryLines))
    if (outcome.failures.length > failures.length)
      summary.addRaw(`<p>… and ${outcome.failures.length - failures.length} more (see the log).</p>`, true)
  }
  return redact(stringified(summary))
}

function headline(operation: string, result: string, listed: CompactRoom[] | undefined): typeof core.summary {
  return core.summary
    .emptyBuffer()
    .addHeading(`DocSpace rooms: ${summaryText(operation)}`, 3)
    .addRaw(
      `<p>Result: <b>${summaryText(result)}</b>${listed ? `, ${listed.length} room${listed.length === 1 ? '' : 's'}` : ''}</p>`,
      true
    )
}

/** A failed step's summary: what was tried and the error, so a scheduled run's failure reads at a glance. */
export async function reportFailure(operation: string | undefined, message: string): Promise<void> {
  if (!process.env.GITHUB_STEP_SUMMARY) return
  const heading = `DocSpace rooms: ${summaryText(operation ?? 'no operation')}`
  const budget = await summaryBudget()
  // Every character takes at least a byte, so no more than `budget` of them can fit.
  const text =
    largestFitting(Math.min(message.length, budget), budget, (length) =>
      stringified(
        core.summary
          .emptyBuffer()
          .addHeading(heading, 3)
          .addRaw(`<p>Result: <b>failed</b></p><p>${summaryLines(clip(message, length))}</p>`, true)
      )
    ) ?? stringified(core.summary.emptyBuffer().addHeading(heading, 3).addRaw(`<p>Result: <b>failed</b></p>`, true))
  await core.summary.emptyBuffer().addRaw(text).write()
}

const TOO_LARGE = "The rest of this summary would pass GitHub's 1 MiB limit on a step's summary; see the step's log."

function stringified(summary: typeof core.summary): string {
  const text = summary.stringify()
  summary.emptyBuffer()
  return text
}
