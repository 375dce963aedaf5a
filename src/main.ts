import { Deadline } from './lib/deadline.js'
import { DocSpaceClient } from './docspace/client.js'
import { InputError, withContext } from './lib/errors.js'
import { startGitHubWork } from './report/github-work.js'
import { readInputs, requestedOperation } from './inputs/read.js'
import type { Config } from './inputs/config.js'
import type { OperationContext } from './operations/context.js'
import { describeSelector } from './operations/find-room.js'
import { runOperation } from './operations/index.js'
import { readPullRequest } from './github/event.js'
import { redact } from './lib/redact.js'
import { report, reportFailure } from './report/report.js'
import { log, oneLine } from './lib/safe-text.js'

/** Wires inputs to an operation to outputs. The only place that catches errors and fails the step. */
export async function run(): Promise<void> {
  let client: DocSpaceClient | undefined
  let operation: string | undefined
  let reported = false
  // Every warning goes to the log at once and to the summary at the end.
  const warnings: string[] = []
  const warn = (text: string): void => {
    warnings.push(text)
    log.warning(text)
  }
  try {
    const config = readInputs(undefined, await readPullRequest())
    operation = config.operation
    for (const warning of config.warnings) warn(warning)
    const deadline = new Deadline(config.timeoutMs)
    const github = startGitHubWork(config, deadline, { info: log.info, debug: log.debug, warn })
    for (const notice of config.notices) log.notice(notice)
    client = new DocSpaceClient({
      portalUrl: config.portalUrl,
      apiKey: config.apiKey,
      deadline,
      requestTimeoutMs: config.requestTimeoutMs,
      maxRetries: config.maxRetries,
      writeConcurrency: config.concurrency,
      debug: log.debug,
      info: log.info
    })
    const ctx: OperationContext = {
      client,
      config,
      log: log.info,
      warn,
      notice: log.notice,
      group: log.group,
      now: Date.now,
      openPullRequests: github.openPullRequests,
      roomSettled: github.roomSettled
    }
    const outcome = await withContext(`Could not ${describe(config)}`, () => runOperation(ctx))
    const commentError = await github.finish(outcome)
    await report(config, outcome, {
      warnings,
      now: ctx.now(),
      error: commentError && redact(commentError.message)
    })
    reported = true
    if (commentError) throw commentError
    if (outcome.failures?.length) {
      throw new Error(
        `${outcome.failures.length} ${outcome.files ? 'file' : 'room'}${outcome.failures.length === 1 ? '' : 's'} failed:\n${outcome.failures.map(oneLine).join('\n')}`
      )
    }
  } catch (error) {
    const message = redact(error instanceof Error ? error.message : String(error))
    log.fail(message)
    // The summary of a run that reported its rooms already lists what failed.
    if (!reported) {
      await reportFailure(operation ?? requestedOperation(), message, {
        inputError: error instanceof InputError,
        warnings
      }).catch(() => undefined)
    }
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
    case 'pull-request':
      return `keep the room of pull request #${config.pullRequest?.number ?? '?'}`
    case 'upload':
      return `upload to ${describeSelector(config.target!)}`
    case 'download':
      return `download from ${describeSelector(config.target!)}`
    default:
      return `${config.operation} ${describeSelector(config.target!)}`
  }
}
