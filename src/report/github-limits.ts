import { Buffer } from 'node:buffer'
import { stat } from 'node:fs/promises'

/**
 * GitHub caps a job's outputs at 1 MB together, "approximated based on UTF-16 encoding" (docs:
 * reusables/actions/output-limitations.md, github/docs#36846); the service refuses more with "Job outputs exceed
 * 1,048,576 bytes", and the runner's expression engine counts a string as 2 bytes a UTF-16 code unit
 * (actions/runner src/Sdk/DTExpressions2/Expressions2/Sdk/MemoryCounter.cs). A step cannot know what the job's
 * other steps set, so the action keeps all of its outputs together under 1,000,000 bytes by the larger of the
 * UTF-16 and UTF-8 counts, less a tenth for the rest of the job.
 */
export const OUTPUTS_BUDGET_BYTES = 900_000

/**
 * The runner uploads no step summary larger than 1 MiB: it checks the size of the file in bytes and, above
 * 1,048,576, reports "$GITHUB_STEP_SUMMARY upload aborted" and drops all of it (actions/runner
 * src/Runner.Worker/FileCommandManager.cs, CreateStepSummaryCommand). The action stays under 1,000,000.
 */
export const SUMMARY_LIMIT_BYTES = 1_000_000

/** The size of an output as GitHub counts it: its name and value, by the larger of UTF-16 and UTF-8. */
export function outputBytes(name: string, value: string): number {
  return Math.max(2 * (name.length + value.length), Buffer.byteLength(name) + Buffer.byteLength(value))
}

export function summaryBytes(text: string): number {
  return Buffer.byteLength(text)
}

/**
 * The longest prefix of `items` whose JSON array, as `render` writes it, fits in `budget` bytes (outputBytes of
 * `name`). Sizes are added up item by item and the result is measured once more, since `render` may change the
 * text (redaction).
 */
export function fitJsonArray<T>(
  name: string,
  items: T[],
  budget: number,
  render: (items: T[]) => string
): { value: string; kept: number } {
  let units = name.length + 2
  let utf8 = Buffer.byteLength(name) + 2
  let kept = 0
  for (const item of items) {
    const json = JSON.stringify(item)
    const comma = kept > 0 ? 1 : 0
    if (Math.max(2 * (units + json.length + comma), utf8 + Buffer.byteLength(json) + comma) > budget) break
    units += json.length + comma
    utf8 += Buffer.byteLength(json) + comma
    kept++
  }
  for (;;) {
    const value = render(items.slice(0, kept))
    const size = outputBytes(name, value)
    if (size <= budget || kept === 0) return { value, kept }
    kept = Math.min(kept - 1, Math.floor((kept * budget) / size))
  }
}

/** What the step's summary file can still take: the runner drops a summary file over its limit whole. */
export async function summaryBudget(): Promise<number> {
  const written = await stat(process.env.GITHUB_STEP_SUMMARY!).then(
    (file) => file.size,
    () => 0
  )
  return SUMMARY_LIMIT_BYTES - written
}

/** `render(most)` when it fits in `budget` bytes, else `render(n)` for the largest n that fits, else undefined. */
export function largestFitting(most: number, budget: number, render: (n: number) => string): string | undefined {
  const whole = render(most)
  if (summaryBytes(whole) <= budget) return whole
  let fits: string | undefined
  let low = 0
  let high = most - 1
  while (low <= high) {
    const mid = Math.floor((low + high) / 2)
    const text = render(mid)
    if (summaryBytes(text) <= budget) {
      fits = text
      low = mid + 1
    } else high = mid - 1
  }
  return fits
}
