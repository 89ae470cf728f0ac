/** The output formats of `npm run project`. Each input kind renders itself in every one of them. */
export const OUTPUT_FORMATS = ['json', 'csv'] as const;

export type OutputFormat = (typeof OUTPUT_FORMATS)[number];
