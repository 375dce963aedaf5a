import * as core from '@actions/core'

import { largestFitting, summaryBudget } from './github-limits.js'
import { idle, utcDate } from '../lib/dates.js'
import { clipSafely, redact } from '../lib/redact.js'
import { summaryLines, summaryLink, summaryText } from '../lib/safe-text.js'
import { type CompactRoom, type FailureFacts, type Row, SUMMARY_ROWS, type SummaryFacts } from './facts.js'
import { headline } from './headlines.js'
import type { FileResult } from '../operations/context.js'
import { listRows, notFoundRows, roomRows } from './summary-rows.js'
import { count, utcDay } from './summary-words.js'

// The job summary: a heading, one sentence of what happened, a callout when something failed, a key/value
// table of the room (or of the filters), the rooms' table, and the step's warnings. It is GFM into which the
// action writes HTML blocks, separated by blank lines, and GitHub's alert blockquotes (`> [!CAUTION]`), whose
// one content line always starts with the action's own `<b>` so that no outside text starts a Markdown block
// there. Every piece of outside text goes through safe-text's summary functions.

/**
 * Writes the summary whole when it fits in what GitHub takes; otherwise with as many table rows and failures as
 * fit, and at worst only the heading and result.
 */
export async function writeSummary(facts: SummaryFacts): Promise<void> {
  const budget = await summaryBudget()
  const most = Math.max(SUMMARY_ROWS, facts.outcome.failures?.length ?? 0)
  const text =
    largestFitting(most, budget, (shown) => renderSummary(facts, shown)) ??
    redact(
      document([
        heading(facts.config.operation),
        `<p>Result: <b>${summaryText(facts.outcome.result)}</b>. ${TOO_LARGE}</p>`
      ])
    )
  await core.summary.emptyBuffer().addRaw(text).write()
}

/** A failed step's summary: what was tried and the error, so a scheduled run's failure reads at a glance. */
export async function writeFailureSummary(facts: FailureFacts): Promise<void> {
  const budget = await summaryBudget()
  // Every character takes at least a byte, so no more than `budget` of them can fit.
  const text =
    largestFitting(Math.min(facts.message.length, budget), budget, (length) =>
      renderFailure({ ...facts, message: clipSafely(facts.message, length) })
    ) ?? redact(document([heading(facts.operation), `<p><b>The step failed.</b> ${TOO_LARGE}</p>`]))
  await core.summary.emptyBuffer().addRaw(text).write()
}

const TOO_LARGE = "The rest of this summary would pass GitHub's 1 MiB limit on a step's summary; see the step's log."

/** The summary with at most `shown` table rows and failures. */
export function renderSummary(facts: SummaryFacts, shown = SUMMARY_ROWS): string {
  const { config, outcome, listed } = facts
  const blocks = [heading(config.operation), `<p>${headline(facts)}</p>`]
  if (outcome.failures?.length) {
    const failures = outcome.failures.slice(0, shown)
    const more = outcome.failures.length - failures.length
    blocks.push(
      callout(
        'CAUTION',
        outcome.files
          ? `${count(outcome.failures.length, 'file')} could not be ${config.operation === 'download' ? 'downloaded' : 'uploaded'}:`
          : `${count(outcome.failures.length, 'room')} could not be ${config.operation === 'archive-stale' ? 'archived' : 'handled'}:`,
        [...failures.map(summaryLines), ...(more > 0 ? [`… and ${more} more (see the log).`] : [])]
      )
    )
  }
  if (facts.error) {
    const [what, cause] = splitCause(facts.error)
    const lines = [summaryLines(what)]
    if (cause) lines.push(`<b>Likely cause:</b> ${summaryLines(cause)}`)
    blocks.push(callout('CAUTION', 'The step failed:', lines))
  }
  blocks.push(
    keyValueTable(
      facts.room ? roomRows(facts, facts.room) : outcome.result === 'not-found' ? notFoundRows(facts) : listRows(facts)
    )
  )
  if (listed && listed.length > 0) {
    const rows = Math.min(SUMMARY_ROWS, shown)
    blocks.push(roomsTable(listed.slice(0, rows), facts.now))
    if (listed.length > rows) blocks.push(`<p>… and ${listed.length - rows} more (see the rooms-file output).</p>`)
  }
  if (outcome.files && outcome.files.length > 0) {
    const rows = Math.min(SUMMARY_ROWS, shown)
    blocks.push(filesTable(outcome.files.slice(0, rows)))
    if (outcome.files.length > rows) {
      blocks.push(`<p>… and ${outcome.files.length - rows} more (see the files-file output).</p>`)
    }
  }
  if (facts.warnings.length > 0) blocks.push(warningsCallout(facts.warnings))
  return redact(document(blocks))
}

