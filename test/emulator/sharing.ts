// Room membership, links and people lookup: PUT/GET files/rooms/{id}/share,
// GET files/rooms/{id}/link, GET files/rooms/{id}/links, GET people/email.
// Sources: DocSpace-server at tag v3.7.2-server, paths relative to that repository:
//   VRC  products/ASC.Files/Server/Api/VirtualRoomsController.cs
//   FSS  products/ASC.Files/Core/Core/FileStorageService.cs
//   FSH  products/ASC.Files/Core/Utils/FileSharing.cs (FileSharingAceHelper, FileSharingHelper, FileSharing)
//   SEC  products/ASC.Files/Core/Core/Security/FileSecurity.cs
//   SDAO products/ASC.Files/Core/Core/Dao/TeamlabDao/SecurityDao.cs
//   FSD  products/ASC.Files/Server/ApiModels/ResponseDto/FileShareDto.cs
//   EFD  common/ASC.Api.Core/Model/EmployeeFullDto.cs
//   UC   products/ASC.People/Server/Api/UserController.cs
import type { HandlerContext } from './context.js'
import { employee, formatApiDate, type DtoContext } from './dto.js'
import { tag, type NetClass } from './fields.js'
import {
  accessDenied,
  failure,
  invalidOperation,
  notFound,
  nullArgument,
  success,
  validation,
  type ApiResult,
  type RequestInfo
} from './results.js'
import {
  ADMIN_USER_ID,
  FILE_SHARE,
  type EmulatedLink,
  type EmulatedRoom,
  type EmulatedUser,
  type EmulatorState,
  type RoomTypeValue,
  type UserType
} from './state.js'
import { addError, conversionError, queryInt, readObjectBody, type Errors } from './validation.js'

// .NET types for the `fields=` projector (fields.ts).
/** EmployeeFullDto (EFD:41-265); derives from EmployeeDto, but GetProperties() does not list the base's static
 * `Default` (no FlattenHierarchy), so nothing is hidden. */
const EMPLOYEE_FULL_DTO: NetClass = { kind: 'class', name: 'EmployeeFullDto' }
/** FileShareDto (FSD:40-119): the obsolete `SharedTo` is declared `object` (:53). */
export const FILE_SHARE_DTO: NetClass = { kind: 'class', name: 'FileShareDto', objectTyped: ['sharedTo'] }
/** FileShareLink (FSD:124-202). */
const FILE_SHARE_LINK: NetClass = { kind: 'class', name: 'FileShareLink' }
/** RoomSecurityDto (products/ASC.Files/Server/ApiModels/ResponseDto/RoomAccessDto.cs:39-58). */
const ROOM_SECURITY_DTO: NetClass = { kind: 'class', name: 'RoomSecurityDto' }

/** FilesCommonResource.resx:315 ErrorMessage_RoleNotAvailable, thrown as InvalidOperationException → 403. */
export const ROLE_NOT_AVAILABLE = 'The role is not available for this user type'
const FOLDER_NOT_FOUND = 'The required folder was not found'
const READ_FOLDER_DENIED = "You don't have enough permission to view the folder content"

/**
 * SEC:157-234 AvailableRoomAccesses, per room type (RoomType → FolderType: 1 FillingFormsRoom, 2 EditingRoom,
 * 5 CustomRoom, 6 PublicRoom, 8 VirtualDataRoom, 9 AiRoom) for users (SubjectType.User) and for the primary
 * external link (SubjectType.PrimaryExternalLink; absent = no external links in that room type).
 */
export const ROOM_USER_ACCESSES: Record<RoomTypeValue, readonly number[]> = {
  5: [9, 11, 10, 5, 6, 2, 0], // SEC:162-169
  6: [9, 11, 0], // SEC:189
  1: [9, 11, 7, 0], // SEC:200
  2: [9, 11, 10, 2, 0], // SEC:211
  8: [9, 11, 10, 2, 7, 0], // SEC:220
  9: [9, 11, 2, 0] // SEC:229
}
/** DefaultFileAccess (SEC:76) for Custom and Public rooms; [FillForms, Read, None] for form filling (SEC:204). */
const ROOM_PRIMARY_LINK_ACCESSES: Partial<Record<RoomTypeValue, readonly number[]>> = {
  5: [10, 7, 5, 6, 2, 0],
  6: [10, 7, 5, 6, 2, 0],
  1: [7, 2, 0]
}
/** SEC:236-262 AvailableUserAccesses: RoomManager (9) only for DocSpace admins and room admins. */
export const USER_TYPE_ACCESSES: Record<UserType, readonly number[]> = {
  DocSpaceAdmin: [9, 11, 10, 7, 5, 6, 2, 0],
  RoomAdmin: [9, 11, 10, 5, 6, 7, 2, 0],
  User: [11, 10, 5, 6, 7, 2, 0],
  Guest: [11, 10, 5, 6, 7, 2, 0]
}

/** FileShare names, for FileShareConverter's string branch. */
const FILE_SHARE_NAMES: Readonly<Record<string, number>> = FILE_SHARE

/**
 * FileShareConverter.Read (products/ASC.Files/Core/Core/Security/FileShare.cs:82-95): a JSON number that fits
 * an Int32 is cast as it is (undefined values included); a string goes through the source-generated
 * FileShareExtensions.TryParse (EtaEmre.NetEscapades.EnumGenerators, Directory.Packages.props:72), which in the
 * NetEscapades generator family matches member names case-sensitively and then takes an Int32 string
 * (`int.TryParse`) as a number (inference: the fork's own source was not checked); anything else is None (0).
 */
export function readFileShare(value: unknown): number {
  if (typeof value === 'number') {
    return Number.isInteger(value) && value >= -2147483648 && value <= 2147483647 ? value : 0
  }
  if (typeof value !== 'string') return 0
  if (Object.hasOwn(FILE_SHARE_NAMES, value)) return FILE_SHARE_NAMES[value]!
  if (/^\s*[+-]?\d+\s*$/.test(value)) {
    const n = Number(value.trim())
    if (n >= -2147483648 && n <= 2147483647) return n
  }
  return 0
}

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i
const EMPTY_GUID = '00000000-0000-0000-0000-000000000000'

