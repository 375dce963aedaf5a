/**
 * How many writes may be in flight, fitted to what the portal takes. A 429 means the portal allows fewer
 * than were in flight, so the limit drops to one less than that. It grows back by one only every
 * PROBE_EVERY successes, because each probe that finds the portal's limit again costs a Retry-After pause
 * for the whole batch. Without this, a batch larger than the portal's write limit would hit 429 after
 * every pause and run out of retries.
 */
const PROBE_EVERY = 100

export class AdaptiveLimit {
  private limit: number
  private active = 0
  private successes = 0
  private readonly waiting: (() => void)[] = []

  constructor(private readonly max: number) {
    this.limit = max
  }

  get current(): number {
    return this.limit
  }

  async acquire(): Promise<void> {
    while (this.active >= this.limit) await new Promise<void>((wake) => this.waiting.push(wake))
    this.active++
  }

  release(): void {
    this.active--
    this.wake()
  }

  /** Called while the throttled request still holds its slot, so `active` is what the portal refused. */
  throttled(): void {
    this.limit = Math.max(1, Math.min(this.limit - 1, this.active - 1))
    this.successes = 0
  }

  succeeded(): void {
    if (this.limit >= this.max || ++this.successes < PROBE_EVERY) return
    this.limit++
    this.successes = 0
    this.wake()
  }

  /** Wakes every waiter; each checks again in acquire(), so only as many as there are free slots go on. */
  private wake(): void {
    for (const wake of this.waiting.splice(0)) wake()
  }
}
