// The summary's key/value rows: the room, its members, the filters and counts of a listing.
import type { Member, MemberChange, Spared } from '../operations/context.js'

import { utcDate } from '../lib/dates.js'
import { personName, summaryLink, summaryText } from '../lib/safe-text.js'
import type { CompactRoom, Row, SummaryFacts } from './facts.js'
import { count, dateWithAge, days, lookedFor, pullRequestLink, pullRequestOf } from './summary-words.js'

// ---- the key/value rows ----

export function roomRows(facts: SummaryFacts, room: CompactRoom): Row[] {
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
export const IN_PROGRESS: Record<string, string> = {
  'archive-started': 'being archived',
  'unarchive-started': 'being restored from the archive',
  'delete-started': 'being deleted'
}

/** Members shown in the summary; the members output has them all. */
export const MEMBERS_SHOWN = 20

/** "Ana Lopez (editor), Bo Chen (viewer)": names and access, never an e-mail address (a public repository's
 * summary is public). */
export function membersText(members: Member[]): string {
  const shown = members
    .slice(0, MEMBERS_SHOWN)
    .map((m) => `${summaryText(personName(m.name))} (${summaryText(m.access.replace(/-/g, ' '))})`)
  const more = members.length - shown.length
  return `${shown.join(', ')}${more > 0 ? `, and ${more} more (see the members output)` : ''}`
}

/** "Ana Lopez invited as editor, Bo Chen viewer → editor, Cy removed (was editor)". */
export function changesText(changes: MemberChange[]): string {
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
export function notFoundRows(facts: SummaryFacts): Row[] {
  const { config, outcome } = facts
  return [
    ['Looked for', `a room ${lookedFor(config)}, active or archived`],
    ['Pull request', config.target?.by === 'pull-request' ? pullRequestLink(config, true) : undefined],
    ['Result', `<code>${summaryText(outcome.result)}</code>`]
  ]
}

export function listRows(facts: SummaryFacts): Row[] {
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
export function staleCount(facts: SummaryFacts): string {
  const { stale, examined, handled } = facts.outcome.stale!
  const line = `${stale} of ${count(examined, 'active room')}`
  const left = stale - sparedCount(facts.outcome.spared) - handled
  if (left <= 0) return line
  const verb = facts.config.dryRun ? 'would handle' : 'handled'
  return `${line}; this run ${verb} the oldest ${handled} (max-rooms: ${facts.config.maxRooms}), the other ${left} wait for the next run`
}

/** "2 (exclude-tags), kept active although stale" */
export function sparedText(spared: Spared[]): string {
  return `${spared.map((s) => `${s.count} (${summaryText(s.reason)})`).join(', ')}, kept active although stale`
}

export function sparedCount(spared: Spared[] | undefined): number {
  return (spared ?? []).reduce((n, s) => n + s.count, 0)
}
