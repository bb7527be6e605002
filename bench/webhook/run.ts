import autocannon from "autocannon";
import { InMemoryDataverse } from "../../simulator/organization/inMemoryDataverse";
import { createWebhookHandler } from "../../server/handler";
import { startWebhookHost } from "../../server/host";
import { context, option } from "../../simulator/webhooks/remoteContextBuilder";

/**
 * `npm run bench:webhook`: latency and throughput of the synchronous validation step through the
 * Node host on 127.0.0.1 — a valid social profile Create, as Dataverse posts it, with the key in
 * the header. Two runs: as fast as 10 connections go, then a fixed 200 requests/s (the goal:
 * p99 under 20 ms there; Dataverse waits 60 s). Host and load generator share this process and
 * the machine: figures are for this machine at this moment, not a test.
 */
const KEY = "bench-key-0123456789abcdef";
const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);

async function main(): Promise<void> {
  const host = await startWebhookHost({
    handler: createWebhookHandler({ client: new InMemoryDataverse() }),
    auth: { header: { name: "x-webhook-key", value: KEY } },
  });
  const body = JSON.stringify(
    context({
      message: "Create",
      table: "socialprofile",
      stage: 10,
      mode: 0,
      target: { profilename: "ada", community: option(2), profilelink: "https://x.com/ada" },
    }),
  );
  const common = {
    url: `${host.url}/`,
    method: "POST",
    headers: { "content-type": "application/json", "x-webhook-key": KEY },
    body,
    duration: SECONDS,
  };
  try {
    const rows = [
      { run: "max (10 connections)", result: await autocannon({ ...common, connections: 10 }) },
      { run: "fixed 200 req/s", result: await autocannon({ ...common, connections: 10, overallRate: 200 }) },
    ];
    process.stdout.write(`webhook validation step, ${SECONDS} s a run, body ${body.length} bytes\n`);
    process.stdout.write(
      `${"run".padEnd(22)}${"p50 ms".padStart(8)}${"p99 ms".padStart(8)}${"max ms".padStart(8)}${"req/s".padStart(9)}${"non-2xx".padStart(9)}${"errors".padStart(8)}\n`,
    );
    for (const { run, result } of rows) {
      const cells = [result.latency.p50, result.latency.p99, result.latency.max].map((ms) => ms.toFixed(1).padStart(8)).join("");
      process.stdout.write(
        `${run.padEnd(22)}${cells}${result.requests.average.toFixed(0).padStart(9)}${String(result.non2xx).padStart(9)}${String(result.errors + result.timeouts).padStart(8)}\n`,
      );
    }
  } finally {
    await host.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
