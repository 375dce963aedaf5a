import { TimeoutError } from './errors.js'

/** What the step is waiting for, for the message when time runs out; a function when it changes. */
export type WaitingFor = string | (() => string)

/** The bound on the whole step (`timeout-seconds`). Everything that waits asks it how long it may. */
export class Deadline {
  private readonly endsAt: number

  constructor(
    readonly totalMs: number,
    private readonly now: () => number = Date.now
  ) {
    this.endsAt = now() + totalMs
  }

  remainingMs(): number {
    return Math.max(0, this.endsAt - this.now())
  }

  get expired(): boolean {
    return this.remainingMs() <= 0
  }

  /** Throws a TimeoutError that says what the step was waiting for, if the bound has run out. */
  check(waitingFor: WaitingFor): void {
    if (this.expired) throw this.timeout(waitingFor)
  }

  timeout(waitingFor: WaitingFor): TimeoutError {
    const what = typeof waitingFor === 'function' ? waitingFor() : waitingFor
    return new TimeoutError(`Timed out after ${formatSeconds(this.totalMs)} (timeout-seconds) while ${what}`)
  }

  /** Sleeps for `ms`, or throws a TimeoutError if that would run past the bound. */
  async sleep(ms: number, waitingFor: WaitingFor): Promise<void> {
    if (ms > this.remainingMs()) {
      await delay(this.remainingMs())
      throw this.timeout(waitingFor)
    }
    await delay(ms)
  }
}

export function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms))
}

export function formatSeconds(ms: number): string {
  const s = ms / 1000
  return `${Number.isInteger(s) ? s : s.toFixed(1)} s`
}
