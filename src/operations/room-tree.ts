// A room's folders and files as paths, the shared ground of upload and download.
import { createFolder, listSubfolders, listTree, type RoomFile, type RoomFolder } from '../docspace/files.js'
import type { EntryId } from '../docspace/answers.js'
import { sameTitle } from '../docspace/titles.js'

export interface PathedFile {
  file: RoomFile
  /** Titles from below the base folder to the file, the file's own last. */
  segments: string[]
}

/** The room's tree with every folder's path, built once from the two recursive scans. */
export class RoomTree {
  private readonly children = new Map<string, RoomFolder[]>()
  private readonly made = new Map<string, Promise<EntryId>>()
  private byFolderAndTitle: Map<string, RoomFile> | undefined

  private constructor(
    readonly roomId: EntryId,
    private readonly folders: RoomFolder[],
    readonly files: RoomFile[]
  ) {
    for (const folder of folders) {
      const key = String(folder.parentId)
      this.children.set(key, [...(this.children.get(key) ?? []), folder])
    }
  }

  static async read(client: Parameters<typeof listTree>[0], roomId: EntryId): Promise<RoomTree> {
    const tree = await listTree(client, roomId)
    return new RoomTree(roomId, tree.folders, tree.files)
  }

  /**
   * The folder at a path of titles, or undefined. Two folders of one title can exist (DocSpace makes a second one when
   * asked twice, or two runs made it at once): the one with the lowest id is taken, so every run picks the same one.
   */
  find(path: string[]): EntryId | undefined {
    let id: EntryId = this.roomId
    for (const title of path) {
      const match = (this.children.get(String(id)) ?? [])
        .filter((f) => sameTitle(f.title, title))
        .sort((a, b) => compareIds(a.id, b.id))[0]
      if (!match) return undefined
      id = match.id
    }
    return id
  }

  /** The folder at a path, made (with its parents) when missing; each folder is made once however many files ask. */
  ensure(client: Parameters<typeof createFolder>[0], path: string[]): Promise<EntryId> {
    const key = path.join('/').toLowerCase()
    let pending = this.made.get(key)
    if (!pending) {
      pending = (async () => {
        const found = this.find(path)
        if (found !== undefined) return found
        const parent = await this.ensure(client, path.slice(0, -1))
        await createFolder(client, parent, path.at(-1)!)
        // Another run may have made a folder of the same name meanwhile: the parent is read again, and every run
        // takes the lowest id, which the run that made its folder second always sees.
        this.children.set(String(parent), await listSubfolders(client, parent))
        const settled = this.find(path)
        if (settled === undefined) throw new Error(`DocSpace does not list the folder "${path.join('/')}" it just made`)
        return settled
      })()
      this.made.set(key, pending)
    }
    return pending
  }

  /** Every file below a folder, with its path of titles from there; files whose folder chain is broken are left out. */
  filesUnder(baseId: EntryId): PathedFile[] {
    const pathOf = new Map<string, string[] | null>([[String(baseId), []]])
    const parentOf = new Map(this.folders.map((f) => [String(f.id), f]))
    const resolve = (id: string): string[] | null => {
      // Walked without recursion and with a bound, so that a portal's loop of parents cannot hang the run.
      const chain: RoomFolder[] = []
      let at = id
      for (let depth = 0; !pathOf.has(at); depth++) {
        const folder = parentOf.get(at)
        if (!folder || depth > this.folders.length) return null
        chain.push(folder)
        at = String(folder.parentId)
      }
      let path = pathOf.get(at) ?? null
      for (const folder of chain.reverse()) {
        path = path && [...path, folder.title]
        pathOf.set(String(folder.id), path)
      }
      return path
    }
    const out: PathedFile[] = []
    for (const file of this.files) {
      const path = resolve(String(file.folderId))
      if (path) out.push({ file, segments: [...path, file.title] })
    }
    return out
  }

  /** The current file of this title directly in the folder (ignoring case, as DocSpace matches on upload). */
  fileIn(folderId: EntryId, title: string): RoomFile | undefined {
    // Indexed once, so that comparing a large tree with a large upload stays linear.
    if (!this.byFolderAndTitle) {
      this.byFolderAndTitle = new Map()
      for (const f of this.files) {
        const key = `${String(f.folderId)}/${f.title.toLowerCase()}`
        const seen = this.byFolderAndTitle.get(key)
        if (!seen || compareIds(f.id, seen.id) < 0) this.byFolderAndTitle.set(key, f)
      }
    }
    return this.byFolderAndTitle.get(`${String(folderId)}/${title.toLowerCase()}`)
  }
}

function compareIds(a: EntryId, b: EntryId): number {
  return typeof a === 'number' && typeof b === 'number' ? a - b : String(a).localeCompare(String(b))
}