/** The [EmailAddress] check (System.ComponentModel.DataAnnotations): one '@', not first, not last. */
function validEmail(s: string): boolean {
  const at = s.indexOf('@')
  return at > 0 && at === s.lastIndexOf('@') && at < s.length - 1
}

interface Invitation {
  /** '' = Guid.Empty (no id given) */
  id: string
  email: string | null
  access: number
}

interface InvitationRequest {
  invitations: Invitation[] | null
  notify: boolean
  message: string | null
  culture: string | null
  force: boolean
}

/**
 * Binds RoomInvitationRequest (products/ASC.Files/Server/ApiModels/RequestDto/RoomInvitationRequestDto.cs:39-71;
 * RoomInvitation : EmailInvitationDto, products/ASC.Files/Core/ApiModels/RequestDto/RoomInvitation.cs:39-52,
 * common/ASC.Api.Core/Model/EmailInvitationDto.cs:51-60). System.Text.Json stops at the first value it cannot
 * convert. Guids must be JSON strings in a Guid format; the emulator also accepts the ids of its non-GUID seed
 * users ('user-other', …), which a real portal never has.
 */
function bindInvitationRequest(
  state: EmulatorState,
  body: Record<string, unknown>
): { ok: true; value: InvitationRequest } | { ok: false; errors: Errors } {
  const errors: Errors = {}
  const fail = (path: string, type: string): { ok: false; errors: Errors } => {
    conversionError(errors, path, type)
    return { ok: false, errors }
  }
  const out: InvitationRequest = { invitations: null, notify: false, message: null, culture: null, force: false }
  for (const key of Object.keys(body)) {
    const v = body[key]
    switch (key.toLowerCase()) {
      case 'notify':
      case 'force':
        if (typeof v !== 'boolean') return fail(key, 'System.Boolean')
        out[key.toLowerCase() as 'notify' | 'force'] = v
        break
      case 'message':
      case 'culture':
        if (v !== null && typeof v !== 'string') return fail(key, 'System.String')
        out[key.toLowerCase() as 'message' | 'culture'] = v
        break
      case 'invitations': {
        if (v === null) {
          out.invitations = null
          break
        }
        const listType = 'System.Collections.Generic.List`1[ASC.Files.Core.ApiModels.RequestDto.RoomInvitation]'
        if (!Array.isArray(v)) return fail(key, listType)
        const list: Invitation[] = []
        for (const [i, item] of v.entries()) {
          if (item === null) return fail(`${key}[${i}]`, 'ASC.Files.Core.ApiModels.RequestDto.RoomInvitation')
          if (typeof item !== 'object' || Array.isArray(item))
            return fail(`${key}[${i}]`, 'ASC.Files.Core.ApiModels.RequestDto.RoomInvitation')
          const inv: Invitation = { id: '', email: null, access: 0 }
          for (const k of Object.keys(item as object)) {
            const iv = (item as Record<string, unknown>)[k]
            switch (k.toLowerCase()) {
              case 'id':
                if (typeof iv !== 'string' || !(GUID.test(iv) || state.users.has(iv)))
                  return fail(`${key}[${i}].${k}`, 'System.Guid')
                inv.id = iv === EMPTY_GUID ? '' : iv.toLowerCase() === iv || !GUID.test(iv) ? iv : iv.toLowerCase()
                break
              case 'email':
                if (iv !== null && typeof iv !== 'string') return fail(`${key}[${i}].${k}`, 'System.String')
                inv.email = iv
                break
              case 'access':
                inv.access = readFileShare(iv) // never a conversion error
                break
            }
          }
          list.push(inv)
        }
        out.invitations = list
        break
      }
    }
  }
  // [MaxEmailInvitations] on Invitations: more non-empty e-mails than the limit (EmailInvitationDto.cs:62-85;
  // Resource.resx ErrorInvitationLimitExceeded). The error key is an inference.
  const emails = (out.invitations ?? []).filter((i) => !!i.email).length
  if (emails > 0 && emails > state.invitationLimit) addError(errors, 'Invitations', 'Invitation limit is exceeded')
  // [EmailAddress][MaxLength(255)] on each invitation's Email (EmailInvitationDto.cs:57-59); null passes.
  for (const [i, inv] of (out.invitations ?? []).entries()) {
    if (inv.email === null) continue
    if (!validEmail(inv.email))
      addError(errors, `Invitations[${i}].Email`, 'The Email field is not a valid e-mail address.')
    if (inv.email.length > 255)
      addError(
        errors,
        `Invitations[${i}].Email`,
        "The field Email must be a string or array type with a maximum length of '255'."
      )
  }
  if (Object.keys(errors).length) return { ok: false, errors }
  return { ok: true, value: out }
}

/** A user the emulator knows: a profile, or a seeded id (room owners such as 'user-other') given a stand-in. */
function knownUser(state: EmulatorState, id: string): EmulatedUser | undefined {
  if (id === '') return undefined
  return state.user(id) ?? (state.users.has(id) || state.userTypes.has(id) ? state.profile(id) : undefined)
}

// DTOs.

/**
 * EmployeeFullDtoHelper.GetFullAsync (EFD:353-459) for a user without photo, contacts, groups or phone:
 * EmployeeDto's fields (dto.ts employee()) and the full ones. `department` is "" unless the caller is a
 * "User" looking at someone else (FillGroupsAsync, EFD:461-486); `createdBy` only for a DocSpace-admin caller
 * (EFD:443-451). ActivationStatus drops the AutoGenerated flag (EFD:365).
 */
export function employeeFull(ctx: DtoContext, user: EmulatedUser): Record<string, unknown> {
  const { state } = ctx
  const base = employee(ctx, user.id)
  const type = state.userType(user.id)
  const owner = user.id === ADMIN_USER_ID // the portal owner
  const callerIsUser = state.userType(ctx.userId) === 'User'
  const dto: Record<string, unknown> = {
    ...base,
    displayName: user.displayName,
    firstName: user.firstName,
    lastName: user.lastName,
    userName: user.email.slice(0, Math.max(0, user.email.indexOf('@'))),
    email: user.email,
    status: user.status,
    activationStatus: user.activationStatus,
    ...(callerIsUser && ctx.userId !== user.id ? {} : { department: '' }),
    isAdmin: type === 'DocSpaceAdmin' && !owner,
    isRoomAdmin: type === 'RoomAdmin',
    isLDAP: false,
    isOwner: owner,
    isVisitor: type === 'Guest',
    isCollaborator: type === 'User',
    mobilePhoneActivationStatus: 0,
    isSSO: false,
    registrationDate: formatApiDate(user.created, state.timeZoneOffset)
  }
  if (ctx.isAdmin && user.createdBy !== undefined) dto['createdBy'] = employee(ctx, user.createdBy)
  return tag(dto, EMPLOYEE_FULL_DTO)
}

