// Route table and the per-request pipeline order of DocSpace: route match,
// authentication (401), API-key scope (403), media type (415), handler.
// Sources: DocSpace-server at tag v3.7.2-server, paths relative to that repository.
import { apiKeyScopeForbidden, authorizePolicy, scopesAllow, type AuthResult } from './auth.js'
import type { HandlerContext } from './context.js'
import { createTag, createTextFile, getOperations, getOperationsByType, getTagCatalogue } from './file-handlers.js'
import { createFolder, getFolderContent, getFolderInfo } from './folder-handlers.js'
import { deleteEntries, getFileHistory, getFileInfo, updateComment } from './entry-handlers.js'
import { abortSession, createSession, finalizeSession, uploadChunk, uploadFile } from './upload-handlers.js'
import { listRooms } from './listing.js'
import { bodiless, failure, unsupportedMediaType, type ApiResult } from './results.js'
import { changeRoomTags, createRoom, getRoom, roomOperation, updateRoom } from './room-handlers.js'
import { createRoomLogo, pinRoom, uploadLogo } from './settings-handlers.js'
import {
  getPrimaryExternalLink,
  getProfileByEmail,
  getRoomLinks,
  getRoomSecurityInfo,
  setRoomLink,
  setRoomSecurity
} from './sharing.js'

interface RouteDef {
  method: string
  /**
   * The endpoint's route template as the server has it (RoutePattern.RawText):
   * the controller's route — `[DefaultRoute]` = `api/{version:apiVersion}/[controller]`
   * (common/ASC.Api.Core/Routing/DefaultRoute.cs:42-46) with controller name
   * `files` (products/ASC.Files/Server/Api/ApiControllerBase.cs:41-43) — plus the
   * action's template. The [ConstraintRoute("int")] constraint is added as a
   * route-parameter policy, not to the raw text
   * (common/ASC.Api.Core/Core/CustomEndpointDataSource.cs:48-70).
   */
  template: string
  /** what the template matches in the emulator (path after /api/2.0) */
  pattern: RegExp
  /** the action carries [AllowAnonymous] */
  anonymous: boolean
  /** takes a JSON [FromBody] argument */
  body: boolean
  /** starts a file operation (op-* faults apply) */
  operation?: boolean
  /** takes a multipart body the server streams to disk (ctx.form) instead of reading it into memory */
  streaming?: boolean
  handle(ctx: HandlerContext, m: RegExpExecArray): ApiResult | Promise<ApiResult>
}

export interface Route extends RouteDef {
  /** accepted scopes (any one suffices), null = no scope policy; from AuthorizationExtension.GetAuthorizePolicy */
  policy: string[] | null
}

const id = (m: RegExpExecArray): number => Number(m[1])
const FILES = 'api/{version:apiVersion}/files'
/** VirtualRoomsController<T>: [DefaultRoute("rooms")], products/ASC.Files/Server/Api/VirtualRoomsController.cs:294 */
const ROOMS = `${FILES}/rooms`
/** People ApiControllerBase: [DefaultRoute] + [ControllerName("people")], products/ASC.People/Server/Api/ApiControllerBase.cs:41-43 */
const PEOPLE = 'api/{version:apiVersion}/people'

/**
 * Single-segment literal GET routes under files/ (controllers deriving from the
 * Files ApiControllerBase). ASP.NET routing prefers a literal segment over a
 * parameter of the same order, and the internal GET files/{folderId} endpoint
 * only matches int ids, so none of these ever reaches the folder-content
 * action. The emulator serves rooms, fileops and tags; the others answer as
 * unknown endpoints rather than as folder ids.
 */
const LITERAL_FILES_GETS = [
  'rooms', // VirtualRoomsController.cs:911
  'tags', // VirtualRoomsController.cs:1005
  'fileops', // OperationController.cs:36 + :166
  'group', // GroupsController.cs:36 + :137
  'docservice', // EditorController.cs:543
  'filesusedspace', // FoldersController.cs:396
  '@common', // FoldersController.cs:531
  '@favorites', // :546
  '@my', // :561
  '@privacy', // :576
  '@projects', // :597
  '@recent', // :612
  'recent', // :613
  '@root', // :629
  '@share', // :650
  '@templates', // :666
  '@trash', // :681
  'settings', // SettingsController.cs:217
  'info', // SettingsController.cs:230
  'wordpress-delete', // ThirdpartyController.cs:135
  'thirdparty', // ThirdpartyController.cs:176
  'wordpress-info' // ThirdpartyController.cs:210
]
const FOLDER_ID_SEGMENT = new RegExp(`^/files/(?!(?:${LITERAL_FILES_GETS.join('|')})$)([^/]+)$`, 'i')

