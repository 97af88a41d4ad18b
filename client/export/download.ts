// Hands a file to the browser as a download, and names files after the day.

/** Starts the download of `blob` as `fileName`. */
export function download(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** `actorgraph-view-2026-11-22.png` */
export function fileName(extension: string, date = new Date()): string {
  return `actorgraph-view-${date.toISOString().slice(0, 10)}.${extension}`;
}
