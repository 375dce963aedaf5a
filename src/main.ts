import * as core from '@actions/core'
import { Deadline } from './deadline.js'
import { DocSpaceClient } from './docspace/client.js'
import { withContext } from './errors.js'
import { readInputs, type Config } from './inputs.js'
import { operations } from './operations/index.js'
import { redact } from './redact.js'
import { report } from './report.js'

/** Wires inputs to an operation to outputs. The only place that catches errors and fails the step. */
export async function run(): Promise<void> {
  let client: DocSpaceClient | undefined
  try {
    const config = readInputs()
    client = new DocSpaceClient({
      portalUrl: config.portalUrl,
      apiKey: config.apiKey,
      deadline: new Deadline(config.timeoutMs),
      requestTimeoutMs: config.requestTimeoutMs,
      maxRetries: config.maxRetries,
      debug: core.debug
    })
    const ctx = { client, config, log: core.info }
    const outcome = await withContext(`Could not ${describe(config)}`, () => operations[config.operation](ctx))
    await report(config, outcome)
  } catch (error) {
    core.setFailed(redact(error instanceof Error ? error.message : String(error)))
  } finally {
    client?.dispose()
  }
}

function describe(config: Config): string {
  if (config.operation === 'create') return `create room "${config.title}"`
  return `${config.operation} room ${config.roomId}`
}
