/**
 * Which org to talk to: `--org https://<org>.crm.dynamics.com` or, without the flag, the
 * `DATAVERSE_URL` environment variable. The Web API lives under `/api/data/v9.2/` of that address
 * and a token for it is asked for the scope `<org>/.default` ("Compose HTTP requests and handle
 * errors", learn.microsoft.com/power-apps/developer/data-platform/webapi/compose-http-requests-handle-errors:
 * the Web API URL; "Use OAuth authentication with Microsoft Dataverse": the resource is the
 * environment URL).
 *
 * Only https is accepted, but for a loopback address (127.0.0.1, localhost, ::1): the Web API
 * double of simulator/ listens there over plain http, and a token must never cross a network in
 * clear text.
 */

export const WEB_API_VERSION = "v9.2";

export interface OrgTarget {
  /** "https://contoso.crm.dynamics.com", no trailing slash. */
  origin: string;
  /** "https://contoso.crm.dynamics.com/api/data/v9.2/" */
  webApiUrl: string;
  /** "https://contoso.crm.dynamics.com/.default" */
  scope: string;
}

export class OrgUrlError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "OrgUrlError";
  }
}

const LOOPBACK_HOSTS = new Set(["127.0.0.1", "localhost", "[::1]"]);

/** The org named by the flag, else by DATAVERSE_URL; undefined when neither names one. */
export function resolveOrg(
  flag: string | undefined,
  env: Readonly<Record<string, string | undefined>> = process.env,
): OrgTarget | undefined {
  const text = flag ?? env.DATAVERSE_URL;
  if (text === undefined || text.trim() === "") return undefined;
  return parseOrgUrl(text.trim());
}

export function parseOrgUrl(text: string): OrgTarget {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new OrgUrlError(`Not an org address: "${text}". Give it as https://<org>.crm.dynamics.com.`);
  }
  const loopback = LOOPBACK_HOSTS.has(url.hostname);
  if (url.protocol !== "https:" && !(loopback && url.protocol === "http:")) {
    throw new OrgUrlError(`The org address must start with https:// (got "${url.protocol}"): a token is never sent in clear text.`);
  }
  if (url.username || url.password) throw new OrgUrlError("The org address must not carry a user name or password.");
  if ((url.pathname !== "/" && url.pathname !== "") || url.search || url.hash) {
    throw new OrgUrlError(`Give the org address alone, without a path (got "${text}"): https://<org>.crm.dynamics.com.`);
  }
  const origin = url.origin;
  return { origin, webApiUrl: `${origin}/api/data/${WEB_API_VERSION}/`, scope: `${origin}/.default` };
}
