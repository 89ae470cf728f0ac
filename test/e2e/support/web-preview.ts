/**
 * `npm run web`: a local web preview of the app — the same renderer, built for production, served on
 * 127.0.0.1 and running on the browser host (settings in localStorage, files via download/upload).
 * Usage: npm run web [-- --port 5180]
 */
import { join } from 'node:path';
import { buildRenderer, PROJECT_ROOT } from './build-renderer';
import { serveStatic } from './static-server';

const portArg = process.argv.indexOf('--port');
const port = portArg > 0 ? Number(process.argv[portArg + 1]) : Number(process.env.PORT ?? 5180);
const outDir = join(PROJECT_ROOT, 'out', 'web');

await buildRenderer(outDir, 'production');
const server = await serveStatic(outDir, port);
console.log(`Web preview of the Xiqing Population Scenario Simulator: ${server.url}  (Ctrl+C to stop)`);
const stop = () => void server.close().then(() => process.exit(0));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
