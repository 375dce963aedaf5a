/** Runs `work` over `items` with at most `limit` at once; results keep the items' order. */
export async function mapWithConcurrency<T, R>(
  items: readonly T[],
  limit: number,
  work: (item: T) => Promise<R>
): Promise<R[]> {
  const results = new Array<R>(items.length)
  let next = 0
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const index = next++
      results[index] = await work(items[index]!)
    }
  }
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker))
  return results
}

/**
 * Waits for every task, so that none is still running when the step fails, and then gives their results in order, or
 * throws the first failure with the others' messages added.
 */
export async function together<T extends unknown[]>(...tasks: { [K in keyof T]: Promise<T[K]> }): Promise<T> {
  const settled = await Promise.allSettled(tasks)
  const failures = settled
    .filter((r): r is PromiseRejectedResult => r.status === 'rejected')
    .map((r): unknown => r.reason)
  if (failures.length > 0) {
    const [first, ...others] = failures
    if (first instanceof Error && others.length > 0) {
      first.message += others.map((e) => `\nAlso: ${e instanceof Error ? e.message : String(e)}`).join('')
    }
    throw first
  }
  return settled.map((r) => (r as PromiseFulfilledResult<unknown>).value) as T
}
