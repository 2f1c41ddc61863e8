/** Who is using the add-on, as Apps Script knows them. Read in place, never sent. */
export function activeUserEmail(): string {
  return Session.getActiveUser().getEmail();
}
