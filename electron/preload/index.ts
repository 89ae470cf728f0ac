// Placeholder preload: the typed bridge lands with the app issue.
import { contextBridge } from 'electron';

contextBridge.exposeInMainWorld('xiqingHost', { kind: 'electron' as const });
