// What every handler gets to see about the request it serves.
import type { DtoContext } from './dto.js'
import type { OperationFaultSpec } from './faults.js'
import type { StreamedForm } from './multipart.js'
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
  /** upload routes only: reads the multipart body as it arrives, file parts to disk (once; later calls
   * return the same result). The other routes get their body in rawBody/bodyBytes. */
  form?: () => Promise<StreamedForm>
  /** the request's Content-Length header, if any */
  contentLength?: number
  /** whether the caller is authenticated (the .ashx handlers check it themselves) */
  authenticated: boolean
}
