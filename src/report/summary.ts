import * as core from '@actions/core'
import type { Config } from '../inputs/config.js'
import type { Member, MemberChange, Outcome, Spared } from '../operations/context.js'
import type { CompactRoom } from './report.js'
import { clip, largestFitting, summaryBudget } from './github-limits.js'
import { ago, idle, utcDate } from '../lib/dates.js'
import { redact } from '../lib/redact.js'
import { personName, summaryLines, summaryLink, summaryText } from '../lib/safe-text.js'

// The job summary: a heading, one sentence of what happened, a callout when something failed, a key/value
// table of the room (or of the filters), the rooms' table, and the step's warnings. It is GFM into which the
// action writes HTML blocks, separated by blank lines, and GitHub's alert blockquotes (`> [!CAUTION]`), whose
// one content line always starts with the action's own `<b>` so that no outside text starts a Markdown block
// there. Every piece of outside text goes through safe-text's summary functions.

/** What the summary of a finished operation is made from. */
export interface SummaryFacts {
  config: Config
  outcome: Outcome
  /** The single room, in the form of the outputs. */
  room?: CompactRoom
  /** The rooms listed, archived or that would be archived. */
  listed?: CompactRoom[]
  /** The step's warnings, as the log has them. */
  warnings: string[]
  /** "Now", for "3 days ago": passed in so that a summary renders the same in a test. */
  now: number
}

/** What the summary of a failed step is made from. */
export interface FailureFacts {
  /** The operation the workflow asked for, when it named a valid one. */
  operation?: string
  message: string
  /** The inputs were refused before any request was sent. */
  inputError: boolean
  warnings: string[]
}

/** Rows in the rooms' table; the summary file is capped at 1 MiB and a person reads the first ones. */
export const SUMMARY_ROWS = 100

/** A row of a key/value table: a label and its value as summary HTML; a row without a value is left out. */
export type Row = [label: string, html: string | undefined]

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
      renderFailure({ ...facts, message: clip(facts.message, length) })
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
        `${count(outcome.failures.length, 'room')} could not be ${config.operation === 'archive-stale' ? 'archived' : 'handled'}:`,
        [...failures.map(summaryLines), ...(more > 0 ? [`… and ${more} more (see the log).`] : [])]
      )
    )
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
  if (facts.warnings.length > 0) blocks.push(warningsCallout(facts.warnings))
  return redact(document(blocks))
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

// ---- the sentence of what happened ----

function headline(facts: SummaryFacts): string {
  const { config, outcome, room } = facts
  if (room) return roomHeadline(facts, room)
  if (outcome.result === 'not-found') {
    return `No room found ${lookedFor(config)}; nothing was changed (if-missing: skip).`
  }
  const n = facts.listed?.length ?? 0
  if (config.operation === 'list') {
    const area = config.filters.area === 'any' ? 'active or archived' : config.filters.area
    return `Found ${n === 0 ? 'no' : n} ${area} room${n === 1 ? '' : 's'}${filtered(config) ? ' matching the filters' : ''}.`
  }
  if (config.operation === 'archive-stale') return staleHeadline(facts, n)
  return `Result: <b>${summaryText(outcome.result)}</b>.`
}

