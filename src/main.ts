import { Deadline } from './deadline.js'
import { DocSpaceClient } from './docspace/client.js'
import { withContext } from './errors.js'
import { readInputs, type Config } from './inputs.js'
import type { OperationContext } from './operations/context.js'
import { describeSelector } from './operations/find-room.js'
import { operations } from './operations/index.js'
import { readPullRequest } from './pull-request.js'
import { redact } from './redact.js'
import { report, reportFailure } from './report.js'
import { log, oneLine } from './safe-text.js'

/** Wires inputs to an operation to outputs. The only place that catches errors and fails the step. */
export async function run(): Promise<void> {
  let client: DocSpaceClient | undefined
  let operation: string | undefined
  let reported = false
  try {
    const config = readInputs(undefined, await readPullRequest())
    operation = config.operation
    for (const warning of config.warnings) log.warning(warning)
    for (const notice of config.notices) log.notice(notice)
    client = new DocSpaceClient({
      portalUrl: config.portalUrl,
      apiKey: config.apiKey,
      deadline: new Deadline(config.timeoutMs),
      requestTimeoutMs: config.requestTimeoutMs,
      maxRetries: config.maxRetries,
      writeConcurrency: config.concurrency,
      debug: log.debug
    })
    const ctx: OperationContext = {
      client,
      config,
      log: log.info,
      warn: log.warning,
      group: log.group,
      now: Date.now
    }
    const outcome = await withContext(`Could not ${describe(config)}`, () => operations[config.operation](ctx))
    await report(config, outcome)
    reported = true
    if (outcome.failures?.length) {
      throw new Error(
        `${outcome.failures.length} room${outcome.failures.length === 1 ? '' : 's'} failed:\n${outcome.failures.map(oneLine).join('\n')}`
      )
    }
  } catch (error) {
    const message = redact(error instanceof Error ? error.message : String(error))
    log.fail(message)
    // The summary of a run that reported its rooms already lists what failed.
    if (!reported) await reportFailure(operation, message).catch(() => undefined)
  } finally {
    client?.dispose()
  }
}

function describe(config: Config): string {
  switch (config.operation) {
    case 'create':
      return `create room "${config.title}"`
    case 'list':
      return 'list rooms'
    case 'archive-stale':
      return 'archive stale rooms'
    case 'members':
      return `list the members of ${describeSelector(config.target!)}`
    default:
      return `${config.operation} ${describeSelector(config.target!)}`
  }
}
