/**
 * Saves the user's Mingwork export as a JSON file in their own Drive. drive.file lets the
 * add-on create files (and see only those it created), so no broader Drive scope is needed.
 */
export interface SavedFile {
  id: string;
  url: string;
}

export function saveJsonToDrive(name: string, json: string): SavedFile {
  if (typeof Drive === 'undefined' || !Drive?.Files) {
    throw new Error('The Drive advanced service is not enabled (appsscript.json dependencies).');
  }
  const blob = Utilities.newBlob(json, 'application/json', name);
  const file = Drive.Files.create({ name, mimeType: 'application/json' }, blob, {
    fields: 'id,webViewLink',
  });
  return { id: file.id ?? '', url: file.webViewLink ?? '' };
}