function roomHeadline(facts: SummaryFacts, room: CompactRoom): string {
  const { config, outcome } = facts
  const link = summaryLink(room.url, room.title)
  const forPullRequest = pullRequestOf(facts, room) ? ` for pull request ${pullRequestLink(config)}` : ''
  const background = 'DocSpace finishes it in the background; the step did not wait for it (wait: false).'
  const changes = outcome.memberChanges ?? []
  const invited = changes.filter((c) => c.was === undefined && c.access !== undefined).length
  const sharing = changes.length > 0 ? ` ${capitalized(changesCounted(changes))}.` : ''
  // A reused pull request's room follows the pull request's title (create.ts, followPullRequestTitle).
  const followed =
    outcome.previousTitle === undefined
      ? ''
      : ` It was renamed from <em>${summaryText(outcome.previousTitle)}</em> to follow the pull request's title.`
  switch (outcome.result) {
    case 'created':
      return `Created room ${link}${forPullRequest}${invited > 0 ? `, with ${count(invited, 'member')} invited` : ''}.`
    case 'found':
      return config.operation === 'create'
        ? `Reused room ${link}${forPullRequest}: it already existed, so no room was created (if-exists: reuse).${followed}${sharing}`
        : `Found room ${link}; nothing was changed.`
    case 'updated':
      return updatedHeadline(facts, link)
    case 'shared':
      return `Shared room ${link}: ${changesCounted(changes)}.`
    case 'unchanged':
      return config.sharing.members.length > 0
        ? `The members of room ${link} already had the access asked for; nothing was changed.`
        : `Room ${link}: its external link is below.`
    case 'listed':
      return `Room ${link} has ${count(outcome.members?.length ?? 0, 'member')}, its owner included.`
    case 'renamed':
      return outcome.previousTitle === undefined
        ? `Renamed room ${summaryText(String(room.id))} to ${link}.`
        : `Renamed room <em>${summaryText(outcome.previousTitle)}</em> to ${link}.`
    case 'unarchived':
      return config.operation === 'create'
        ? `Restored room ${link}${forPullRequest} from the archive: the room had been archived (as when the pull request closed), so it was brought back rather than a new one created.${followed}${sharing}`
        : `Restored room ${link} from the archive.`
    case 'archived':
      return `Archived room ${link}.`
    case 'already-archived':
      return `Room ${link} was already archived; nothing was changed.`
    case 'already-active':
      return `Room ${link} was already active; nothing was changed.`
    case 'archive-started':
      return `Started archiving room ${link}. ${background}`
    case 'unarchive-started':
      return `Started restoring room ${link} from the archive. ${background}`
    case 'deleted':
      return `Deleted room <em>${summaryText(room.title)}</em> permanently.`
    case 'delete-started':
      return `Started deleting room <em>${summaryText(room.title)}</em> permanently. ${background}`
    default:
      return `Result: <b>${summaryText(outcome.result)}</b>, room ${link}.`
  }
}

/** "Updated room X: quota 2 GB, tags +docs −draft, pinned." */
function updatedHeadline(facts: SummaryFacts, link: string): string {
  const { config, outcome } = facts
  const u = outcome.updated
  if (!u) return `Updated room ${link}.`
  const { settings } = config
  const parts: string[] = []
  // The title first: the link beside it shows the new one.
  const fields = [...u.fields].sort((x, y) => Number(y === 'title') - Number(x === 'title'))
  for (const field of fields) {
    switch (field) {
      case 'title':
        parts.push(
          outcome.previousTitle === undefined ? 'title' : `title (was <em>${summaryText(outcome.previousTitle)}</em>)`
        )
        break
      case 'quota':
        parts.push(`quota ${quotaText(settings.quota!)}`)
        break
      case 'file-lifetime':
        parts.push(lifetimeText(settings.lifetime!))
        break
      case 'deny-download':
        parts.push(`downloads ${settings.denyDownload ? 'denied' : 'allowed'}`)
        break
      case 'indexing':
        parts.push(`indexing ${settings.indexing ? 'on' : 'off'}`)
        break
      case 'color':
        parts.push(`colour #${summaryText(settings.color!)}`)
        break
      default:
        parts.push(summaryText(field))
    }
  }
  if (u.logo) parts.push('new logo')
  const tags = [
    ...u.addedTags.map((t) => `<code>+${summaryText(t)}</code>`),
    ...u.removedTags.map((t) => `<code>−${summaryText(t)}</code>`)
  ]
  if (tags.length) parts.push(`tag${tags.length === 1 ? '' : 's'} ${tags.join(' ')}`)
  if (u.pinned !== undefined) parts.push(u.pinned ? 'pinned' : 'unpinned')
  return parts.length === 0
    ? `Room ${link} already had the tags and pin asked for; nothing was changed.`
    : `Updated room ${link}: ${parts.join(', ')}.`
}

