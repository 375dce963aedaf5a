import * as v from 'valibot'
import { DocSpaceError } from '../lib/errors.js'
import { maskEmails } from '../lib/safe-text.js'
import type { DocSpaceClient } from './client.js'
import type { AnswerBudget } from './transport.js'
import { segment } from './answers.js'
import { PAGE_SIZE } from './rooms.js'
import {
  linkProblem,
  PrimaryLinkAnswer,
  RoomSecurityAnswer,
  SharePageAnswer,
  UserAnswer,
  type DocSpaceUser,
  type RoomSecurity,
  type Share
} from './sharing-answers.js'

export type { DocSpaceUser, Share } from './sharing-answers.js'

/** Membership, links and people in DocSpace's own vocabulary; one function per call. */

const ROOMS = 'api/2.0/files/rooms'

/** `SubjectType.User` (SubjectType.cs): the entries of a share list that are people, not groups or links. */
const SUBJECT_USER = 0

/** Share-list pages read at most for one room: 100,000 entries, far more than a room has. */
const MAX_SHARE_PAGES = 1000

/**
 * Bytes of share-list pages read for one room, as for the room listing (rooms.ts): DocSpace lists each member with
 * their profile whole, about 1.5 KB, so this reads some 10,000 members. Of each only what the action reads is kept
 * (sharing-answers.ts), but a portal that keeps giving new members would otherwise be read until MAX_SHARE_PAGES: 2.1
 * GB for one run, when every member held everything a profile can.
 */
export const MAX_SHARE_LIST_BYTES = 16 * 1024 * 1024

/** A user's entry in a room's share list. */
export type UserShare = Share & { sharedToUser: DocSpaceUser }

/**
 * Every user with access to the room, the owner first, 100 a page. The list is read until a page comes back short or
 * brings no user, group or link not seen before, so a portal's paging cannot draw requests without end. Groups
 * and links are left out.
 */
export async function listShares(client: DocSpaceClient, roomId: number | string): Promise<UserShare[]> {
  const path = `${ROOMS}/${segment(roomId)}/share`
  const users = new Map<string, UserShare>()
  const seen = new Set<string>()
  const budget: AnswerBudget = {
    limit: MAX_SHARE_LIST_BYTES,
    used: 0,
    what: `room ${roomId}'s members`,
    likelyCause:
      'the portal keeps giving new members, or the room has more than one run reads; no further page was asked for'
  }
  for (let page = 0, startIndex = 0; ; page++) {
    if (page >= MAX_SHARE_PAGES) {
      throw new DocSpaceError({
        request: `GET /${path}`,
        malformed: `with more members than ${MAX_SHARE_PAGES} pages hold`,
        likelyCause: 'the portal keeps giving members; no further page was asked for'
      })
    }
    const entries = await client.call(
      { method: 'GET', path, query: { startIndex, count: PAGE_SIZE }, retry: 'always', budget },
      SharePageAnswer
    )
    // A page brings something new when it has a user, group or link not seen before, or an entry that cannot be
    // told apart: a full page of groups is not the end of the list, the users may follow.
    let fresh = false
    for (const entry of entries) {
      const user = entry.sharedToUser
      const key = user?.id ?? entry.sharedToGroup?.id ?? entry.sharedLink?.id
      if (key === undefined) fresh = true
      else if (!seen.has(key)) {
        seen.add(key)
        fresh = true
      }
      if (entry.subjectType !== SUBJECT_USER || !user || users.has(user.id)) continue
      users.set(user.id, { ...entry, sharedToUser: user })
    }
    if (entries.length < PAGE_SIZE || !fresh) break
    startIndex += entries.length
  }
  return [...users.values()]
}

/** One change to a room's members: by user ID, or by e-mail for someone who is not a member yet. */
export type Invitation = { id: string; access: number } | { email: string; access: number }

export interface ShareRequest {
  invitations: Invitation[]
  /** Whether DocSpace mails people whose access is added; an unknown e-mail is mailed whatever this says. */
  notify: boolean
  message?: string
}

