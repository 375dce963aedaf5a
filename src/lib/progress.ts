import { formatSeconds } from './deadline.js'

// A wait that lasts says so in the log at the default level, on a timer, so that it shows however the work
// inside it is spaced: polls of DocSpace's file operations, a retry after a rate limit.

/** A wait longer than this says it is still waiting, and again each time this passes. */
export const PROGRESS_EVERY_MS = 10_000

/**
 * Says what is still awaited every `every` ms until stopped, on a timer, so that a long wait shows in the log
 * however the polls are spaced. Returns the function that stops it.
 */
export function reportProgress(
  say: ((line: string) => void) | undefined,
  every: number = PROGRESS_EVERY_MS,
  waitingFor: () => string | undefined
): () => void {
  if (!say) return () => undefined
  const started = Date.now()
  const timer = setInterval(() => {
    const what = waitingFor()
    if (what) say(`Still ${what}: ${formatSeconds(Math.round((Date.now() - started) / 1000) * 1000)} so far`)
  }, every)
  timer.unref()
  return () => clearInterval(timer)
}