const UNITS: [number, string][] = [
  [1024 ** 4, 'TB'],
  [1024 ** 3, 'GB'],
  [1024 ** 2, 'MB'],
  [1024, 'KB']
]

/** Bytes as the quota input takes them ("2 GB"), -1 and -2 as their words. */
function quotaText(bytes: number): string {
  if (bytes === -1) return 'unlimited'
  if (bytes === -2) return "the portal's default"
  const [size, unit] = UNITS.find(([size]) => bytes >= size) ?? [1, 'bytes']
  return `${Number((bytes / size).toFixed(2))} ${unit}`
}

function lifetimeText(lifetime: NonNullable<Config['settings']['lifetime']>): string {
  if (lifetime === 'off') return 'file lifetime off'
  const period = (['day', 'month', 'year'] as const)[lifetime.period]
  const then = lifetime.deletePermanently ? 'then deleted permanently' : 'then moved to the trash'
  return `file lifetime ${count(lifetime.value, period)}, ${then}`
}

/** "invited 2 people, changed the access of 1, removed 1". */
function changesCounted(changes: MemberChange[]): string {
  const invited = changes.filter((c) => c.was === undefined).length
  const removed = changes.filter((c) => c.access === undefined).length
  const changed = changes.length - invited - removed
  return [
    invited > 0 ? `invited ${invited === 1 ? '1 person' : `${invited} people`}` : '',
    changed > 0 ? `changed the access of ${changed}` : '',
    removed > 0 ? `removed ${removed}` : ''
  ]
    .filter(Boolean)
    .join(', ')
}

function capitalized(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}

/** What a step with if-missing: skip looked for, in the words of its inputs. */
function lookedFor(config: Config): string {
  const selector = config.target
  const tags = (list: string[]) => list.map((t) => `<code>${summaryText(t)}</code>`).join(', ')
  switch (selector?.by) {
    case 'id':
      return `with ID ${summaryText(String(selector.id))}`
    case 'title':
      return `titled <em>${summaryText(selector.title)}</em>${selector.tags.length ? ` with the tags ${tags(selector.tags)}` : ''}`
    case 'tags':
      return `with the tag${selector.tags.length === 1 ? '' : 's'} ${tags(selector.tags)}`
    case 'pull-request':
      return `for pull request ${pullRequestLink(config)} (tag ${tags([selector.pullRequest.tag])})`
    default:
      return ''
  }
}

function staleHeadline(facts: SummaryFacts, n: number): string {
  const { config, outcome } = facts
  const stale = outcome.stale
  const total = stale?.stale ?? n
  const of = total > n ? ` of ${total}` : ''
  const rooms = (k: number) => `${k} stale room${k === 1 ? '' : 's'}`
  if (total === 0) {
    const examined = stale?.examined ?? 0
    const where = filtered(config) ? ' matching the filters' : ''
    return examined === 0
      ? `No room is stale: there is no active room${where}. Nothing was changed.`
      : `No room is stale: ${examined === 1 ? 'the one active room' : `all ${examined} active rooms`}${where} ${examined === 1 ? 'was' : 'were'} updated in the last ${days(config.staleDays!)}. Nothing was changed.`
  }
  const failed = outcome.failures?.length ?? 0
  const failedText = failed > 0 ? ` ${count(failed, 'room')} could not be archived.` : ''
  switch (outcome.result) {
    case 'dry-run':
      return `Would archive ${of ? `${n}${of} stale rooms` : rooms(n)}; nothing was changed (dry run).`
    case 'archive-started':
      return `Started archiving ${of ? `${n}${of} stale rooms` : rooms(n)}; DocSpace finishes it in the background (wait: false).${failedText}`
    default:
      return `Archived ${of ? `${n}${of} stale rooms` : rooms(n)}.${failedText}`
  }
}