/**
 * FileShareDtoHelper.Get (FSD:223-293) of a user's share record as FileSharing.ToAceAsync makes it
 * (FSH:1125-1161): `canEditAccess` for anyone but the caller when the caller may edit access (:1138),
 * `isLocked` for the caller's own record (:1159), `isOwner` for the room's creator (:1156-1158);
 * canEditInternal/canEditExpirationDate follow the same EditInternal/EditExpiration rights as EditAccess
 * (SEC:2268-2283). `sharedTo` repeats `sharedToUser` (:286-287).
 */
function userShareDto(
  ctx: DtoContext,
  room: EmulatedRoom,
  user: EmulatedUser,
  access: number
): Record<string, unknown> {
  const canEdit = ctx.state.canEditAccess(ctx.userId, room)
  const person = employeeFull(ctx, user)
  return tag(
    {
      access,
      sharedTo: person,
      sharedToUser: person,
      isLocked: user.id === ctx.userId,
      isOwner: room.createdBy === user.id,
      canEditAccess: canEdit && user.id !== ctx.userId,
      canEditInternal: canEdit,
      canEditDenyDownload: false,
      canEditExpirationDate: canEdit,
      canRevoke: false,
      subjectType: 0
    },
    FILE_SHARE_DTO
  )
}

/** The owner's synthetic entry (GetDefaultAcesAsync, FSH:1054-1094): ReadWrite, isOwner, nothing editable. */
function ownerShareDto(ctx: DtoContext, room: EmulatedRoom): Record<string, unknown> {
  const person = employeeFull(ctx, ctx.state.profile(room.createdBy))
  return tag(
    {
      access: FILE_SHARE.ReadWrite,
      sharedTo: person,
      sharedToUser: person,
      isLocked: false,
      isOwner: true,
      canEditAccess: false,
      canEditInternal: false,
      canEditDenyDownload: false,
      canEditExpirationDate: false,
      canRevoke: false,
      subjectType: 0
    },
    FILE_SHARE_DTO
  )
}

/** The short link (OnlyoShortener, web/ASC.Web.Core/Utility/UrlShortener.cs:78-116: <portal>/s/<key>). */
export function shareLinkUrl(portalUrl: string, link: EmulatedLink): string {
  return `${portalUrl}/s/${link.key}`
}

/**
 * A link record as ToAceAsync (FSH:1164-1200) and FileShareDtoHelper.Get (FSD:242-277) give it: `sharedLink`
 * with the shortened URL, the password in clear text (FSH:1181), `primary` for SubjectType 4, invitation-only
 * maxUseCount/currentUseCount; canEditAccess false; Public primary links cannot change their expiry and can be
 * revoked, form-filling links can be revoked (FSH:1189-1198); deny-download editable only in VDRs (:1184-1187).
 */
function linkShareDto(ctx: DtoContext, room: EmulatedRoom, link: EmulatedLink): Record<string, unknown> {
  const canEdit = ctx.state.canEditAccess(ctx.userId, room)
  const invitation = link.subjectType === 3
  const sharedLink = tag(
    {
      id: link.id,
      title: link.title,
      shareLink: shareLinkUrl(ctx.portalUrl, link),
      ...(link.expirationDate ? { expirationDate: formatApiDate(link.expirationDate, ctx.state.timeZoneOffset) } : {}),
      linkType: invitation ? 0 : 1,
      ...(link.password !== undefined ? { password: link.password } : {}),
      denyDownload: link.denyDownload,
      isExpired: !!link.expirationDate && link.expirationDate.getTime() <= ctx.state.now().getTime(),
      primary: link.subjectType === 4,
      internal: link.internal,
      requestToken: link.requestToken,
      ...(invitation ? { currentUseCount: 0 } : {})
    },
    FILE_SHARE_LINK
  )
  const publicPrimary = room.roomType === 6 && link.subjectType === 4
  return tag(
    {
      access: link.access,
      sharedTo: sharedLink,
      sharedLink,
      isLocked: false,
      isOwner: false,
      canEditAccess: false,
      canEditInternal: canEdit,
      canEditDenyDownload: room.roomType === 8,
      canEditExpirationDate: canEdit && !publicPrimary,
      canRevoke: publicPrimary || room.roomType === 1,
      subjectType: link.subjectType
    },
    FILE_SHARE_DTO
  )
}

/** SuccessApiResponse with an explicit Count and TotalCount (ApiContext.SetCount/SetTotalCount;
 * common/ASC.Api.Core/Middleware/CommonApiResponse.cs:75-115). */
function successWithTotal(req: RequestInfo, response: unknown, count: number, total: number): ApiResult {
  return {
    status: 200,
    json: { response, count, total, links: [{ href: req.href, action: req.method }], status: 0, statusCode: 200 }
  }
}

const ok = success

// PUT files/rooms/{id}/share

/** Carries the answer of an exception thrown mid-batch (the records written before it stay). */
class ShareFailure extends Error {
  constructor(readonly result: ApiResult) {
    super('share refused')
  }
}

