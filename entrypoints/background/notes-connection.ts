/**
 * The background's handle on the notes database: opened on first use,
 * reopened after the browser or a newer Stackpeek closed it, and never left
 * hanging when an older Stackpeek page holds the database open.
 */
import { DB_NAME, type NotesDatabase, openNotesDb } from './notes-db';

export const DB_BLOCKED_MESSAGE =
  "Stackpeek's notes database is held open by an older Stackpeek page; close other Stackpeek tabs and try again.";

export interface OpenerOptions {
  name?: string;
  /**
   * How long to wait, once the open is blocked, for the older page to let go.
   * The clock starts at `blocked`, not at the open: upgrading a large profile
   * may take a while and must not be cut short.
   */
  blockedTimeoutMs?: number;
}

export function createNotesDbOpener({ name = DB_NAME, blockedTimeoutMs = 3_000 }: OpenerOptions = {}) {
  let current: Promise<NotesDatabase> | undefined;

  return function db(): Promise<NotesDatabase> {
    if (current) return current;
    const opening = new Promise<NotesDatabase>((resolve, reject) => {
      let timer: ReturnType<typeof setTimeout> | undefined;
      let gaveUp = false;
      openNotesDb(name, {
        blocked() {
          timer ??= setTimeout(() => {
            gaveUp = true;
            reject(new Error(DB_BLOCKED_MESSAGE));
          }, blockedTimeoutMs);
        },
        closed() {
          if (current === opening) current = undefined;
        },
      }).then(
        (database) => {
          clearTimeout(timer);
          // The caller was already told it failed. A connection nobody holds
          // would only block the next upgrade, so let it go.
          if (gaveUp) database.close();
          else resolve(database);
        },
        (error: unknown) => {
          clearTimeout(timer);
          reject(error);
        },
      );
    });
    current = opening;
    // A failed open is not cached: the next message tries again.
    opening.catch(() => {
      if (current === opening) current = undefined;
    });
    return opening;
  };
}