// ---- the key/value rows ----

function roomRows(facts: SummaryFacts, room: CompactRoom): Row[] {
  const { config, outcome, now } = facts
  const gone = outcome.result === 'deleted'
  return [
    ['Room', gone ? summaryText(room.title) : summaryLink(room.url, room.title)],
    ['Previous title', outcome.previousTitle === undefined ? undefined : summaryText(outcome.previousTitle)],
    ['ID', summaryText(String(room.id))],
    ['Type', room.type === undefined ? undefined : summaryText(String(room.type))],
    ['Tags', room.tags.length ? room.tags.map((t) => `<code>${summaryText(t)}</code>`).join(' ') : undefined],
    ['State', gone ? 'deleted' : (IN_PROGRESS[outcome.result] ?? (room.archived ? 'archived' : 'active'))],
    ['Pull request', pullRequestOf(facts, room) ? pullRequestLink(config, true) : undefined],
    ['Pull request comment', outcome.commentUrl ? summaryLink(outcome.commentUrl, 'on the pull request') : undefined],
    ['Members', outcome.members?.length ? membersText(outcome.members) : undefined],
    // A new room's changes are all invitations, which Members shows.
    [
      'Member changes',
      outcome.memberChanges?.length && outcome.result !== 'created' ? changesText(outcome.memberChanges) : undefined
    ],
    ['External link', outcome.externalLink ? summaryLink(outcome.externalLink, outcome.externalLink) : undefined],
    ['Created', dateWithAge(room.created, now)],
    ['Last updated', dateWithAge(room.updated, now)],
    ['Result', `<code>${summaryText(outcome.result)}</code>`]
  ]
}

/** A room whose change DocSpace had started, not finished, when the step ended (wait: false). */
const IN_PROGRESS: Record<string, string> = {
  'archive-started': 'being archived',
  'unarchive-started': 'being restored from the archive',
  'delete-started': 'being deleted'
}

/** Members shown in the summary; the members output has them all. */
export const MEMBERS_SHOWN = 20

/** "Ana Lopez (editor), Bo Chen (viewer)": names and access, never an e-mail address (a public repository's
 * summary is public). */
function membersText(members: Member[]): string {
  const shown = members
    .slice(0, MEMBERS_SHOWN)
    .map((m) => `${summaryText(personName(m.name))} (${summaryText(m.access.replace(/-/g, ' '))})`)
  const more = members.length - shown.length
  return `${shown.join(', ')}${more > 0 ? `, and ${more} more (see the members output)` : ''}`
}

/** "Ana Lopez invited as editor, Bo Chen viewer → editor, Cy removed (was editor)". */
function changesText(changes: MemberChange[]): string {
  const shown = changes.slice(0, MEMBERS_SHOWN).map((c) => {
    const name = summaryText(personName(c.name))
    const access = (a: string) => summaryText(a.replace(/-/g, ' '))
    if (c.access === undefined) return `${name} removed (was ${access(c.was ?? 'a member')})`
    if (c.was === undefined) return `${name} invited as ${access(c.access)}`
    return `${name}: ${access(c.was)} → ${access(c.access)}`
  })
  const more = changes.length - shown.length
  return `${shown.join(', ')}${more > 0 ? `, and ${more} more (see the log)` : ''}`
}

/** A step that found no room and skipped (if-missing: skip): what it looked for. */
function notFoundRows(facts: SummaryFacts): Row[] {
  const { config, outcome } = facts
  return [
    ['Looked for', `a room ${lookedFor(config)}, active or archived`],
    ['Pull request', config.target?.by === 'pull-request' ? pullRequestLink(config, true) : undefined],
    ['Result', `<code>${summaryText(outcome.result)}</code>`]
  ]
}

