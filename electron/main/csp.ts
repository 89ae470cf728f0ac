/**
 * The Content-Security-Policy, sent as a response header for the app's pages and kept identical to
 * the meta tag in renderer/index.html (a test checks), so the page is protected however it is loaded.
 * No remote origins, no inline or eval'd script, no plugins, no framing, no form posts.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  // React and chart.js set element styles at run time; inline styles cannot run code.
  "style-src 'self' 'unsafe-inline'",
  // data:/blob: for chart snapshots (PNG export) and downloads made in the page.
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');
