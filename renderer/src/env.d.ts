/// <reference types="vite/client" />

/** Set by the bundler (electron.vite.config.ts `define`); absent in other builds. */
declare const __APP_VERSION__: string | undefined;