/** DocSpace's words for `RoomSecurityError` values (RoomAccessDto.cs:60-70). */
const ROOM_SECURITY_ERRORS: Record<number, string> = { 1: 'Form role blocking deletion' }

/**
 * Sets access in one request. DocSpace answers HTTP 200 also when it skipped an invitation (a `warning`) or applied
 * nothing (`error`); either fails here with DocSpace's words. Sending the same again changes nothing: DocSpace skips
 * a share that is already as asked (FileSharing.cs:322), so the request is safe to repeat.
 */
export async function setShares(
  client: DocSpaceClient,
  roomId: number | string,
  request: ShareRequest
): Promise<RoomSecurity> {
  const path = `${ROOMS}/${segment(roomId)}/share`
  const body: Record<string, unknown> = { invitations: request.invitations, notify: request.notify }
  if (request.message) body.message = request.message
  const answer = await client.call({ method: 'PUT', path, body, retry: 'always' }, RoomSecurityAnswer)
  const label = `PUT /${path}`
  if (answer.error !== 0) {
    throw new DocSpaceError({
      request: label,
      status: 200,
      docspaceMessage: ROOM_SECURITY_ERRORS[answer.error] ?? `error ${answer.error}`,
      likelyCause:
        answer.error === 1
          ? 'a member to be removed holds a role in a form of this virtual data room; DocSpace changed nothing in the room'
          : 'DocSpace refused the change; it changed nothing in the room'
    })
  }
  if (answer.warning) {
    throw new DocSpaceError({
      request: label,
      status: 200,
      docspaceMessage: answer.warning,
      likelyCause:
        "DocSpace could not invite an e-mail it does not know as a guest (the portal's user quota is full, the key's user may not invite guests, or the e-mail belongs to an account elsewhere) and skipped that invitation; the other changes were applied"
    })
  }
  return answer
}

/**
 * The room's primary external link. DocSpace makes one on this GET when the room has none (FileStorageService.cs
 * 3989-4024); only custom, public and form-filling rooms have external links.
 */
export async function primaryExternalLink(
  client: DocSpaceClient,
  roomId: number | string,
  portalUrl: string
): Promise<string> {
  const path = `${ROOMS}/${segment(roomId)}/link`
  const answer = await client.call({ method: 'GET', path, retry: 'always' }, v.nullable(PrimaryLinkAnswer))
  if (!answer) {
    throw new DocSpaceError({
      request: `GET /${path}`,
      malformed: 'without a link (response is null)',
      likelyCause: "the key's user may not make the room's external link"
    })
  }
  const link = answer.sharedLink.shareLink
  const problem = linkProblem(link, portalUrl)
  if (problem) {
    throw new DocSpaceError({
      request: `GET /${path}`,
      malformed: `with response.sharedLink.shareLink ${problem}, where an http(s) link to the portal was expected`,
      likelyCause:
        'portal-url points at something other than the DocSpace portal, or the portal hands out links elsewhere; the link was not passed on'
    })
  }
  return link
}

/**
 * The DocSpace user with this e-mail, or undefined when there is none (HTTP 404, UserController.cs:1050-1070). Needs
 * the key's `accounts:read` scope.
 */
export async function findUserByEmail(client: DocSpaceClient, email: string): Promise<DocSpaceUser | undefined> {
  let user: DocSpaceUser
  try {
    user = await client.call(
      { method: 'GET', path: 'api/2.0/people/email', query: { email }, retry: 'always' },
      UserAnswer
    )
  } catch (error) {
    // DocSpace's own "user not found", not a 404 page of something else at portal-url.
    if (error instanceof DocSpaceError && error.status === 404 && error.details.docspaceMessage !== undefined)
      return undefined
    throw error
  }
  // Its ID is what gets access: someone else's profile would give it to someone else.
  if (user.email.toLowerCase() !== email.toLowerCase()) {
    throw new DocSpaceError({
      request: 'GET /api/2.0/people/email',
      malformed: `for ${maskEmails(email)} with the profile of ${maskEmails(user.email)}`,
      likelyCause: 'portal-url points at something other than a DocSpace portal this action supports (version 3.x)'
    })
  }
  return user
}
