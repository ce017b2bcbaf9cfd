import type { NamedFile } from '../../stores/file-sources';

/** A dropped item: a file-system entry where the browser gives one, else the plain file. */
export type DroppedItem = FileSystemEntry | File;

/**
 * Collects the files of a drop, walking dropped folders recursively. Entries must be taken from the
 * DataTransfer synchronously (it is emptied once the event returns), hence the two steps. Drops
 * that carry no entries (some hosts, scripted drops) still give their files.
 */
export function entriesOfDrop(dataTransfer: DataTransfer): DroppedItem[] {
  const entries: DroppedItem[] = [];
  for (const item of Array.from(dataTransfer.items)) {
    if (item.kind !== 'file') continue;
    const entry = item.webkitGetAsEntry() ?? item.getAsFile();
    if (entry) entries.push(entry);
  }
  return entries;
}

export async function filesOfEntries(entries: readonly DroppedItem[]): Promise<NamedFile[]> {
  const files: NamedFile[] = [];
  for (const entry of entries) {
    if (entry instanceof File) files.push({ name: entry.name, file: entry, inFolder: false });
    else await collect(entry, false, files);
  }
  return files;
}

async function collect(entry: FileSystemEntry, inFolder: boolean, out: NamedFile[]): Promise<void> {
  // Hidden files inside folders are system clutter (.DS_Store, .git); a hidden file dropped on its own was meant.
  if (inFolder && entry.name.startsWith('.')) return;
  if (isFile(entry)) {
    out.push({ name: inFolder ? entry.fullPath.replace(/^\//, '') : entry.name, file: await fileOf(entry), inFolder });
  } else if (isDirectory(entry)) {
    const children = await readAll(entry.createReader());
    children.sort((a, b) => a.name.localeCompare(b.name));
    for (const child of children) await collect(child, true, out);
  }
}

function isFile(entry: FileSystemEntry): entry is FileSystemFileEntry {
  return entry.isFile;
}

function isDirectory(entry: FileSystemEntry): entry is FileSystemDirectoryEntry {
  return entry.isDirectory;
}

function fileOf(entry: FileSystemFileEntry): Promise<File> {
  return new Promise((resolve, reject) => entry.file(resolve, reject));
}

/** readEntries answers in pages (100 in Chromium) until it returns an empty one. */
async function readAll(reader: FileSystemDirectoryReader): Promise<FileSystemEntry[]> {
  const all: FileSystemEntry[] = [];
  for (;;) {
    const page = await new Promise<FileSystemEntry[]>((resolve, reject) => reader.readEntries(resolve, reject));
    if (page.length === 0) return all;
    all.push(...page);
  }
}

/** Files from an `<input type=file>`; a folder input names each by its path inside the folder. */
export function filesOfInput(list: FileList, inFolder: boolean): NamedFile[] {
  return Array.from(list)
    .filter((file) => !inFolder || !file.webkitRelativePath.split('/').some((part) => part.startsWith('.')))
    .map((file) => ({ name: inFolder ? file.webkitRelativePath || file.name : file.name, file, inFolder }));
}
