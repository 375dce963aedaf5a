// What a handler answers, before the server turns it into bytes. Keeping it
// as data lets fault injection rewrite or cut the answer after handling.
// Sources: DocSpace-server at tag v3.7.2-server:
//   CAR common/ASC.Api.Core/Middleware/CommonApiResponse.cs
//   RW  common/ASC.Api.Core/Middleware/ResponseWrapper.cs
import { randomBytes } from 'node:crypto'
import type { Readable } from 'node:stream'

export interface ApiResult {
  status: number
  /** JSON payload; absent together with `text` and `stream` means an empty body */
  json?: unknown
  text?: string
  contentType?: string
  headers?: Record<string, string>
  /** a body streamed as it is read (downloads): `length` is sent as Content-Length */
  stream?: { length: number; open: () => Readable }
}

export interface RequestInfo {
  method: string
  /** the absolute URL the client asked for, used in envelope links */
  href: string
}

/**
 * SuccessApiResponse (CAR:69-144). `count` (CAR:75-101): the list length when
 * the payload is a List/IEnumerable of objects; 1 for any other payload —
 * including IAsyncEnumerable actions such as GET /files/fileops and
 * GET /files/tags, whose lists are still unread when the count is taken —
 * and 0 without payload. Callers pass the count their payload gets.
 * Nulls are omitted (WhenWritingNull, common/ASC.Api.Core/Core/DynamicIgnoreResolver.cs:177).
 */
export function success(req: RequestInfo, response: unknown, count = 1): ApiResult {
  return {
    status: 200,
    json: { response, count, links: [{ href: req.href, action: req.method }], status: 0, statusCode: 200 }
  }
}

/** Exception.HResult of the .NET exception types the emulator reports (0x8013…/0x8007… COR_E_* codes). */
const HRESULTS: Record<string, number> = {
  'System.ArgumentException': -2147024809,
  'System.ArgumentNullException': -2147467261,
  'System.ArgumentOutOfRangeException': -2146233086,
  'System.InvalidOperationException': -2146233079,
  'System.Security.SecurityException': -2146233078,
  'System.IO.FileNotFoundException': -2147024894,
  'System.IO.DirectoryNotFoundException': -2147024893,
  'System.NullReferenceException': -2147467261,
  'System.FormatException': -2146233033
}

/**
 * The error envelope of CustomExceptionHandler (RW:38-124, CAR:53-67, 146-174):
 * `{error:{message,type,stack,hresult},status:1,statusCode}`. It is written
 * with WriteAsJsonAsync and the default HTTP JSON options (RW:120; DocSpace
 * configures only the MVC JsonOptions), so nulls are written: where the
 * handler drops the stack (`withStack` false: 401, 415 NotSupportedException,
 * CustomHttpException, brute force) `type`/`stack` are null and `hresult` 0.
 * The stack text is a stand-in. Other exception types (ASC.*, JsonException)
 * derive from Exception directly: HResult COR_E_EXCEPTION.
 */
export function failure(status: number, message: string, type?: string, withStack = true): ApiResult {
  const error =
    withStack && type
      ? {
          message,
          type,
          stack: `   at ${type} (DocSpace emulator: no server stack)`,
          hresult: HRESULTS[type] ?? -2146233088
        }
      : { message, type: null, stack: null, hresult: 0 }
  return { status, json: { error, status: 1, statusCode: status } }
}

/** traceId of ProblemDetails: the W3C trace parent of the request. */
function traceId(): string {
  return `00-${randomBytes(16).toString('hex')}-${randomBytes(8).toString('hex')}-00`
}

/**
 * Model-validation failure: [ApiController] answers ValidationProblemDetails,
 * which CustomResponseFilterAttribute wraps into the success envelope; for a
 * ValidationProblemDetails it sets status 1 and statusCode 400 (CAR:133-137).
 */
export function validation(req: RequestInfo, errors: Record<string, string[]>): ApiResult {
  return {
    status: 400,
    json: {
      response: {
        type: 'https://tools.ietf.org/html/rfc9110#section-15.5.1',
        title: 'One or more validation errors occurred.',
        status: 400,
        errors,
        traceId: traceId()
      },
      count: 1,
      links: [{ href: req.href, action: req.method }],
      status: 1,
      statusCode: 400
    }
  }
}

/**
 * 415 from [FromBody] binding: a plain ProblemDetails, wrapped like any result,
 * so the envelope keeps status 0 and the statusCode the response had when the
 * result filter ran, 200 (CAR:124-137; inference, as in API-FACTS §2.6).
 */
export function unsupportedMediaType(req: RequestInfo): ApiResult {
  return {
    status: 415,
    json: {
      response: {
        type: 'https://tools.ietf.org/html/rfc9110#section-15.5.16',
        title: 'Unsupported Media Type',
        status: 415,
        traceId: traceId()
      },
      count: 1,
      links: [{ href: req.href, action: req.method }],
      status: 0,
      statusCode: 200
    }
  }
}

/** Pipeline-level 401/403: ASP.NET answers these without a body. */
export function bodiless(status: number): ApiResult {
  return { status }
}

// Exception → status/message mapping of RW:53-105.

/** ItemNotFoundException → 404 with its message; the parameterless one says
 * "The record could not be found" (common/ASC.Common/Web/ItemNotFoundException.cs:38). */
export const notFound = (
  message = 'The required folder was not found',
  type = 'ASC.Common.Web.ItemNotFoundException'
): ApiResult => failure(404, message, type)
/** SecurityException → 403, message always "Access denied" whatever the exception said (RW:71-76). */
export const accessDenied = (): ApiResult => failure(403, 'Access denied', 'System.Security.SecurityException')
/** InvalidOperationException → 403 with its own message (RW:86-88). */
export const invalidOperation = (message: string): ApiResult =>
  failure(403, message, 'System.InvalidOperationException')
/** ArgumentException and subclasses → 400 with their own message (RW:67-70). */
export const badArgument = (message: string, type = 'System.ArgumentException'): ApiResult =>
  failure(400, message, type)
/** Unhandled exceptions (JsonException, NullReferenceException, FormatException…) → 500 (RW:102-104). */
export const serverError = (message: string, type: string): ApiResult => failure(500, message, type)

/** .NET's message for ArgumentException.ThrowIfNullOrEmpty / ThrowIfNullOrWhiteSpace and ArgumentNullException. */
export const emptyArgument = (param: string): ApiResult =>
  badArgument(`The value cannot be an empty string. (Parameter '${param}')`)
export const whitespaceArgument = (param: string): ApiResult =>
  badArgument(`The value cannot be an empty string or composed entirely of whitespace. (Parameter '${param}')`)
export const nullArgument = (param: string): ApiResult =>
  badArgument(`Value cannot be null. (Parameter '${param}')`, 'System.ArgumentNullException')
