// Dates as people read them: "2026-11-24 03:35 UTC", "3 days ago", idle "45 days". The log and the summary
// say them alike.

const DAY_MS = 86_400_000

/** "2026-11-24 03:35 UTC", with seconds when asked. */
export function utcDate(at: number, seconds = false): string {
  const iso = new Date(at).toISOString()
  return `${iso.slice(0, 10)} ${iso.slice(11, seconds ? 19 : 16)} UTC`
}

/** How long ago, in the largest unit that reads naturally. */
export function ago(ms: number): string {
  if (ms < 60_000) return 'just now'
  const minutes = Math.floor(ms / 60_000)
  if (minutes < 60) return `${count(minutes, 'minute')} ago`
  const hours = Math.floor(minutes / 60)
  if (hours < 24) return `${count(hours, 'hour')} ago`
  const d = Math.floor(ms / DAY_MS)
  if (d < 60) return `${count(d, 'day')} ago`
  if (d < 730) return `${count(Math.round(d / 30.44), 'month')} ago`
  return `${count(Math.floor(d / 365.25), 'year')} ago`
}

/** How long a room has gone without an update, in days, the unit of stale-days. */
export function idle(ms: number): string {
  if (ms < 3_600_000) return 'under an hour'
  if (ms < DAY_MS) return count(Math.floor(ms / 3_600_000), 'hour')
  return count(Math.floor(ms / DAY_MS), 'day')
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`
}
