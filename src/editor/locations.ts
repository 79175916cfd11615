/**
 * Where a new entry's file goes, decided as it is saved: the folders and the
 * name the checker expects (src/lib/entry-identity.ts), put beside the
 * entry's fields so that the collection's path template can use them.
 */
import { EDITOR_KEYS, type EditorSetup } from '../lib/editor-setup';
import { ENTRY_FOLDERS, newEntryLocation, type EntryFolderCollection, type NewEntryFacts } from '../lib/entry-identity';
import { ui } from '../ui/vi';
import type { ImmutableMap } from './decap';

const hasOwnFiles = (collection: string): collection is EntryFolderCollection => collection in ENTRY_FOLDERS;

/** An entry that exists keeps its file; Decap needs a place only for a new one. */
export function placeEntry(setup: EditorSetup, entry: ImmutableMap): ImmutableMap {
  const data = entry.get('data') as ImmutableMap;
  const collection = setup.collections[String(entry.get('collection'))]?.collection;
  if (!entry.get('newRecord') || !collection || !hasOwnFiles(collection)) return data;
  const location = newEntryLocation(collection, data.toJS() as NewEntryFacts, (agency) => setup.agencyProvinces[agency]);
  if (!location) throw new Error(ui.editor.missingLocation);
  return location.folders.reduce((placed, folder, i) => placed.set(EDITOR_KEYS.folder(i), folder), data.set(EDITOR_KEYS.name, location.name));
}