/**
 * PUT files/rooms/{id}/share, SetRoomSecurity (VRC:485-564), then FileStorageService.SetAceObjectAsync
 * (FSS:4028-4162) and FileSharingAceHelper.SetAceObjectAsync (FSH:63-513). In order:
 * - no invitations → 200 `{error: 0}`, before the room is even looked up (VRC:493-496);
 * - an e-mail invitation with access ≠ None while the portal forbids inviting guests → 403 "Access denied"
 *   (VRC:498-521);
 * - the room: missing → 404, unreadable → 403 (VRC:523 → FSS:167-185);
 * - access None for a user with a form role in a VDR, without `force` → 200 `{error: 1}`, nothing applied
 *   (VRC:535-543; FSS:4473-4482);
 * - invitations for users the caller may not see are dropped, unless the caller created the room and removes
 *   or changes an existing member (VRC:545-554; UserExtensions.cs:160-189);
 * - the caller may not set access (a guest, not a room manager/owner/admin, or the room is archived) →
 *   403 "Access denied" (FSH:82-99, 612-644), unless the request only removes the caller;
 * - then one invitation at a time (FSH:116-513). A refused access throws there, so invitations before it stay
 *   applied and the rest are not: access not in AvailableRoomAccesses for the room type (FSH:180-184) or not in
 *   AvailableUserAccesses for the invitee's type (FSH:254-270) → 403 "The role is not available for this
 *   user type". An e-mail invitation is checked as a Guest: its id is Guid.Empty, GetUsersAsync gives LostUser
 *   and GetUserTypeAsync(LostUser) is Guest (FSH:124, 131; UserExtensions.cs:141-146).
 * - e-mail invitations with access ≠ None resolve the address (FSH:271-306): a known user becomes an id
 *   invitation, related to the caller, and stays an e-mail invitation only while Pending; an unknown address
 *   gets a Pending guest account (UserManagerWrapper.cs:100-158), or — if that fails, e.g. the guest quota —
 *   the exception message becomes `warning` and the invitation is skipped (FSH:294-304). Access None by e-mail
 *   is never resolved: it "removes" Guid.Empty, a no-op.
 * - an unchanged access is skipped without a mail (FSH:322-325); None removes the record.
 * - mails: the e-mail invitation mail whatever `notify` says (FSH:412-424); `notify` and a new member → the
 *   "invited to room" mail (FSH:427-432); `notify` and a changed access → the role-changed mail
 *   (FSS:4088-4097). Removal mails nobody.
 * Answer: RoomSecurityDto {members, warning, error}: `members` are the current records of the ids in the
 * request — e-mail invitations have none, so they never appear (VRC:545, 559-561).
 */
export function setRoomSecurity(ctx: HandlerContext, roomId: number): ApiResult {
  const read = readObjectBody(ctx.rawBody)
  if (!read.ok) return validation(ctx.req, read.errors)
  const bound = bindInvitationRequest(ctx.state, read.value)
  if (!bound.ok) return validation(ctx.req, bound.errors)
  const request = bound.value
  const { state } = ctx
  const caller = ctx.dto.userId

  const invitations = request.invitations
  if (!invitations || invitations.length === 0) return ok(ctx.req, tag({ error: 0 }, ROOM_SECURITY_DTO))

  const newGuestsInvited = invitations.some((i) => !!i.email && i.access !== 0)
  if (newGuestsInvited && !state.allowInvitingGuests) return accessDenied()

  const room = state.rooms.get(roomId)
  if (!room) return notFound(FOLDER_NOT_FOUND)
  if (!state.canRead(caller, room)) return invalidOperation(READ_FOLDER_DENIED)

  for (const inv of invitations) {
    if (inv.access === 0 && !request.force && room.roomType === 8 && state.formRoles.get(roomId)?.has(inv.id)) {
      return ok(ctx.req, tag({ error: 1 }, ROOM_SECURITY_DTO))
    }
  }

  const requestedIds = invitations.map((i) => i.id)
  const current = state.shares.get(roomId) ?? new Map<string, number>()
  const kept = invitations.filter(
    (s) =>
      (room.createdBy === caller && (s.access === 0 || current.has(s.id))) ||
      state.canViewUser(caller, s.id === '' ? EMPTY_GUID : s.id)
  )

  let warning: string | undefined
  try {
    warning = applyInvitations(ctx, room, kept, request)
  } catch (e) {
    if (e instanceof ShareFailure) return e.result
    throw e
  }

  const members: Record<string, unknown>[] = []
  if (state.canRead(caller, room)) {
    const shares = state.shares.get(roomId)
    const seen = new Set<string>()
    for (const id of requestedIds) {
      const access = shares?.get(id)
      const user = knownUser(state, id)
      if (access === undefined || !user || seen.has(id)) continue
      seen.add(id)
      members.push(userShareDto(ctx.dto, room, user, access))
    }
  }
  return ok(ctx.req, tag({ members, ...(warning !== undefined ? { warning } : {}), error: 0 }, ROOM_SECURITY_DTO))
}

/** FSH:63-513 for one room, user subjects only. Returns the first warning. */
function applyInvitations(
  ctx: HandlerContext,
  room: EmulatedRoom,
  aces: Invitation[],
  request: InvitationRequest
): string | undefined {
  const { state } = ctx
  const caller = ctx.dto.userId
  const leavingOnly = aces.every((a) => a.id === caller && a.access === 0)
  if (!leavingOnly && !state.canEditAccess(caller, room)) throw new ShareFailure(accessDenied())

  let warning: string | undefined
  for (const w of aces) {
    let id = w.id
    let emailInvite = !!w.email
    // GetUsersAsync(w.Id, false): unknown ids (Guid.Empty for e-mail invitations) are LostUser (FSH:124).
    const known = knownUser(state, id)
    let existed = id === '' ? undefined : state.shares.get(room.id)?.get(id)
    // Terminated accounts are skipped unless an existing record is removed (FSH:126-129).
    if (known?.status === 2 && (w.access !== 0 || existed === undefined)) continue
    const inviteeType: UserType = known ? known.type : 'Guest'
    let event: 'create' | 'update' | 'remove' =
      existed !== undefined ? (w.access === 0 ? 'remove' : 'update') : 'create'

    if (!ROOM_USER_ACCESSES[room.roomType].includes(w.access))
      throw new ShareFailure(invalidOperation(ROLE_NOT_AVAILABLE))
    // Only for new records or existing user records (FSH:254).
    if (room.roomType === 9 && inviteeType === 'Guest' && (w.access === 9 || w.access === 11))
      throw new ShareFailure(invalidOperation(ROLE_NOT_AVAILABLE)) // FSH:256-261
    if (!USER_TYPE_ACCESSES[inviteeType].includes(w.access))
      throw new ShareFailure(invalidOperation(ROLE_NOT_AVAILABLE))

    if (emailInvite && w.access !== 0) {
      const user = state.userByEmail(w.email!)
      if (user) {
        id = user.id
        existed = state.shares.get(room.id)?.get(id)
        if (existed !== undefined) event = 'update'
        state.relate(caller, user.id)
        if (user.activationStatus !== 2) emailInvite = false
      } else {
        const created = createGuest(state, w.email!, caller)
        if (typeof created === 'string') {
          warning ??= created
          continue
        }
        id = created.id
      }
    }

    // An unchanged access is not written and mails nobody (FSH:322-325).
    if (existed !== undefined && event === 'update' && existed === w.access) continue

    // fileSecurity.ShareAsync (FSH:383): None deletes the record; Guid.Empty matches none.
    if (id !== '') state.setMember(room.id, id, w.access)

    const target = knownUser(state, id)
    if (emailInvite && w.access !== 0) {
      sendMail(state, w.email!, id, room, 'invitation', w.access, request.message)
    } else if (request.notify && event === 'create' && target) {
      sendMail(state, target.email, id, room, 'added', w.access, request.message)
    }
    if (request.notify && event === 'update' && target) {
      sendMail(state, target.email, id, room, 'role-changed', w.access, request.message)
    }
  }
  return warning
}

