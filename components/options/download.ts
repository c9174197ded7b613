/** Saves text as a file through a Blob URL (no downloads permission needed). */
export function downloadText(filename: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.click();
  // The click starts the download synchronously; the URL can go after this task.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** "stackpeek-notes-2026-03-01.json" */
export function exportFilename(extension: 'json' | 'md', now = new Date()): string {
  return `stackpeek-notes-${now.toISOString().slice(0, 10)}.${extension}`;
}
