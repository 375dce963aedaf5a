// What every handler gets to see about the request it serves.
import type { DtoContext } from './dto.js'
import type { OperationFaultSpec } from './faults.js'
import type { RequestInfo } from './results.js'
import type { EmulatorState } from './state.js'

export interface HandlerContext {
  method: string
  /** path after /api/2.0, without trailing slash */
  apiPath: string
  query: URLSearchParams
  rawBody: string
  /** the body as sent, for multipart uploads */
  bodyBytes: Buffer
  contentType?: string
  req: RequestInfo
  dto: DtoContext
  state: EmulatorState
  /** claims a pending op-* fault rule for the operation this request starts */
  takeOperationFault(): OperationFaultSpec | undefined
}