/**
 * UserManagerWrapper.AddInvitedUserAsync(email, Guest) (web/ASC.Web.Core/Users/UserManagerWrapper.cs:100-158):
 * a Pending guest with empty names, related to the inviter; the active-users quota counts guests
 * (common/ASC.Core.Common/Context/Impl/UserManager.cs:381-386) and refuses with TenantQuotaException
 * "The number of users should not exceed {N}" (web/ASC.Web.Core/Quota/CountUserFeature.cs:46-49;
 * Resource.resx TariffsFeature_users_exception). Returns that message on failure.
 */
function createGuest(state: EmulatorState, email: string, inviter: string): EmulatedUser | string {
  if (state.guestCount() + 1 > state.maxGuests) return `The number of users should not exceed ${state.maxGuests}`
  return state.addUser({
    email,
    type: 'Guest',
    activationStatus: 2,
    status: 4,
    createdBy: inviter,
    firstName: '',
    lastName: ''
  })
}

function sendMail(
  state: EmulatorState,
  to: string,
  userId: string,
  room: EmulatedRoom,
  reason: 'invitation' | 'added' | 'role-changed',
  access: number,
  message: string | null
): void {
  state.mails.push({
    to,
    userId,
    roomId: room.id,
    reason,
    access,
    ...(message !== null ? { message } : {}),
    at: state.now()
  })
}

// GET files/rooms/{id}/share

/** ShareFilterType (products/ASC.Files/Core/Core/Security/SubjectType.cs:39-63), for the query binder. */
const SHARE_FILTER_TYPES: Record<string, number> = {
  userorgroup: 0,
  invitationlink: 1,
  externallink: 2,
  additionalexternallink: 4,
  primaryexternallink: 8,
  link: 15,
  user: 16,
  group: 32
}

/** ShareComparer's order for rooms (products/ASC.Files/Core/Core/Security/FileShareRecord.cs:98-115). */
const ROOM_SHARE_ORDER = [0, 9, 11, 10, 7, 5, 6, 2, 1, 8, 4, 3]
const shareRank = (access: number): number => {
  const i = ROOM_SHARE_ORDER.indexOf(access)
  return i < 0 ? ROOM_SHARE_ORDER.length : i
}

/**
 * GET files/rooms/{id}/share, GetRoomSecurityInfo (VRC:572-588; RoomSecurityInfoRequestDto.cs: filterType
 * default UserOrGroup, count [Range(1, 100)] default 100, startIndex, filterValue).
 * - missing room → 404 "Item not found" (FSS:3935-3940 → GetEntryAsync, FSS:5893-5900);
 * - members: anyone who can read the room; links need ReadLinks (= EditAccess rights), except the primary
 *   external link of a room in Rooms (FSH:1037-1052); otherwise the list is empty, total 0;
 * - for User/UserOrGroup the owner comes first, a synthetic ReadWrite entry (FSH:1054-1094, 730-735);
 * - filterValue: lower-cased, trimmed substring of first name, last name or e-mail (AbstractDao.cs:227;
 *   SDAO:490-493, 533-538; FSH:1108-1119 for the owner);
 * - order for UserOrGroup: room managers, (groups), others, guests, pending accounts; then by access, then by
 *   first name (e-mail for pending) (SDAO:562-581); User: by activation status, access, first name
 *   (SDAO:500-503); links: external ones before invitations… by SubjectType descending (SDAO:585-590);
 * - envelope: count = min(total − startIndex, count) — negative past the end — and total (VRC:581-582).
 */
export function getRoomSecurityInfo(ctx: HandlerContext, roomId: number): ApiResult {
  const errors: Errors = {}
  const q = ctx.query
  let filterType = 0
  const rawType = q.get('filterType')
  if (rawType !== null) {
    if (rawType.trim() === '') addError(errors, 'filterType', `The value '${rawType}' is invalid.`)
    else {
      const parsed = parseFlags(rawType)
      if (parsed === undefined) addError(errors, 'filterType', `The value '${rawType}' is not valid for FilterType.`)
      else filterType = parsed
    }
  }
  const count = queryInt(errors, q, 'count', 100)
  if (count !== undefined && !errors['count'] && (count < 1 || count > 100))
    addError(errors, 'count', 'The field Count must be between 1 and 100.')
  const startIndex = queryInt(errors, q, 'startIndex', 0)
  if (Object.keys(errors).length || count === undefined || startIndex === undefined) return validation(ctx.req, errors)
  const text = (q.get('filterValue') ?? '').toLowerCase().trim()

  const { state } = ctx
  const room = state.rooms.get(roomId)
  if (!room) return notFound('Item not found')
  const caller = ctx.dto.userId
  const entries = listShares(ctx, room, filterType, text)
  const readable = state.canRead(caller, room)
  const linkFilter = filterType !== 0 && filterType !== 16 && filterType !== 32
  const canAccess =
    readable && (!linkFilter || state.canReadLinks(caller, room) || (filterType === 8 && !room.archived))
  const all = canAccess ? entries : []
  const total = all.length
  const page = all.slice(Math.max(0, startIndex), Math.max(0, startIndex) + count)
  return successWithTotal(
    ctx.req,
    tag(page, { kind: 'async-enumerable', element: FILE_SHARE_DTO }),
    Math.min(total - startIndex, count),
    total
  )
}

