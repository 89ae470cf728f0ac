/**
 * The renderer's test hooks on `window` (`__xiqingTest`, `__xiqingExportTest`, `__xiqingWalkthrough`),
 * as types only: the browser tests and bench:ui are checked in the node project, which sees the renderer
 * through its declarations, so the global declarations are brought in here.
 */
import type {} from '../../../renderer/src/export/export-test-hooks';
import type {} from '../../../renderer/src/testing/test-hooks';
import type {} from '../../../renderer/src/walkthrough/walkthrough-test-hooks';