// Literal segments match case-insensitively in ASP.NET routing, hence the `i` flags.
const ROUTE_DEFS: RouteDef[] = [
  {
    // VirtualRoomsCommonController [HttpGet("rooms")], VirtualRoomsController.cs:911
    method: 'GET',
    template: `${FILES}/rooms`,
    pattern: /^\/files\/rooms$/i,
    anonymous: false,
    body: false,
    handle: (c) => listRooms(c.dto, c.req, c.query)
  },
  {
    // [HttpPost("")], VirtualRoomsController.cs:87
    method: 'POST',
    template: ROOMS,
    pattern: /^\/files\/rooms$/i,
    anonymous: false,
    body: true,
    handle: (c) => createRoom(c)
  },
  {
    // [AllowAnonymous] [HttpGet("{id}")], VirtualRoomsController.cs:326-327
    method: 'GET',
    template: `${ROOMS}/{id}`,
    pattern: /^\/files\/rooms\/(\d+)$/i,
    anonymous: true,
    body: false,
    handle: (c, m) => getRoom(c, id(m))
  },
  {
    // [HttpPut("{id}")], VirtualRoomsController.cs:342
    method: 'PUT',
    template: `${ROOMS}/{id}`,
    pattern: /^\/files\/rooms\/(\d+)$/i,
    anonymous: false,
    body: true,
    handle: (c, m) => updateRoom(c, id(m))
  },
  {
    // [HttpDelete("{id}")], VirtualRoomsController.cs:420
    method: 'DELETE',
    template: `${ROOMS}/{id}`,
    pattern: /^\/files\/rooms\/(\d+)$/i,
    anonymous: false,
    body: true,
    operation: true,
    handle: (c, m) => roomOperation(c, id(m), 'delete')
  },
  {
    // [HttpPut("{id}/archive")], VirtualRoomsController.cs:435
    method: 'PUT',
    template: `${ROOMS}/{id}/archive`,
    pattern: /^\/files\/rooms\/(\d+)\/archive$/i,
    anonymous: false,
    body: true,
    operation: true,
    handle: (c, m) => roomOperation(c, id(m), 'archive')
  },
  {
    // [HttpPut("{id}/unarchive")], VirtualRoomsController.cs:460
    method: 'PUT',
    template: `${ROOMS}/{id}/unarchive`,
    pattern: /^\/files\/rooms\/(\d+)\/unarchive$/i,
    anonymous: false,
    body: true,
    operation: true,
    handle: (c, m) => roomOperation(c, id(m), 'unarchive')
  },
  {
    // [HttpPut("{id}/share")], VirtualRoomsController.cs:485 (RoomInvitationRequestDto: [FromBody] RoomInvitation)
    method: 'PUT',
    template: `${ROOMS}/{id}/share`,
    pattern: /^\/files\/rooms\/(\d+)\/share$/i,
    anonymous: false,
    body: true,
    handle: (c, m) => setRoomSecurity(c, id(m))
  },
  {
    // [HttpGet("{id}/share")], VirtualRoomsController.cs:574
    method: 'GET',
    template: `${ROOMS}/{id}/share`,
    pattern: /^\/files\/rooms\/(\d+)\/share$/i,
    anonymous: false,
    body: false,
    handle: (c, m) => getRoomSecurityInfo(c, id(m))
  },
  {
    // [HttpGet("{id}/link")], VirtualRoomsController.cs:671
    method: 'GET',
    template: `${ROOMS}/{id}/link`,
    pattern: /^\/files\/rooms\/(\d+)\/link$/i,
    anonymous: false,
    body: false,
    handle: (c, m) => getPrimaryExternalLink(c, id(m))
  },
  {
    // [HttpGet("{id}/links")], VirtualRoomsController.cs:639
    method: 'GET',
    template: `${ROOMS}/{id}/links`,
    pattern: /^\/files\/rooms\/(\d+)\/links$/i,
    anonymous: false,
    body: false,
    handle: (c, m) => getRoomLinks(c, id(m))
  },
  {
    // [HttpPut("{id}/links")], VirtualRoomsController.cs:597
    method: 'PUT',
    template: `${ROOMS}/{id}/links`,
    pattern: /^\/files\/rooms\/(\d+)\/links$/i,
    anonymous: false,
    body: true,
    handle: (c, m) => setRoomLink(c, id(m))
  },
  {
    // [HttpGet("email")], products/ASC.People/Server/Api/UserController.cs:1050
    method: 'GET',
    template: `${PEOPLE}/email`,
    pattern: /^\/people\/email$/i,
    anonymous: false,
    body: false,
    handle: (c) => getProfileByEmail(c)
  },
  {
    // [HttpPut("{id}/tags")], VirtualRoomsController.cs:687
    method: 'PUT',
    template: `${ROOMS}/{id}/tags`,
    pattern: /^\/files\/rooms\/(\d+)\/tags$/i,
    anonymous: false,
    body: true,
    handle: (c, m) => changeRoomTags(c, id(m), true)
  },
  {
    // [HttpDelete("{id}/tags")], VirtualRoomsController.cs:702
    method: 'DELETE',
    template: `${ROOMS}/{id}/tags`,
    pattern: /^\/files\/rooms\/(\d+)\/tags$/i,
    anonymous: false,
    body: true,
    handle: (c, m) => changeRoomTags(c, id(m), false)
  },
  {
    // [HttpPost("{id}/logo")], VirtualRoomsController.cs:723
    method: 'POST',
    template: `${ROOMS}/{id}/logo`,
    pattern: /^\/files\/rooms\/(\d+)\/logo$/i,
    anonymous: false,
    body: true,
    handle: (c, m) => createRoomLogo(c, id(m))
  },
  {
    // [HttpPut("{id}/pin")], VirtualRoomsController.cs:798; RoomIdRequestDto, no body
    method: 'PUT',
    template: `${ROOMS}/{id}/pin`,
    pattern: /^\/files\/rooms\/(\d+)\/pin$/i,
    anonymous: false,
    body: false,
    handle: (c, m) => pinRoom(c, id(m), true)
  },
  {
    // [HttpPut("{id}/unpin")], VirtualRoomsController.cs:813
    method: 'PUT',
    template: `${ROOMS}/{id}/unpin`,
    pattern: /^\/files\/rooms\/(\d+)\/unpin$/i,
    anonymous: false,
    body: false,
    handle: (c, m) => pinRoom(c, id(m), false)
  },
  {
    // VirtualRoomsCommonController [HttpPost("logos")], VirtualRoomsController.cs:1049; [FromForm], not JSON
    method: 'POST',
    template: `${FILES}/logos`,
    pattern: /^\/files\/logos$/i,
    anonymous: false,
    body: false,
    handle: (c) => uploadLogo(c)
  },
  {
    // [DefaultRoute("fileops")] + [AllowAnonymous] [HttpGet("")], OperationController.cs:36, 165-166
    method: 'GET',
    template: `${FILES}/fileops`,
    pattern: /^\/files\/fileops$/i,
    anonymous: true,
    body: false,
    handle: (c) => getOperations(c)
  },
  {
    // [AllowAnonymous] [HttpGet("{operationType}")], OperationController.cs:189-190. The literal
    // GET fileops/checkdestfolder and fileops/move (:278, :324; not anonymous, other actions)
    // win over it; the emulator does not serve them.
    method: 'GET',
    template: `${FILES}/fileops/{operationType}`,
    pattern: /^\/files\/fileops\/(?!(?:move|checkdestfolder)$)([^/]+)$/i,
    anonymous: true,
    body: false,
    handle: (c, m) => getOperationsByType(c, m[1]!)
  },
  {
    // [HttpGet("tags")], VirtualRoomsController.cs:1005
    method: 'GET',
    template: `${FILES}/tags`,
    pattern: /^\/files\/tags$/i,
    anonymous: false,
    body: false,
    handle: (c) => getTagCatalogue(c)
  },
  {
    // [HttpPost("tags")], VirtualRoomsController.cs:975
    method: 'POST',
    template: `${FILES}/tags`,
    pattern: /^\/files\/tags$/i,
    anonymous: false,
    body: true,
    handle: (c) => createTag(c)
  },
  {
    // FoldersController [HttpPost("folder/{folderId}")], products/ASC.Files/Server/Api/FoldersController.cs:213;
    // CreateFolderRequestDto: [FromBody] CreateFolder (CreateFolderRequestDto.cs:65-66)
    method: 'POST',
    template: `${FILES}/folder/{folderId}`,
    pattern: /^\/files\/folder\/([^/]+)$/i,
    anonymous: false,
    body: true,
    handle: (c, m) => createFolder(c, m[1]!)
  },
  {
    // [AllowAnonymous] [HttpGet("folder/{folderId}")], FoldersController.cs:292-293
    method: 'GET',
    template: `${FILES}/folder/{folderId}`,
    pattern: /^\/files\/folder\/([^/]+)$/i,
    anonymous: true,
    body: false,
    handle: (c, m) => getFolderInfo(c, m[1]!)
  },
  {
    // UploadController [HttpPost("{folderId}/upload", Order = 1)], products/ASC.Files/Server/Api/UploadController.cs:464;
    // multipart/form-data (UploadRequestDto [FromForm] File, Core/ApiModels/RequestDto/UploadRequestDto.cs:45-46)
    method: 'POST',
    template: `${FILES}/{folderId}/upload`,
    pattern: /^\/files\/([^/]+)\/upload$/i,
    anonymous: false,
    body: false,
    streaming: true,
    handle: (c, m) => uploadFile(c, m[1]!)
  },
  {
    // [Obsolete] [HttpPost("{folderId}/upload/create_session")], UploadController.cs:111-116; [FromBody] SessionRequest
    // (Server/ApiModels/RequestDto/SessionRequestDto.cs:93-94)
    method: 'POST',
    template: `${FILES}/{folderId}/upload/create_session`,
    pattern: /^\/files\/([^/]+)\/upload\/create_session$/i,
    anonymous: false,
    body: true,
    handle: (c, m) => createSession(c, m[1]!, true)
  },
  {
    // [HttpPost("{folderId}/session")], UploadController.cs:137
    method: 'POST',
    template: `${FILES}/{folderId}/session`,
    pattern: /^\/files\/([^/]+)\/session$/i,
    anonymous: false,
    body: true,
    handle: (c, m) => createSession(c, m[1]!, false)
  },
  {
    // [HttpPost("{folderId}/session/{sessionId}")], UploadController.cs:188; the chunk is a multipart file
    method: 'POST',
    template: `${FILES}/{folderId}/session/{sessionId}`,
    pattern: /^\/files\/([^/]+)\/session\/([^/]+)$/i,
    anonymous: false,
    body: false,
    streaming: true,
    handle: (c, m) => uploadChunk(c, m[2]!, 'sequential')
  },
  {
    // [HttpPost("{folderId}/session/{sessionId}/upload")], UploadController.cs:276
    method: 'POST',
    template: `${FILES}/{folderId}/session/{sessionId}/upload`,
    pattern: /^\/files\/([^/]+)\/session\/([^/]+)\/upload$/i,
    anonymous: false,
    body: false,
    streaming: true,
    handle: (c, m) => uploadChunk(c, m[2]!, 'numbered')
  },
  {
    // [HttpPut("{folderId}/session/{sessionId}/finalize")], UploadController.cs:293; route values only
    method: 'PUT',
    template: `${FILES}/{folderId}/session/{sessionId}/finalize`,
    pattern: /^\/files\/([^/]+)\/session\/([^/]+)\/finalize$/i,
    anonymous: false,
    body: false,
    handle: (c, m) => finalizeSession(c, m[2]!)
  },
  {
    // [HttpDelete("{folderId}/session/{sessionId}")], UploadController.cs:152; route values only
    method: 'DELETE',
    template: `${FILES}/{folderId}/session/{sessionId}`,
    pattern: /^\/files\/([^/]+)\/session\/([^/]+)$/i,
    anonymous: false,
    body: false,
    handle: (c, m) => abortSession(c, m[2]!)
  },
  {
    // [HttpPut("file/{fileId}/comment")], products/ASC.Files/Server/Api/FilesController.cs:526; [FromBody] UpdateComment
    method: 'PUT',
    template: `${FILES}/file/{fileId}/comment`,
    pattern: /^\/files\/file\/([^/]+)\/comment$/i,
    anonymous: false,
    body: true,
    handle: (c, m) => updateComment(c, m[1]!)
  },
  {
    // [AllowAnonymous] [HttpGet("file/{fileId}")], FilesController.cs:432-433
    method: 'GET',
    template: `${FILES}/file/{fileId}`,
    pattern: /^\/files\/file\/([^/]+)$/i,
    anonymous: true,
    body: false,
    handle: (c, m) => getFileInfo(c, m[1]!)
  },
  {
    // [AllowAnonymous] [HttpGet("file/{fileId}/history")], FilesController.cs:449-450
    method: 'GET',
    template: `${FILES}/file/{fileId}/history`,
    pattern: /^\/files\/file\/([^/]+)\/history$/i,
    anonymous: true,
    body: false,
    handle: (c, m) => getFileHistory(c, m[1]!)
  },
  {
    // OperationController [HttpPut("delete")] under [DefaultRoute("fileops")], OperationController.cs:36, 105;
    // DeleteBatchRequestDto, a complex parameter → [FromBody] by [ApiController] inference
    method: 'PUT',
    template: `${FILES}/fileops/delete`,
    pattern: /^\/files\/fileops\/delete$/i,
    anonymous: false,
    body: true,
    operation: true,
    handle: (c) => deleteEntries(c)
  },
  {
    // [HttpPost("{folderId}/text")], products/ASC.Files/Server/Api/FilesController.cs:277
    method: 'POST',
    template: `${FILES}/{folderId}/text`,
    pattern: /^\/files\/([^/]+)\/text$/i,
    anonymous: false,
    body: true,
    handle: (c, m) => createTextFile(c, m[1]!)
  },
  {
    // [AllowAnonymous] [HttpGet("{folderId}")], products/ASC.Files/Server/Api/FoldersController.cs:269-270.
    // Served twice: FoldersControllerInternal ([ConstraintRoute("int")], :41) for int ids and
    // FoldersControllerThirdparty (no constraint, :164) for the rest; same template and scopes.
    // Last in this table so the literal routes above win, as they do in ASP.NET.
    method: 'GET',
    template: `${FILES}/{folderId}`,
    pattern: FOLDER_ID_SEGMENT,
    anonymous: true,
    body: false,
    handle: (c, m) => getFolderContent(c, m[1]!)
  }
]

