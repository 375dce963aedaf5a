// Words the summary's headline and rows share: what was looked for, the pull request, dates with their age, counts.
import type { Config } from '../inputs/config.js'

import { ago, utcDate } from '../lib/dates.js'
import { summaryLink, summaryText } from '../lib/safe-text.js'
import type { CompactRoom, SummaryFacts } from './facts.js'

/** What a step with if-missing: skip looked for, in the words of its inputs. */
export function lookedFor(config: Config): string {
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

export function pullRequestOf(facts: SummaryFacts, room: CompactRoom): boolean {
  const pr = facts.config.pullRequest
  return pr !== undefined && room.tags.includes(pr.tag)
}

export function pullRequestLink(config: Config, withTitle = false): string {
  const pr = config.pullRequest!
  // A payload without the pull request's address still names it.
  const link = pr.url ? summaryLink(pr.url, `#${pr.number}`) : `#${pr.number}`
  return withTitle ? `${summaryText(pr.repository)} ${link}: ${summaryText(pr.title)}` : link
}

export function filtered(config: Config): boolean {
  const { filters } = config
  return filters.search !== undefined || filters.tags.length > 0 || filters.roomType !== undefined
}

// ---- dates as people read them ----

/** "3 days ago (2026-11-24 03:35 UTC)". */
export function dateWithAge(date: string | undefined, now: number): string | undefined {
  if (date === undefined) return undefined
  const at = Date.parse(date)
  if (Number.isNaN(at)) return summaryText(date)
  return `${summaryText(ago(now - at))} (${summaryText(utcDate(at))})`
}

export function utcDay(date: string): string {
  const at = Date.parse(date)
  return Number.isNaN(at) ? date : new Date(at).toISOString().slice(0, 10)
}

export function days(n: number): string {
  return `${n} day${n === 1 ? '' : 's'}`
}

export function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`
}
