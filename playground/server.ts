/**
 * A small static server for the built playground (localhost only). `npm run playground` builds
 * and serves on port 8282 (PLAYGROUND_PORT to change it); tests ask for port 0 (any free port).
 */
import { createServer, Server } from "node:http";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { AddressInfo } from "node:net";
import { buildPlayground, PLAYGROUND_OUT } from "./build";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".svg": "image/svg+xml",
};

export interface RunningPlayground {
  url: string;
  close(): Promise<void>;
}

export function servePlayground(port: number, dir = PLAYGROUND_OUT): Promise<RunningPlayground> {
  const server: Server = createServer((request, response) => {
    const pathname = new URL(request.url ?? "/", "http://localhost").pathname;
    const file = path.normalize(path.join(dir, pathname === "/" ? "index.html" : pathname));
    if (!file.startsWith(dir + path.sep)) {
      response.writeHead(403).end();
      return;
    }
    readFile(file).then(
      (body) => {
        response.writeHead(200, { "content-type": TYPES[path.extname(file)] ?? "application/octet-stream", "cache-control": "no-store" });
        response.end(body);
      },
      () => response.writeHead(404, { "content-type": "text/plain" }).end("not found"),
    );
  });
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => {
      const { port: actual } = server.address() as AddressInfo;
      resolve({ url: `http://127.0.0.1:${actual}/`, close: () => new Promise((done) => server.close(() => done())) });
    });
  });
}

if (require.main === module) {
  const port = Number(process.env.PLAYGROUND_PORT ?? 8282);
  buildPlayground()
    .then(() => servePlayground(port))
    .then(
      ({ url }) => console.log(`playground: ${url}  (Ctrl+C to stop)`),
      (error: unknown) => {
        console.error(error);
        process.exit(1);
      },
    );
}
