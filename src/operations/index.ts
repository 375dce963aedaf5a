import type { OperationName } from '../inputs/catalogue.js'
import type { Operation } from './context.js'
import { archive, unarchive } from './archive.js'
import { archiveStale } from './archive-stale.js'
import { create } from './create.js'
import { remove } from './delete.js'
import { get } from './get.js'
import { list } from './list.js'
import { members } from './members.js'
import { rename } from './rename.js'
import { update } from './update.js'
import { onExistingRoom } from './find-room.js'
import type { OperationContext, Outcome } from './context.js'
import { share } from './share.js'
import { upload } from './upload.js'
import { download } from './download.js'
import { pullRequest } from './pull-request.js'

export const operations: Record<OperationName, Operation> = {
  create,
  get,
  rename,
  update,
  archive,
  unarchive,
  delete: remove,
  list,
  'archive-stale': archiveStale,
  share,
  members,
  upload,
  download,
  'pull-request': pullRequest
}

/** Runs the configured operation; one on an existing room (it has a target) honours if-missing. */
export function runOperation(ctx: OperationContext): Promise<Outcome> {
  if (ctx.config.forkWithoutKey) {
    ctx.notice?.(
      'Nothing was done: GitHub passes no secrets, so no api-key, to a pull_request run from a fork. To give pull requests from forks a room, see "Pull requests from forks" in the README (pull_request_target)'
    )
    return Promise.resolve({ result: 'skipped', resolved: 'skip' })
  }
  const operation = operations[ctx.config.operation]
  return ctx.config.target ? onExistingRoom(operation)(ctx) : operation(ctx)
}