export const ROUTES: readonly Route[] = ROUTE_DEFS.map((r) => ({ ...r, policy: authorizePolicy(r.template, r.method) }))

export interface RouteMatch {
  route: Route
  match: RegExpExecArray
}

export function matchRoute(method: string, apiPath: string): RouteMatch | undefined {
  for (const route of ROUTES) {
    if (route.method !== method) continue
    const match = route.pattern.exec(apiPath)
    if (match) return { route, match }
  }
  return undefined
}

export function unknownEndpoint(method: string, path: string): ApiResult {
  return failure(404, `No API method matches ${method} ${path}`)
}

/**
 * The scope gate, as the server runs it:
 * - endpoints without [AllowAnonymous] carry the policy as [Authorize] metadata
 *   (common/ASC.Api.Core/Auth/AuthorizationExtension.cs:121-142), enforced by
 *   the authorization middleware (common/ASC.Api.Core/Core/BaseStartup.cs:628):
 *   401 when not authenticated, 403 when no accepted scope is held; both bodiless.
 * - [AllowAnonymous] endpoints skip that middleware; ApiKeyScopesFilter
 *   (common/ASC.Api.Core/Middleware/ApiKeyScopesFilter.cs:42-75) checks the same
 *   policy, but only for "Bearer sk-…" requests. An sk- key that fails
 *   authentication has no scope claims there, so it gets that filter's 403
 *   (a ProblemDetails body, see apiKeyScopeForbidden) instead of a 401.
 *   Other unauthenticated requests would run the action anonymously; the
 *   emulator does not model anonymous actions and answers them 401 as before.
 */
