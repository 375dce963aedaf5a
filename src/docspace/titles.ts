// The title DocSpace stores for a file or folder name it is given, so that a re-run finds what it uploaded.
// Sources: DocSpace-server v3.7.2, FileDao.cs:524-526 (every file save lower-cases the extension through
// FileUtility.cs:182-232), FolderDao.cs:527 (folders get only Global.ReplaceInvalidCharsAndTruncate).
import { savedTitle } from './types.js'

/** A folder's stored title: the same rules as a room's. */
export const storedFolderTitle = savedTitle

/** A file's stored title: `savedTitle`, then `name-without-extension + "." + lower-case extension`, as .NET's Path
 * functions split a name, so `Makefile` is stored as `Makefile.` and `README.MD` as `README.md`. */
export function storedFileTitle(name: string): string {
  const title = savedTitle(name)
  const dot = title.lastIndexOf('.')
  // Path.GetExtension: from the last dot, empty when the dot ends the name or there is none.
  const extension = dot >= 0 && dot < title.length - 1 ? title.slice(dot) : ''
  const base = dot >= 0 ? title.slice(0, dot) : title
  return `${base}.${extension.trim().toLowerCase().replace(/^\.+/, '')}`
}

/** DocSpace matches a title ignoring case on MySQL (utf8_general_ci, DbFile.cs:227-232), its usual database. */
export function sameTitle(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase()
}
