import { createRoom, createTextFile } from '../docspace/rooms.js'
import type { Operation } from './context.js'
import { roomUrl } from '../room-url.js'

/** File that carries a room's description, since DocSpace rooms have no description field. */
export const DESCRIPTION_FILE = 'README.txt'

export const create: Operation = async (ctx) => {
  const { config, client } = ctx
  const title = config.title!
  ctx.log(`Creating ${config.roomType.name} room "${title}"${config.tags.length ? ` with tags ${config.tags.join(', ')}` : ''}`)
  const room = await createRoom(client, { title, roomType: config.roomType.value, tags: config.tags })
  ctx.log(`Created room ${room.id}: ${roomUrl(config.portalUrl, room.id)}`)
  if (config.description) {
    await createTextFile(client, room.id, DESCRIPTION_FILE, config.description)
    ctx.log(`Wrote the description to ${DESCRIPTION_FILE} in the room`)
  }
  return { result: 'created', room }
}