function gate(route: Route, auth: AuthResult): ApiResult | undefined {
  if (route.anonymous) {
    if (auth.apiKeyRequest) {
      const claims = auth.status === 'valid' ? auth.principal.scopes : new Set<string>()
      if (!scopesAllow(claims, route.policy)) return apiKeyScopeForbidden()
    }
    if (auth.status !== 'valid') return bodiless(401)
    return undefined
  }
  if (auth.status !== 'valid') return bodiless(401)
  if (!scopesAllow(auth.principal.scopes, route.policy)) return bodiless(403)
  return undefined
}

export function dispatch(
  ctx: HandlerContext,
  found: RouteMatch | undefined,
  auth: AuthResult,
  contentType: string | undefined
): ApiResult | Promise<ApiResult> {
  if (!found) return unknownEndpoint(ctx.method, ctx.req.href)
  const { route, match } = found
  const refused = gate(route, auth)
  if (refused) return refused
  // [FromBody] only reads JSON: ASP.NET's BodyModelBinder finds no input
  // formatter for any other Content-Type, or for none at all, and the request
  // is refused with 415 before the action runs, with or without a body (the
  // bodies are required, so the empty-body allowance does not apply; API-FACTS
  // §1.3: "415 without a Content-Type, 400 with one"). A JSON Content-Type with
  // an empty body reaches model binding and fails there with 400.
  if (route.body && !/\bjson\b/i.test(contentType ?? '')) return unsupportedMediaType(ctx.req)
  return route.handle(ctx, match)
}