/** A [Flags] enum from the query: a number, or names separated by commas (ASP.NET's enum binder). */
function parseFlags(raw: string): number | undefined {
  const t = raw.trim()
  if (/^[+-]?\d+$/.test(t)) {
    const n = Number(t)
    return n >= -2147483648 && n <= 2147483647 ? n : undefined
  }
  let n = 0
  for (const part of t.split(',')) {
    const v = SHARE_FILTER_TYPES[part.trim().toLowerCase()]
    if (v === undefined) return undefined
    n |= v
  }
  return n
}

function listShares(
  ctx: HandlerContext,
  room: EmulatedRoom,
  filterType: number,
  text: string
): Record<string, unknown>[] {
  const { state } = ctx
  const matches = (u: EmulatedUser): boolean =>
    text === '' ||
    u.firstName.toLowerCase().includes(text) ||
    u.lastName.toLowerCase().includes(text) ||
    u.email.toLowerCase().includes(text)

  if (filterType === 0 || filterType === 16) {
    const out: Record<string, unknown>[] = []
    const owner = state.profile(room.createdBy)
    if (matches(owner)) out.push(ownerShareDto(ctx.dto, room))
    const records: { user: EmulatedUser; access: number }[] = []
    for (const [id, access] of state.shares.get(room.id) ?? []) {
      const user = knownUser(state, id)
      if (user && matches(user)) records.push({ user, access })
    }
    const name = (u: EmulatedUser): string => (u.activationStatus === 2 ? u.email : u.firstName).toLowerCase()
    const group = (r: { user: EmulatedUser; access: number }): number =>
      filterType === 16
        ? r.user.activationStatus
        : r.user.activationStatus === 2
          ? 4
          : r.user.type === 'Guest'
            ? 3
            : r.access === FILE_SHARE.RoomManager
              ? 0
              : 2
    records.sort(
      (a, b) =>
        group(a) - group(b) ||
        shareRank(a.access) - shareRank(b.access) ||
        (name(a.user) < name(b.user) ? -1 : name(a.user) > name(b.user) ? 1 : 0)
    )
    for (const r of records) out.push(userShareDto(ctx.dto, room, r.user, r.access))
    return out
  }
  if (filterType === 32) return [] // the emulator has no groups
  const wanted = new Set<number>()
  if (filterType & 1) wanted.add(3)
  if (filterType & 2) {
    wanted.add(1)
    wanted.add(4)
  }
  if (filterType & 4) wanted.add(1)
  if (filterType & 8) wanted.add(4)
  const links = (state.links.get(room.id) ?? []).filter((l) => wanted.has(l.subjectType))
  if (filterType === 2) links.sort((a, b) => b.subjectType - a.subjectType || shareRank(a.access) - shareRank(b.access))
  else links.sort((a, b) => shareRank(a.access) - shareRank(b.access))
  return links.map((l) => linkShareDto(ctx.dto, room, l))
}

// GET files/rooms/{id}/link, GET files/rooms/{id}/links

/**
 * GET files/rooms/{id}/link, GetRoomsPrimaryExternalLink (VRC:671-677 → FSS:3952-4026):
 * - missing room → 404 "Item not found" (FSS:3970);
 * - an existing primary external link is returned to anyone who may list it (FSH:1037-1052: readers of a room
 *   in Rooms; in the Archive only those with ReadLinks) — also for an archived room, where it no longer works;
 * - otherwise one is made (Read, "Shared link", FSS:3989-4022) — a GET that writes: the caller needs
 *   CanSetAccess, else 403 "Access denied" (FSS:4004-4007; FSH:612-644: guests, non-managers, the Archive);
 *   room types without external links (Collaboration, VDR, AI) refuse it as 403 "The role is not available
 *   for this user type" (FSH:180-184 via FSS:5868-5891).
 * Public and form-filling rooms have theirs from creation (FSS:843-852), so only custom rooms make one here.
 */
export function getPrimaryExternalLink(ctx: HandlerContext, roomId: number): ApiResult {
  const { state } = ctx
  const room = state.rooms.get(roomId)
  if (!room) return notFound('Item not found')
  const caller = ctx.dto.userId
  const existing = state.primaryLink(roomId)
  const visible = state.canRead(caller, room) && (!room.archived || state.canReadLinks(caller, room))
  if (existing && visible) return ok(ctx.req, linkShareDto(ctx.dto, room, existing))
  if (!state.canEditAccess(caller, room)) return accessDenied()
  if (!ROOM_PRIMARY_LINK_ACCESSES[room.roomType]?.includes(FILE_SHARE.Read)) return invalidOperation(ROLE_NOT_AVAILABLE)
  const link = state.addLink(roomId, 4, FILE_SHARE.Read, 'Shared link')
  return ok(ctx.req, linkShareDto(ctx.dto, room, link))
}

/**
 * GET files/rooms/{id}/links, GetRoomLinks (VRC:637-660): `type` 0 Invitation → InvitationLink, 1 External →
 * ExternalLink, none → Link; at most 100; Count = the number returned, no total. Listing links needs ReadLinks
 * (FSH:1037-1052); without it the list is empty.
 */
export function getRoomLinks(ctx: HandlerContext, roomId: number): ApiResult {
  const errors: Errors = {}
  const raw = ctx.query.get('type')
  let filterType = 15
  if (raw !== null && raw.trim() !== '') {
    const t = raw.trim().toLowerCase()
    const v = t === '0' || t === 'invitation' ? 0 : t === '1' || t === 'external' ? 1 : undefined
    if (v === undefined) addError(errors, 'type', `The value '${raw}' is not valid for Type.`)
    else filterType = v === 0 ? 1 : 2
  }
  if (Object.keys(errors).length) return validation(ctx.req, errors)
  const { state } = ctx
  const room = state.rooms.get(roomId)
  if (!room) return notFound('Item not found')
  const caller = ctx.dto.userId
  const list =
    state.canRead(caller, room) && state.canReadLinks(caller, room)
      ? listShares(ctx, room, filterType, '').slice(0, 100)
      : []
  return ok(ctx.req, tag(list, { kind: 'async-enumerable', element: FILE_SHARE_DTO }), list.length)
}

// PUT files/rooms/{id}/links

