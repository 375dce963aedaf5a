import * as v from 'valibot'

/**
 * The shapes of DocSpace's membership, link and people answers that the action reads (DocSpace-server v3.7.2), checked
 * like the others in answers.ts: lenient on fields the action does not read, strict on those it does. DocSpace leaves
 * null fields out of its JSON (`WhenWritingNull`, DynamicIgnoreResolver.cs:177), so an absent object is a null one.
 */

/** A user ID: a GUID, as System.Text.Json writes one. It goes back into request bodies, so nothing else is taken. */
const UserId = v.pipe(
  v.string(),
  v.regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i, 'a user ID (a GUID)')
)

const Whole = v.pipe(v.number(), v.integer())

/** A profile (`EmployeeFullDto`, EmployeeFullDto.cs:365-373): who it is and the type that decides room-manager. */
export const UserAnswer = v.looseObject({
  id: UserId,
  displayName: v.string(),
  email: v.string(),
  isOwner: v.boolean(),
  isAdmin: v.boolean(),
  isRoomAdmin: v.boolean()
})
export type DocSpaceUser = v.InferOutput<typeof UserAnswer>

/**
 * One entry of a room's share list (`FileShareDto`, FileShareDto.cs:40-64): a user, a group or a link. The owner is
 * listed first, as access 1 (ReadWrite) with `isOwner` (FileSharing.cs:1054-1094).
 */
export const ShareAnswer = v.looseObject({
  access: Whole,
  isOwner: v.boolean(),
  // SubjectType: 0 user, 1 external link, 2 group, 3 invitation link, 4 primary external link.
  subjectType: Whole,
  sharedToUser: v.optional(UserAnswer)
})
export type Share = v.InferOutput<typeof ShareAnswer>

/** One page of `GET rooms/{id}/share` (VirtualRoomsController.cs:574-588). */
export const SharePageAnswer = v.array(ShareAnswer)

/**
 * `PUT rooms/{id}/share` (`RoomSecurityDto`, RoomAccessDto.cs:39-70): the shares of the subjects sent, and what went
 * wrong: `warning` when an invitation was skipped (FileSharing.cs:298-303, HTTP 200), `error` 1 when a form role kept
 * a member from being removed and nothing was applied (VirtualRoomsController.cs:534-542).
 */
export const RoomSecurityAnswer = v.looseObject({
  // Not read: it lacks e-mail invitees (VirtualRoomsController.cs:561-563), so the list is read again; absent when
  // `error` returns before anything is applied (:534-542, null left out).
  members: v.optional(v.array(ShareAnswer)),
  warning: v.optional(v.string()),
  error: Whole
})
export type RoomSecurity = v.InferOutput<typeof RoomSecurityAnswer>

/** A link a person opens: only http(s), so that a portal cannot hand out a `javascript:` one. */
const WebLink = v.pipe(
  v.string(),
  v.check((s) => /^https?:\/\/[^\s]+$/i.test(s) && URL.canParse(s), 'an http(s) link')
)

/** `GET rooms/{id}/link`: the primary external link (`FileShareDto.sharedLink`, FileShareDto.cs:124-205). */
export const PrimaryLinkAnswer = v.looseObject({
  sharedLink: v.looseObject({ shareLink: WebLink })
})
