// Where this server can fetch one of its own pages, from proxy.ts.
//
// Why not a rewrite: under `next start -H 127.0.0.1` (how `npm start` and the tests
// run it) Next takes any proxy rewrite for an external one and proxies it back into
// itself, a loop (vercel/next.js#94745, open). Next re-writes the destination through
// NextURL, which names 127.0.0.1 `localhost`, and then compares it with the origin it
// routes by, `http://127.0.0.1:{port}` (resolve-routes.js, `initUrl`). So the proxy
// fetches the page instead. `next start` publishes the origin it listens on as
// `__NEXT_PRIVATE_ORIGIN`; without it the request's own origin is the best guess.
export function ownPageUrl(
  pathname: string,
  request: { url: string },
  serverOrigin: string | undefined = process.env.__NEXT_PRIVATE_ORIGIN,
): URL {
  return new URL(pathname, serverOrigin ?? request.url);
}