/** SEC:157-234 for link subjects: ExternalLink (1) and PrimaryExternalLink (4) share a list; InvitationLink (3). */
const ROOM_LINK_ACCESSES: Record<RoomTypeValue, { external?: readonly number[]; invitation: readonly number[] }> = {
  5: { external: [10, 7, 5, 6, 2, 0], invitation: [11, 10, 5, 6, 2, 0] }, // SEC:176-182
  6: { external: [10, 7, 5, 6, 2, 0], invitation: [11, 2, 0] }, // SEC:191-193
  1: { external: [7, 2, 0], invitation: [11, 7, 0] }, // SEC:202-204
  2: { invitation: [11, 10, 2, 0] }, // SEC:213
  8: { invitation: [11, 10, 2, 7, 0] }, // SEC:222
  9: { invitation: [11, 2, 0] } // SEC:231
}
/** _linkCountRoomSettingsAccesses (SEC:110-136): additional external links per room type (absent = 0). */
const MAX_ADDITIONAL_LINKS: Partial<Record<RoomTypeValue, number>> = { 5: 5, 6: 5 }
/** FilesLinkUtility.MaxLinkLifeTimeInYears (FSS:4240, 5762). */
const MAX_LINK_YEARS = 10

interface LinkRequest {
  linkId: string
  access: number
  expirationDate?: Date
  internal: boolean
  title: string | null
  linkType: number
  password: string | null
  denyDownload: boolean
  maxUseCount: number | null
}

/** Binds RoomLinkRequest (products/ASC.Files/Server/ApiModels/RequestDto/RoomLinkRequestDto.cs:39-103). */
function bindLinkRequest(
  body: Record<string, unknown>
): { ok: true; value: LinkRequest } | { ok: false; errors: Errors } {
  const errors: Errors = {}
  const fail = (path: string, type: string): { ok: false; errors: Errors } => {
    conversionError(errors, path, type)
    return { ok: false, errors }
  }
  const out: LinkRequest = {
    linkId: '',
    access: 0,
    internal: false,
    title: null,
    linkType: 0,
    password: null,
    denyDownload: false,
    maxUseCount: null
  }
  for (const key of Object.keys(body)) {
    const v = body[key]
    switch (key.toLowerCase()) {
      case 'linkid':
        if (typeof v !== 'string' || !GUID.test(v)) return fail(key, 'System.Guid')
        out.linkId = v === EMPTY_GUID ? '' : v.toLowerCase()
        break
      case 'access':
        out.access = readFileShare(v)
        break
      case 'expirationdate': {
        if (v === null) break
        const d = typeof v === 'string' ? new Date(v) : undefined
        if (!d || Number.isNaN(d.getTime())) return fail(key, 'ASC.Api.Core.ApiDateTime')
        out.expirationDate = d
        break
      }
      case 'internal':
      case 'denydownload':
        if (typeof v !== 'boolean') return fail(key, 'System.Boolean')
        if (key.toLowerCase() === 'internal') out.internal = v
        else out.denyDownload = v
        break
      case 'title':
      case 'password':
        if (v !== null && typeof v !== 'string') return fail(key, 'System.String')
        if (key.toLowerCase() === 'title') out.title = v
        else out.password = v
        break
      case 'linktype':
        if (typeof v !== 'number' || !Number.isInteger(v))
          return fail(key, 'ASC.Files.Core.ApiModels.ResponseDto.LinkType')
        out.linkType = v
        break
      case 'maxusecount':
        if (v !== null && (typeof v !== 'number' || !Number.isInteger(v)))
          return fail(key, 'System.Nullable`1[System.Int32]')
        out.maxUseCount = v
        break
    }
  }
  for (const [name, value] of [
    ['Title', out.title],
    ['Password', out.password]
  ] as const) {
    if (value !== null && value.length > 255)
      addError(errors, name, `The field ${name} must be a string with a maximum length of 255.`)
  }
  if (out.maxUseCount !== null && (out.maxUseCount < 1 || out.maxUseCount > 1000))
    addError(errors, 'MaxUseCount', 'The field MaxUseCount must be between 1 and 1000.')
  if (Object.keys(errors).length) return { ok: false, errors }
  return { ok: true, value: out }
}

/** A null action result: SuccessApiResponse without `response` (omitted when null) and Count 0
 * (common/ASC.Api.Core/Middleware/CommonApiResponse.cs:95-98, 128-131). */
function noResponse(req: RequestInfo): ApiResult {
  return {
    status: 200,
    json: { count: 0, links: [{ href: req.href, action: req.method }], status: 0, statusCode: 200 }
  }
}

const badExpiration = (): ApiResult =>
  failure(
    400,
    "Value does not fall within the expected range. (Parameter 'expirationDate')",
    'System.ArgumentException'
  )

/**
 * PUT files/rooms/{id}/links, SetRoomLink (VRC:597-629): linkType 0 Invitation → SetInvitationLinkAsync
 * (FSS:4210-4254), 1 External → SetExternalLinkAsync (FSS:4337-4370, 5754-5866), anything else →
 * InvalidOperationException → 403 (VRC:613). Both end in FileSharingAceHelper.SetAceObjectAsync (FSH:63-513)
 * through SetAceLinkAsync (FSS:5868-5891), where a warning becomes an InvalidOperationException → 403.
 * - missing room → 404 "Item not found"; the caller must be able to set access → else 403 "Access denied"
 *   (FSH:82-99);
 * - no linkId → a new link; a linkId of an existing record updates it (its subject type wins, so the primary
 *   link can be edited too, FSH:134-137); access 0 deletes it;
 * - the access must suit the room type and link kind (SEC:157-234 via FSH:180-184) → else 403 "The role is not
 *   available for this user type": Collaboration, VDR and AI rooms have no external links;
 * - new links are counted: one invitation link (FSH:61, 352), 5 additional external links in custom and public
 *   rooms, none in form-filling rooms (SEC:110-136; FSH:340-369) → 403 "The maximum number of links may not
 *   exceed N" (FilesCommonResource.resx:303);
 * - external links: an expiry in the past is ignored, beyond 10 years → 400 (FSS:5759-5768); public rooms force
 *   `internal` false (FSH:235-240) and keep no expiry on their primary link (FSH:187-193, 211-216);
 * - invitation links: an expiry in the past or beyond 10 years → 400 (FSS:4237-4246); default title
 *   "Invitation link" (FilesCommonResource.resx:222);
 * - revoking (access 0) the primary link of a public or form-filling room makes a new one at once
 *   (FSS:5796-5815), answered without its requestToken (VRC:623-626); revoking any other link answers no
 *   `response` at all and count 0 (VRC:616-619; CommonApiResponse.cs:95-98).
 */
