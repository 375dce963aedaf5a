// What a handler answers, before the server turns it into bytes. Keeping it
// as data lets fault injection rewrite or cut the answer after handling.

export interface ApiResult {
  status: number
  /** JSON payload; absent together with `text` means an empty body */
  json?: unknown
  text?: string
  contentType?: string
  headers?: Record<string, string>
}

export interface RequestInfo {
  method: string
  /** the absolute URL the client asked for, used in envelope links */
  href: string
}

export function success(req: RequestInfo, response: unknown, count = 1): ApiResult {
  return {
    status: 200,
    json: { response, count, links: [{ href: req.href, action: req.method }], status: 0, statusCode: 200 }
  }
}

export function failure(status: number, message: string, type?: string): ApiResult {
  const error: Record<string, unknown> = { message }
  if (type) error['type'] = type
  return { status, json: { error, status: 1, statusCode: status } }
}

/** Model-validation failure: ProblemDetails wrapped in a success envelope with status 1. */
export function validation(req: RequestInfo, errors: Record<string, string[]>): ApiResult {
  return {
    status: 400,
    json: {
      response: {
        type: 'https://tools.ietf.org/html/rfc9110#section-15.5.1',
        title: 'One or more validation errors occurred.',
        status: 400,
        errors
      },
      count: 1,
      links: [{ href: req.href, action: req.method }],
      status: 1,
      statusCode: 400
    }
  }
}

export function unsupportedMediaType(req: RequestInfo): ApiResult {
  return {
    status: 415,
    json: {
      response: {
        type: 'https://tools.ietf.org/html/rfc9110#section-15.5.16',
        title: 'Unsupported Media Type',
        status: 415
      },
      count: 1,
      links: [{ href: req.href, action: req.method }],
      status: 1,
      statusCode: 415
    }
  }
}

/** Pipeline-level 401/403: ASP.NET answers these without a body. */
export function bodiless(status: number): ApiResult {
  return { status }
}

export const notFound = (): ApiResult =>
  failure(404, 'The required folder was not found', 'ASC.Common.Web.ItemNotFoundException')
export const accessDenied = (message = 'Access denied'): ApiResult =>
  failure(403, message, 'System.Security.SecurityException')
export const invalidOperation = (message: string): ApiResult =>
  failure(403, message, 'System.InvalidOperationException')
