/**
 * Writes a file of social profile records for measuring `validate` (docs/cli.md):
 * `npx tsx bench/cliRecords.ts <count> <file>`. One record in 1,000 is invalid (a javascript:
 * link), so the run also writes diagnostics. Written in pieces: a million records never sit in
 * memory at once.
 */
import { createWriteStream } from "node:fs";
import { once } from "node:events";

export function profileRecord(index: number): Record<string, unknown> {
  return {
    profilename: `profile${index}`,
    profilefullname: `Profile Number ${index}`,
    community: 2,
    profilelink: index % 1000 === 999 ? "javascript:alert(1)" : `https://www.twitter.com/profile${index}`,
    msdyn_ocfollowercount: index % 5000,
    influencescore: (index % 100) + 0.5,
  };
}

async function main(count: number, file: string): Promise<void> {
  const out = createWriteStream(file);
  out.write("[");
  for (let i = 0; i < count; i += 1) {
    if (!out.write(`${i === 0 ? "\n" : ",\n"}${JSON.stringify(profileRecord(i))}`)) await once(out, "drain");
  }
  out.end("\n]\n");
  await once(out, "finish");
}

const [count, file] = process.argv.slice(2);
if (!count || !file || !(Number(count) >= 0)) {
  process.stderr.write("Usage: npx tsx bench/cliRecords.ts <count> <file>\n");
  process.exitCode = 2;
} else void main(Number(count), file);
