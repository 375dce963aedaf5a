// The pull request's whole life in one step: its room is active while the pull request is open (and carries `label`,
// when one is given), archived otherwise. The step acts on the pull request's state in the payload, not on the event's
// name, so whichever run GitHub keeps of a pull request's queued runs leaves the room as the pull request is.
import type { PullRequest } from '../github/event.js'
import { archive } from './archive.js'
import type { Operation, OperationContext } from './context.js'
import { create } from './create.js'
import { onExistingRoom } from './find-room.js'

export const pullRequest: Operation = async (ctx) => {
  const pr = ctx.config.pullRequest!
  if (wantsRoom(pr, ctx.config.label)) {
    ctx.log(
      `Pull request #${pr.number} is open${ctx.config.label ? ` and labelled "${ctx.config.label}"` : ''}: its room is made or kept active`
    )
    return { ...(await create(ctx)), resolved: 'create' }
  }
  const why = pr.open ? `is not labelled "${ctx.config.label}"` : `was ${pr.merged ? 'merged' : 'closed'}`
  ctx.log(`Pull request #${pr.number} ${why}: its room is archived`)
  const outcome = await onExistingRoom(archive)(forArchive(ctx, pr))
  if (pr.open && (outcome.result === 'not-found' || outcome.result === 'already-archived')) {
    return { ...outcome, result: 'skipped', resolved: 'skip' }
  }
  return { ...outcome, resolved: 'archive' }
}

function wantsRoom(pr: PullRequest, label: string | undefined): boolean {
  if (!pr.open) return false
  // GitHub's label names compare in any case.
  return label === undefined || pr.labels.some((l) => l.toLowerCase() === label.toLowerCase())
}

/** archive's view of the step: the pull request's room, and no failure when it never had one. */
function forArchive(ctx: OperationContext, pr: PullRequest): OperationContext {
  return { ...ctx, config: { ...ctx.config, target: { by: 'pull-request', pullRequest: pr }, ifMissing: 'skip' } }
}
