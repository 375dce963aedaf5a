// File and folder names as DocSpace stores and compares them, and the size strings it shows.
// Sources: DocSpace-server at tag v3.7.2-server, paths relative to that repository:
//   G    products/ASC.Files/Core/Helpers/Global.cs
//   FUt  products/ASC.Files/Core/Helpers/FileUtility.cs
//   FiDao products/ASC.Files/Core/Core/Dao/TeamlabDao/FileDao.cs
//   FoDao products/ASC.Files/Core/Core/Dao/TeamlabDao/FolderDao.cs
//   FQ   products/ASC.Files/Core/Core/EF/Queries/FileQueries.cs
//   FoQ  products/ASC.Files/Core/Core/EF/Queries/FolderQueries.cs
//   CFSC common/ASC.Common/Utils/CommonFileSizeComment.cs
// .NET's Path methods are those of System.IO on Linux, where DocSpace runs: '/' is the only separator.
import { dotnetTrim, normalizeTitle } from './validation.js'

/** Path.GetExtension: from the last '.' after the last '/'; '' when there is none or it is the last character. */
export function dotnetGetExtension(path: string): string {
  for (let i = path.length - 1; i >= 0; i--) {
    const ch = path[i]
    if (ch === '.') return i !== path.length - 1 ? path.slice(i) : ''
    if (ch === '/') break
  }
  return ''
}

/** Path.GetFileNameWithoutExtension: the part after the last '/', cut at its last '.'. */
export function dotnetGetFileNameWithoutExtension(path: string): string {
  const name = path.slice(path.lastIndexOf('/') + 1)
  const dot = name.lastIndexOf('.')
  return dot < 0 ? name : name.slice(0, dot)
}

/** FileUtility.GetFileExtension (FUt:182-203): Path.GetExtension, trimmed and lower-cased; '' for none. */
export function fileExtension(title: string): string {
  if (title === '') return ''
  return dotnetTrim(dotnetGetExtension(title)).toLowerCase()
}

/**
 * The title a file is saved under (FiDao:524-526 on every save, and :856-858): ReplaceInvalidCharsAndTruncate
 * (G:219-241: trim, cut to 170, `[\t*+:"<>?|\\/\p{Cs}]` → `_`), then FileUtility.ReplaceFileExtension (FUt:227-232)
 * with the lower-cased extension: name-without-extension + "." + extension without its dot. So `README.MD` →
 * `README.md`, and a name without extension gains a trailing dot: `Makefile` → `Makefile.`; `Makefile.` stays.
 */
export function storedFileTitle(title: string): string {
  const t = normalizeTitle(title)
  return `${dotnetGetFileNameWithoutExtension(t)}.${fileExtension(t).replace(/^\.+/, '')}`
}

/**
 * The key two titles compare equal under in a `Title == title` SQL lookup (FQ:501-508 files, FoQ:439-443 folders).
 * The `title` columns use utf8_general_ci on MySQL (products/ASC.Files/Core/Core/EF/DbFile.cs:227-232,
 * DbFolder.cs:149-154): case- and accent-insensitive for precomposed letters, trailing spaces ignored (PAD SPACE).
 * Inference: approximated per character by the NFD base letter, upper-cased; a decomposed accent (NFD input)
 * keeps its own weight, so NFC and NFD spellings stay different. PostgreSQL portals compare exactly (not modelled).
 */
export function collationKey(title: string): string {
  let out = ''
  for (const ch of title) {
    const base = ch.normalize('NFD')[0] ?? ch
    const upper = base.toUpperCase()
    out += upper.length === 1 ? upper : base
  }
  return out.replace(/ +$/, '')
}

export function sameTitle(a: string, b: string): boolean {
  return collationKey(a) === collationKey(b)
}

/**
 * Global.GetAvailableTitleAsync (G:264-301): " (1)" before the last '.' of a file title (at the end for a folder),
 * then the regex `( \(((?<index>[0-9])+)\)(\.[^\.]*)?)$` counts up while the title is taken.
 */
export function availableTitle(title: string, isTaken: (t: string) => boolean, isFile = true): string {
  if (!isTaken(title)) return title
  const dot = title.lastIndexOf('.')
  const at = isFile && dot !== -1 ? dot : title.length
  let t = `${title.slice(0, at)} (1)${title.slice(at)}`
  const counter = /( \(((?<index>[0-9])+)\)(\.[^.]*)?)$/
  while (isTaken(t)) {
    t = t.replace(counter, (match: string, _all: string, digits: string) => {
      const n = Number(digits)
      return ` (${n + 1})${match.slice(` (${n})`.length)}`
    })
  }
  return t
}

