// Hands the browser a text file to save (an .ics calendar, say) without a server: a Blob, a
// short-lived object URL and a link clicked on the person's behalf.

export function downloadText(
  fileName: string,
  text: string,
  type = 'text/calendar;charset=utf-8',
): void {
  downloadParts(fileName, [text], type);
}

/** A file made of several chunks (an export read page by page), handed over without joining them. */
export function downloadParts(fileName: string, parts: readonly string[], type: string): void {
  const url = URL.createObjectURL(new Blob([...parts], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Some browsers read the URL after click() returns: let it go on a later turn.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