function listRows(facts: SummaryFacts): Row[] {
  const { config, outcome } = facts
  const { filters } = config
  const rows: Row[] = []
  if (config.operation === 'archive-stale' && config.staleDays !== undefined) {
    const cutoff = outcome.stale ? ` (last updated before ${utcDate(outcome.stale.cutoff)})` : ''
    rows.push(['Stale after', `${days(config.staleDays)} without an update${cutoff}`])
    if (outcome.stale) rows.push(['Stale rooms', staleCount(facts)])
    if (outcome.spared?.length) rows.push(['Spared', sparedText(outcome.spared)])
  } else {
    rows.push(['Area', filters.area === 'any' ? 'active and archived rooms' : `${filters.area} rooms`])
  }
  rows.push(
    ['Search', filters.search === undefined ? undefined : `title contains “${summaryText(filters.search)}”`],
    ['Tags', filters.tags.length ? filters.tags.map((t) => `<code>${summaryText(t)}</code>`).join(' ') : undefined],
    ['Room type', filters.roomType ? summaryText(filters.roomType.name) : undefined],
    ['Result', `<code>${summaryText(outcome.result)}</code>`]
  )
  return rows
}

/** "30 of 120 active rooms; this run handled the oldest 5 (max-rooms), the other 25 wait for the next run." */
function staleCount(facts: SummaryFacts): string {
  const { stale, examined, handled } = facts.outcome.stale!
  const line = `${stale} of ${count(examined, 'active room')}`
  const left = stale - sparedCount(facts.outcome.spared) - handled
  if (left <= 0) return line
  const verb = facts.config.dryRun ? 'would handle' : 'handled'
  return `${line}; this run ${verb} the oldest ${handled} (max-rooms: ${facts.config.maxRooms}), the other ${left} wait for the next run`
}

/** "2 (exclude-tags), kept active although stale" */
function sparedText(spared: Spared[]): string {
  return `${spared.map((s) => `${s.count} (${summaryText(s.reason)})`).join(', ')}, kept active although stale`
}

function sparedCount(spared: Spared[] | undefined): number {
  return (spared ?? []).reduce((n, s) => n + s.count, 0)
}

function pullRequestOf(facts: SummaryFacts, room: CompactRoom): boolean {
  const pr = facts.config.pullRequest
  return pr !== undefined && room.tags.includes(pr.tag)
}

function pullRequestLink(config: Config, withTitle = false): string {
  const pr = config.pullRequest!
  // A payload without the pull request's address still names it.
  const link = pr.url ? summaryLink(pr.url, `#${pr.number}`) : `#${pr.number}`
  return withTitle ? `${summaryText(pr.repository)} ${link}: ${summaryText(pr.title)}` : link
}

function filtered(config: Config): boolean {
  const { filters } = config
  return filters.search !== undefined || filters.tags.length > 0 || filters.roomType !== undefined
}

// ---- the rooms' table ----

function roomsTable(rooms: CompactRoom[], now: number): string {
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
  return `<table><tr>${header.map((h) => `<th>${h}</th>`).join('')}</tr>${rows
    .map((cells) => `<tr>${cells.map((c) => `<td>${c}</td>`).join('')}</tr>`)
    .join('')}</table>`
}

// ---- dates as people read them ----

/** "3 days ago (2026-11-24 03:35 UTC)". */
function dateWithAge(date: string | undefined, now: number): string | undefined {
  if (date === undefined) return undefined
  const at = Date.parse(date)
  if (Number.isNaN(at)) return summaryText(date)
  return `${summaryText(ago(now - at))} (${summaryText(utcDate(at))})`
}

function utcDay(date: string): string {
  const at = Date.parse(date)
  return Number.isNaN(at) ? date : new Date(at).toISOString().slice(0, 10)
}

function days(n: number): string {
  return `${n} day${n === 1 ? '' : 's'}`
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`
}
