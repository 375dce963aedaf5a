// Fault injection: ordered rules, each firing a limited number of times.
// These are deliberate deviations for testing clients (proxies, outages, hung
// jobs), not DocSpace behaviour. The op-* faults shape a file operation the way
// a real job can end: op-error sets the error text and still completes with
// status 2 (job errors are caught, products/ASC.Files/Core/Services/WCFService/
// FileOperations/FileOperation.cs:310-359); op-vanish is an op dequeued before
// anyone saw it finish (e.g. by another client's listing or the queue cleaner,
// common/ASC.Common/Threading/DistributedTaskQueue.cs:224-256); op-never-finishes
// is a hung job (which the cleaner would drop 60-70 s after it stopped updating).
// The rest model a hostile or broken portal (or a proxy in front of one), not
// DocSpace: huge-body and endless-body stream a 200 answer of that size, or one
// that never ends, as fast as the client reads it, without a Content-Length
// unless asked; ignore-query drops query parameters before the request is
// handled, as a portal that ignores a filter would; lying-total replaces the
// `total` of the answer, and with pageSize answers that many entries a page
// whatever `count` asked for; pages answers 200 with the JSON text `page` makes for the request's query, for a
// listing that no portal holds (one that keeps giving new members, page after page).

export type Fault =
  | { kind: 'status'; status: number; retryAfter?: string; body?: string; contentType?: string }
  | { kind: 'status-after'; status: number; retryAfter?: string }
  | { kind: 'delay'; ms: number }
  | { kind: 'drop' }
  | { kind: 'drop-after' }
  | { kind: 'truncate' }
  | { kind: 'html'; status?: number }
  | { kind: 'not-json'; status?: number }
  | { kind: 'redirect'; location: string; status?: number }
  | { kind: 'huge-body'; bytes: number; contentLength?: boolean }
  | { kind: 'endless-body' }
  | { kind: 'ignore-query'; names: string[] }
  | { kind: 'lying-total'; total: number; pageSize?: number }
  | { kind: 'pages'; page: (query: URLSearchParams) => string }
  | { kind: 'op-error'; message: string }
  | { kind: 'op-vanish' }
  | { kind: 'op-never-finishes' }

export type OperationFaultSpec = Extract<Fault, { kind: 'op-error' | 'op-vanish' | 'op-never-finishes' }>
export type TransportFault = Exclude<Fault, OperationFaultSpec>

export interface FaultRule {
  method?: string
  /** matched against the path after /api/2.0 (no trailing slash), e.g. '/files/fileops' */
  path?: string | RegExp
  /** default 1; Infinity allowed */
  times?: number
  fault: Fault
}

interface ActiveRule {
  rule: FaultRule
  remaining: number
}

function isOperationFault(f: Fault): f is OperationFaultSpec {
  return f.kind === 'op-error' || f.kind === 'op-vanish' || f.kind === 'op-never-finishes'
}

export class Faults {
  private rules: ActiveRule[] = []

  add(rule: FaultRule): void {
    const remaining = rule.times ?? 1
    if (!(remaining > 0)) throw new Error('FaultRule.times must be > 0')
    this.rules.push({ rule, remaining })
  }

  clear(): void {
    this.rules = []
  }

  /** Rules not yet used up, in match order. */
  pending(): FaultRule[] {
    return this.rules.map((r) => r.rule)
  }

  /** First matching transport-level fault for a request (consumes one use). */
  takeTransport(method: string, path: string): TransportFault | undefined {
    return this.take(method, path, false) as TransportFault | undefined
  }

  /** Operation faults are only consumed by a request that actually starts a
   * file operation, so a rule aimed at "the next archive" is not wasted on a
   * request that fails validation or permission checks first. */
  takeOperation(method: string, path: string): OperationFaultSpec | undefined {
    return this.take(method, path, true) as OperationFaultSpec | undefined
  }

  private take(method: string, path: string, operation: boolean): Fault | undefined {
    for (let i = 0; i < this.rules.length; i++) {
      const active = this.rules[i]!
      const { rule } = active
      if (isOperationFault(rule.fault) !== operation) continue
      if (rule.method && rule.method.toUpperCase() !== method) continue
      if (rule.path !== undefined) {
        if (typeof rule.path === 'string' ? stripSlash(rule.path) !== path : !testRegExp(rule.path, path)) continue
      }
      active.remaining -= 1
      if (active.remaining <= 0) this.rules.splice(i, 1)
      return rule.fault
    }
    return undefined
  }
}

function testRegExp(re: RegExp, path: string): boolean {
  // A /g or /y regexp keeps lastIndex between calls; reset so every request is judged alike.
  re.lastIndex = 0
  return re.test(path)
}

function stripSlash(path: string): string {
  return path.length > 1 ? path.replace(/\/+$/, '') : path
}
