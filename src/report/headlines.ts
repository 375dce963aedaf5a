// The summary's one sentence of what happened, for every operation and outcome.
import type { Config } from '../inputs/config.js'
import type { MemberChange } from '../operations/context.js'
import { filesSentence } from '../operations/upload.js'

import { summaryLink, summaryText } from '../lib/safe-text.js'
import type { CompactRoom, SummaryFacts } from './facts.js'
import { count, days, filtered, lookedFor, pullRequestLink, pullRequestOf } from './summary-words.js'

// ---- the sentence of what happened ----

export function headline(facts: SummaryFacts): string {
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

export function roomHeadline(facts: SummaryFacts, room: CompactRoom): string {
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
  const files = outcome.files ? ` ${filesSentence(outcome.files)}.` : ''
  const dry = config.dryRun ? '; nothing was changed (dry run)' : ''
  if (config.operation === 'upload') return `${filesSentence(outcome.files ?? [])} in room ${link}${dry}.`
  if (config.operation === 'download') return `${filesSentence(outcome.files ?? [])} from room ${link}.`
  switch (outcome.result) {
    case 'created':
      return `Created room ${link}${forPullRequest}${invited > 0 ? `, with ${count(invited, 'member')} invited` : ''}.${files}`
    case 'found':
      return config.operation === 'create' || config.operation === 'pull-request'
        ? `Reused room ${link}${forPullRequest}: it already existed, so no room was created (if-exists: reuse).${followed}${finished(facts)}${sharing}${files}`
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
      return config.operation === 'create' || config.operation === 'pull-request'
        ? `Restored room ${link}${forPullRequest} from the archive: the room had been archived (as when the pull request closed), so it was brought back rather than a new one created.${followed}${finished(facts)}${sharing}${files}`
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
export function updatedHeadline(facts: SummaryFacts, link: string): string {
  if (!facts.outcome.updated) return `Updated room ${link}.`
  const parts = changedParts(facts)
  return parts.length === 0
    ? `Room ${link} already had the tags and pin asked for; nothing was changed.`
    : `Updated room ${link}: ${parts.join(', ')}.`
}

/** What a reused room lacked of the settings, logo and tags given, and got (create.ts, finishReusedRoom). */
function finished(facts: SummaryFacts): string {
  const parts = facts.outcome.updated ? changedParts(facts) : []
  return parts.length === 0 ? '' : ` It lacked some of what the step asks for, which it now has: ${parts.join(', ')}.`
}

/** "quota 2 GB", "new logo", "tags +docs −draft": what outcome.updated says was changed. */
function changedParts(facts: SummaryFacts): string[] {
  const { config, outcome } = facts
  const u = outcome.updated!
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
  return parts
}

export const UNITS: [number, string][] = [
  [1024 ** 4, 'TB'],
  [1024 ** 3, 'GB'],
  [1024 ** 2, 'MB'],
  [1024, 'KB']
]

/** Bytes as the quota input takes them ("2 GB"), -1 and -2 as their words. */
export function quotaText(bytes: number): string {
  if (bytes === -1) return 'unlimited'
  if (bytes === -2) return "the portal's default"
  const [size, unit] = UNITS.find(([size]) => bytes >= size) ?? [1, 'bytes']
  return `${Number((bytes / size).toFixed(2))} ${unit}`
}

export function lifetimeText(lifetime: NonNullable<Config['settings']['lifetime']>): string {
  if (lifetime === 'off') return 'file lifetime off'
  const period = (['day', 'month', 'year'] as const)[lifetime.period]
  const then = lifetime.deletePermanently ? 'then deleted permanently' : 'then moved to the trash'
  return `file lifetime ${count(lifetime.value, period)}, ${then}`
}

/** "invited 2 people, changed the access of 1, removed 1". */
export function changesCounted(changes: MemberChange[]): string {
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

export function capitalized(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}

export function staleHeadline(facts: SummaryFacts, n: number): string {
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
