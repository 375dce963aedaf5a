import type { Config } from '../inputs/config.js'
import type { Outcome } from '../operations/context.js'
import { setOutputs } from './outputs.js'
import { compactRoom } from './facts.js'
import { log } from '../lib/safe-text.js'
import { writeFailureSummary, writeSummary } from './summary.js'

/** What the summary says besides the outcome. */
export interface ReportExtras {
  /** The step's warnings so far, shown in the summary too. */
  warnings?: string[]
  /** "Now" for the summary's "3 days ago". */
  now?: number
  /** An error the step fails with although its outcome is reported (the pull request comment could not be
   * written): the summary shows it in its failure box, so a red step never reads as a success. */
  error?: string
}

/** Sets the step's outputs and writes the job summary. */
export async function report(config: Config, outcome: Outcome, extras: ReportExtras = {}): Promise<void> {
  const warnings = extras.warnings ?? []
  const listed = outcome.rooms?.map((r) => compactRoom(config.portalUrl, r))
  await setOutputs(config, outcome, listed, (text) => {
    warnings.push(text)
    log.warning(text)
  })

  // Outside a runner (or with summaries disabled) there is no file to write to.
  if (!process.env.GITHUB_STEP_SUMMARY) return
  await writeSummary({
    config,
    outcome,
    room: outcome.room && compactRoom(config.portalUrl, outcome.room),
    listed,
    warnings,
    error: extras.error,
    now: extras.now ?? Date.now()
  })
}

/** A failed step's summary: what was tried and the error, so a scheduled run's failure reads at a glance. */
export async function reportFailure(
  operation: string | undefined,
  message: string,
  extras: { inputError?: boolean; warnings?: string[] } = {}
): Promise<void> {
  if (!process.env.GITHUB_STEP_SUMMARY) return
  await writeFailureSummary({
    operation,
    message,
    inputError: extras.inputError ?? false,
    warnings: extras.warnings ?? []
  })
}