export function setRoomLink(ctx: HandlerContext, roomId: number): ApiResult {
  const read = readObjectBody(ctx.rawBody)
  if (!read.ok) return validation(ctx.req, read.errors)
  const bound = bindLinkRequest(read.value)
  if (!bound.ok) return validation(ctx.req, bound.errors)
  const r = bound.value
  if (r.linkType !== 0 && r.linkType !== 1)
    return invalidOperation('Operation is not valid due to the current state of the object.')
  const { state } = ctx
  const room = state.rooms.get(roomId)
  if (!room) return notFound('Item not found')
  const now = state.now().getTime()
  const limit = now + MAX_LINK_YEARS * 365.25 * 86_400_000
  const invitation = r.linkType === 0
  let expiration: Date | undefined
  if (r.expirationDate) {
    const t = r.expirationDate.getTime()
    if (invitation && (t < now || t > limit)) return badExpiration()
    if (!invitation && t > now) {
      if (t > limit) return badExpiration()
      expiration = r.expirationDate
    }
    if (invitation) expiration = r.expirationDate
  }

  const caller = ctx.dto.userId
  if (!state.canEditAccess(caller, room)) return accessDenied()
  const links = state.links.get(roomId) ?? []
  const existing = r.linkId === '' ? undefined : links.find((l) => l.id === r.linkId)
  const subjectType = existing ? existing.subjectType : invitation ? 3 : 1
  const kinds = ROOM_LINK_ACCESSES[room.roomType]
  const allowed = subjectType === 3 ? kinds.invitation : kinds.external
  if (!allowed?.includes(r.access)) return invalidOperation(ROLE_NOT_AVAILABLE)
  const publicPrimary = subjectType === 4 && (room.roomType === 6 || room.roomType === 1)
  if (publicPrimary) expiration = undefined

  const title = r.title || (invitation ? 'Invitation link' : 'Shared link')
  const internal = room.roomType === 6 ? false : r.internal
  if (!existing) {
    const max = subjectType === 3 ? 1 : (MAX_ADDITIONAL_LINKS[room.roomType] ?? 0)
    if (links.filter((l) => l.subjectType === subjectType).length >= max)
      return invalidOperation(`The maximum number of links may not exceed ${max}`)
    // access 0 for a link that does not exist stores nothing (FSH:383) and finds nothing to answer
    if (r.access === 0) return noResponse(ctx.req)
    const link = state.addLink(roomId, subjectType === 3 ? 3 : 1, r.access, title, {
      internal,
      denyDownload: r.denyDownload,
      ...(r.password ? { password: r.password } : {}),
      ...(expiration ? { expirationDate: expiration } : {})
    })
    if (r.linkId !== '') link.id = r.linkId
    return ok(ctx.req, linkShareDto(ctx.dto, room, link))
  }

  if (r.access === 0) {
    state.links.set(
      roomId,
      links.filter((l) => l !== existing)
    )
    if (publicPrimary) {
      const fresh =
        room.roomType === 6
          ? state.addLink(roomId, 4, FILE_SHARE.Read, 'Shared link')
          : state.addLink(roomId, 4, FILE_SHARE.FillForms, 'Link to fill out')
      const dto = linkShareDto(ctx.dto, room, fresh)
      delete (dto['sharedLink'] as Record<string, unknown>)['requestToken']
      return ok(ctx.req, dto)
    }
    return noResponse(ctx.req)
  }
  existing.access = r.access
  existing.title = title
  existing.internal = internal
  existing.denyDownload = r.denyDownload
  if (r.password) existing.password = r.password
  else delete existing.password
  if (expiration) existing.expirationDate = expiration
  else delete existing.expirationDate
  return ok(ctx.req, linkShareDto(ctx.dto, room, existing))
}

// GET people/email

/**
 * GET people/email, GetProfileByEmail (UC:1050-1074; GetMemberByEmailRequestDto,
 * products/ASC.People/Server/ApiModels/RequestDto/MemberRequestDto.cs:488-512: `email` [EmailAddress]
 * [StringLength(255)]):
 * - a malformed or over-long e-mail → 400 validation problem;
 * - no e-mail (and no encemail) → ArgumentException.ThrowIfNullOrWhiteSpace → 400 (UC:1059);
 * - an unknown (or removed) address → ItemNotFoundException → 404 "The user could not be found"
 *   (UC:1061-1066; Resource.resx ErrorUserNotFound);
 * - a user the caller may not see (users and guests see only themselves; room admins only related guests) →
 *   SecurityException → 403 "Access denied" (UC:1068-1071);
 * - otherwise EmployeeFullDto (UC:1073).
 */
export function getProfileByEmail(ctx: HandlerContext): ApiResult {
  const raw = queryValue(ctx.query, 'email')
  const errors: Errors = {}
  if (raw !== undefined && raw.trim() !== '') {
    if (!validEmail(raw)) addError(errors, 'Email', 'The Email field is not a valid e-mail address.')
    if (raw.length > 255) addError(errors, 'Email', 'The field Email must be a string with a maximum length of 255.')
  }
  if (Object.keys(errors).length) return validation(ctx.req, errors)
  // A blank query value binds as null (ASP.NET's ConvertEmptyStringToNull), so it fails as a missing one.
  if (raw === undefined || raw.trim() === '') return nullArgument('email')
  const { state } = ctx
  const user = state.userByEmail(raw.trim())
  if (!user) return failure(404, 'The user could not be found', 'ASC.Common.Web.ItemNotFoundException')
  if (!state.canViewUser(ctx.dto.userId, user.id)) return accessDenied()
  return ok(ctx.req, employeeFull(ctx.dto, user))
}

/** A query value by case-insensitive key (ASP.NET's QueryCollection); blank → '' (bound as null). */
function queryValue(q: URLSearchParams, key: string): string | undefined {
  const lower = key.toLowerCase()
  for (const [k, v] of q) if (k.toLowerCase() === lower) return v
  return undefined
}