/**
 * FileSizeComment.FilesSizeToString → CommonFileSizeComment.FilesSizeToString (CFSC:46-60) with the postfixes of
 * Resource.FileSizePostfix "bytes,KB,MB,GB,TB" (web/ASC.Web.Core/PublicResources/Resource.resx:924-925): power of
 * 1024 by Math.Log, formatted `#,0.##` (en-US: thousands separator, at most two decimals, no trailing zeros).
 */
export function filesSizeToString(size: number): string {
  const names = ['bytes', 'KB', 'MB', 'GB', 'TB']
  let power = 0
  let value = size
  if (value >= 1024) {
    power = Math.min(Math.floor(Math.log(value) / Math.log(1024)), names.length - 1)
    value /= Math.pow(1024, power)
  }
  const rounded = Math.round(value * 100) / 100
  const text = rounded.toLocaleString('en-US', { maximumFractionDigits: 2, minimumFractionDigits: 0 })
  return `${text} ${names[power]}`
}

/** FileType (web/ASC.Web.Core/Files/FileType.cs:42-…): Unknown 0, Archive 1, Video 2, Audio 3, Image 4,
 * Spreadsheet 5, Presentation 6, Document 7, Pdf 10, Diagram 11. */
export type FileTypeValue = 0 | 1 | 2 | 3 | 4 | 5 | 6 | 7 | 10 | 11

const list = (s: string): ReadonlySet<string> => new Set(s.split(' '))
// The static extension lists of FUt:560-652.
const EXTS_PDF = list('.pdf')
const EXTS_DOCUMENT = list(
  '.doc .docx .docm .dot .dotx .dotm .odt .fodt .ott .rtf .txt .html .htm .mht .mhtml .xml .pdf .djvu .fb2 .epub .xps .oxps .sxw .stw .wps .wpt .doct .docy .gdoc .drawio .md .markdown .oform .pages .hwp .hwpx'
)
const EXTS_SPREADSHEET = list(
  '.xls .xlsx .xlsm .xlt .xltx .xltm .ods .fods .ots .csv .sxc .et .ett .xlst .xlsy .xlsb .gsheet .numbers'
)
const EXTS_PRESENTATION = list(
  '.pps .ppsx .ppsm .ppt .pptx .pptm .pot .potx .potm .odp .fodp .otp .dps .dpt .sxi .pptt .ppty .gslides .key .odg'
)
const EXTS_IMAGE = list(
  '.bmp .cod .gif .ief .jpe .jpeg .jpg .jfif .tiff .tif .cmx .ico .pnm .pbm .png .ppm .rgb .svg .xbm .xpm .xwd .svgt .svgy .gdraw .webp .heic'
)
const EXTS_ARCHIVE = list(
  '.zip .rar .ace .arc .arj .bh .cab .enc .gz .ha .jar .lha .lzh .pak .pk3 .tar .tgz .uu .uue .xxe .z .zoo'
)
const EXTS_AUDIO = list(
  '.aac .ac3 .aiff .amr .ape .cda .flac .m4a .mid .mka .mp3 .mpc .oga .ogg .pcm .ra .raw .wav .wma'
)
const EXTS_VIDEO = list(
  '.3gp .asf .avi .f4v .fla .flv .m2ts .m4v .mkv .mov .mp4 .mpeg .mpg .mts .ogv .svi .vob .webm .wmv'
)
const EXTS_DIAGRAM = list('.vsdm .vsdx .vssm .vssx .vstm .vstx')

/** FileUtility.GetFileTypeByExtention (FUt:239-289), in its order (.pdf is Pdf, not Document). */
export function fileType(title: string): FileTypeValue {
  const ext = fileExtension(title)
  if (EXTS_PDF.has(ext)) return 10
  if (EXTS_DOCUMENT.has(ext)) return 7
  if (EXTS_SPREADSHEET.has(ext)) return 5
  if (EXTS_PRESENTATION.has(ext)) return 6
  if (EXTS_IMAGE.has(ext)) return 4
  if (EXTS_ARCHIVE.has(ext)) return 1
  if (EXTS_AUDIO.has(ext)) return 3
  if (EXTS_VIDEO.has(ext)) return 2
  if (EXTS_DIAGRAM.has(ext)) return 11
  return 0
}

/**
 * File.FilterType, the `Category` stored with a file and compared by the category filters (FiDao:585, 2693-2705):
 * products/ASC.Files/Core/Core/Entries/File.cs:159-176 maps Document → DocumentsOnly 3, Presentation 4,
 * Spreadsheet 5, Image 7, Archive 10, Audio and Video → MediaOnly 12, Pdf → Pdf 22, Diagram → DiagramsOnly 25.
 */
export function fileCategory(title: string): number {
  switch (fileType(title)) {
    case 7:
      return 3
    case 6:
      return 4
    case 5:
      return 5
    case 4:
      return 7
    case 1:
      return 10
    case 2:
    case 3:
      return 12
    case 10:
      return 22
    case 11:
      return 25
    default:
      return 0
  }
}