/** The files of an upload or download, changed ones first (as the outcome orders them). A column that carries
 * nothing in this run is left out. */
export function filesTable(files: FileResult[]): string {
  const columns: [string, (f: FileResult) => string][] = [
    ['File', (f) => (f.url ? summaryLink(f.url, f.path) : summaryText(f.path))],
    ['Result', (f) => summaryText(f.result.replace(/-/g, ' '))],
    ['Version', (f) => (f.version === undefined ? '' : summaryText(String(f.version)))]
  ]
  const shown = columns.filter(([, cell], i) => i < 2 || files.some((f) => cell(f) !== ''))
  return `<table><tr>${shown.map(([h]) => `<th>${h}</th>`).join('')}</tr>${files
    .map((f) => `<tr>${shown.map(([, cell]) => `<td>${cell(f)}</td>`).join('')}</tr>`)
    .join('')}</table>`
}

/** The summary of a failed step, the likely cause on a line of its own. */
export function renderFailure(facts: FailureFacts): string {
  const said = facts.inputError
    ? 'The step stopped before sending anything to DocSpace: an input is missing or not valid.'
    : 'The step failed.'
  const [what, cause] = splitCause(facts.message)
  const lines = [summaryLines(what)]
  if (cause) lines.push(`<b>Likely cause:</b> ${summaryLines(cause)}`)
  const blocks = [heading(facts.operation), `<p>${said}</p>`, callout('CAUTION', 'Error:', lines)]
  if (facts.warnings.length > 0) blocks.push(warningsCallout(facts.warnings))
  return redact(document(blocks))
}

function document(blocks: string[]): string {
  return `${blocks.filter(Boolean).join('\n\n')}\n\n`
}

function heading(operation: string | undefined): string {
  return `<h3>DocSpace rooms${operation ? `: ${summaryText(operation)}` : ''}</h3>`
}

/** The error and its likely cause, which DocSpaceError writes as a sentence of its own. */
function splitCause(message: string): [string, string | undefined] {
  const at = message.indexOf('Likely cause: ')
  if (at < 0) return [message, undefined]
  return [message.slice(0, at).trimEnd(), message.slice(at + 'Likely cause: '.length)]
}

/** GitHub's alert: a blockquote whose first line names its kind. Its one line of content starts with `<b>`. */
function callout(kind: 'CAUTION' | 'WARNING', title: string, lines: string[]): string {
  return `> [!${kind}]\n> <b>${title}</b><br>${lines.join('<br>')}`
}

function warningsCallout(warnings: string[]): string {
  const title = warnings.length === 1 ? 'The step warned:' : `The step warned ${warnings.length} times:`
  return callout('WARNING', title, warnings.map(summaryLines))
}

/** A table of labelled values, one a row, without the rows that have no value. */
export function keyValueTable(rows: Row[]): string {
  const shown = rows.filter((row): row is [string, string] => row[1] !== undefined && row[1] !== '')
  if (shown.length === 0) return ''
  return `<table>${shown.map(([label, html]) => `<tr><th align="left">${label}</th><td>${html}</td></tr>`).join('')}</table>`
}

// ---- the rooms' table ----

export function roomsTable(rooms: CompactRoom[], now: number): string {
  const header = ['Room', 'ID', 'Type', 'Tags', 'State', 'Last updated', 'Idle']
  const rows = rooms.map((r) => [
    summaryLink(r.url, r.title),
    summaryText(String(r.id)),
    summaryText(String(r.type ?? '')),
    r.tags.map((t) => `<code>${summaryText(t)}</code>`).join(' '),
    r.archived ? 'archived' : 'active',
    r.updated === undefined
      ? ''
      : `<span title="${summaryText(utcDate(Date.parse(r.updated), true))}">${summaryText(utcDay(r.updated))}</span>`,
    r.updated === undefined ? '' : summaryText(idle(now - Date.parse(r.updated)))
  ])
  // A column that carries nothing in this run (no room has tags, say) is left out.
  const shown = header.map((_, i) => i === 0 || rows.some((cells) => cells[i] !== ''))
  const pick = <T>(cells: T[]) => cells.filter((_, i) => shown[i])
  return `<table><tr>${pick(header)
    .map((h) => `<th>${h}</th>`)
    .join('')}</tr>${rows
    .map(
      (cells) =>
        `<tr>${pick(cells)
          .map((c) => `<td>${c}</td>`)
          .join('')}</tr>`
    )
    .join('')}</table>`
}
