import { startWebApiDouble } from "./webApi/webApiDouble";

/**
 * `npm run simulator [-- --port N]`: the Web API double on http://127.0.0.1:N (default 8383) for
 * demos and manual checks, with the shipped tables and no rows. Any bearer token is accepted;
 * each request is printed as method, path and status (never a header).
 *
 *   curl -H "Authorization: Bearer demo" http://127.0.0.1:8383/api/data/v9.2/socialprofiles
 */
async function main(args: string[]): Promise<void> {
  const flag = args.indexOf("--port");
  const port = flag >= 0 ? Number(args[flag + 1]) : 8383;
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`Not a port: ${args[flag + 1]}`);
  const double = await startWebApiDouble({
    port,
    onRequest: ({ method, url, status }) => process.stdout.write(`${status} ${method} ${url}\n`),
  });
  process.stdout.write(`Dataverse Web API double on ${double.url}/api/data/v9.2/ (a fake: see docs/architecture.md). Ctrl+C stops it.\n`);
  const stop = () => void double.close().then(() => process.exit(0));
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
}

main(process.argv.slice(2)).catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 2;
});
