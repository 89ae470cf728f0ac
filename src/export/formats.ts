/** The export file formats and how a file name names one (no builder code: cheap to import). */

/** The file formats the builders write. */
export const EXPORT_FORMATS = ['csv', 'xlsx', 'pptx'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** MIME types, for downloads and save dialogs. */
export const EXPORT_MIME_TYPES: Readonly<Record<ExportFormat, string>> = {
  csv: 'text/csv;charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
};

/** The export format named by a file's extension (case-insensitive), or undefined. */
export function exportFormatOf(fileName: string): ExportFormat | undefined {
  const match = /\.([^./\\]+)$/.exec(fileName);
  const ext = match?.[1].toLowerCase();
  return (EXPORT_FORMATS as readonly string[]).includes(ext ?? '') ? (ext as ExportFormat) : undefined;
}
