/** The parts of electronegativity's (untyped) programmatic API that the scan uses. */
declare module '@doyensec/electronegativity/dist/runner.js' {
  export interface ElectronegativityIssue {
    id: string;
    file: string;
    location: { line: number; column: number };
    description: string;
    severity: { name: string; value: number };
    confidence: { name: string; value: number };
    manualReview: boolean;
    shortenedURL: string;
  }
  export interface ElectronegativityOptions {
    input: string;
    customScan?: string[];
    /** Lower-case check class names, e.g. "availablesecurityfixesglobalcheck". */
    excludeFromScan?: string[];
    isRelative?: boolean;
    electronVersionOverride?: string;
    parserPlugins?: string[];
  }
  export interface ElectronegativityResult {
    globalChecks: number;
    atomicChecks: number;
    errors: { file: string; message: string; tolerable: boolean }[];
    issues: ElectronegativityIssue[];
  }
  export default function run(options: ElectronegativityOptions, forCli?: false): Promise<ElectronegativityResult>;
}
