import type { Config } from '../inputs.js'
import type { DocSpaceClient } from '../docspace/client.js'
import type { WaitOptions } from '../docspace/operations.js'
import type { Room } from '../docspace/types.js'

export interface OperationContext {
  client: DocSpaceClient
  config: Config
  /** How file operations are polled; tests shorten it. */
  wait?: WaitOptions
  log: (line: string) => void
}

/** What an operation did, for outputs and the summary. */
export interface Outcome {
  result: string
  /** The room as DocSpace last returned it. */
  room?: Room
}

export type Operation = (ctx: OperationContext) => Promise<Outcome>
