/**
 * What each shipped file may weigh, in gzip bytes (level 9). React and Fluent UI are platform
 * libraries (external), so this is our own code and the libraries we bundle.
 *
 * `target`: issue 14's budget (10 / 12 / 20 / 6 KiB). `limit`: what `npm run bench` and
 * `npm run bench:size` (part of `npm test`) enforce — exit 1 above it. Every bundle but the
 * wizard meets its target, so its limit IS the target. The wizard's limit is 1 KiB above its
 * target since issue 20 (items 3, 7, 10: reading again after a cancelled write that may have
 * been applied, keeping keyboard focus off <body> across requests, and checking a rename against
 * the other accounts' names took it from 11,874 to about 12,900 B gzip). The ownership section is not in the card: it is the
 * SocialProfileOwnership library's script, loaded on demand after the card shows (docs/ownership.md),
 * with a budget of its own. `npx tsx bench/analyze.ts --detail` shows what each bundle is made of.
 * Never raise a limit without saying why in the commit message.
 */
export interface Budget {
  target: number;
  limit: number;
}

const KiB = 1024;

export const GZIP_BUDGETS: Readonly<Record<string, Budget>> = {
  SocialProfileCard: { target: 10 * KiB, limit: 10 * KiB },
  WhatsAppAccountWizard: { target: 12 * KiB, limit: 13 * KiB },
  SocialProfileGallery: { target: 20 * KiB, limit: 20 * KiB },
  "SocialProfileOwnership socialChannelOwnership.js": { target: 10 * KiB, limit: 10 * KiB },
  "web resource forms.js": { target: 6 * KiB, limit: 6 * KiB },
};

export interface BudgetCheck {
  budget?: Budget;
  /** undefined when there is no budget or no file to measure. */
  over?: boolean;
}

export function checkBudget(name: string, gzipBytes: number | undefined): BudgetCheck {
  const budget = GZIP_BUDGETS[name];
  if (budget === undefined || gzipBytes === undefined) return { budget };
  return { budget, over: gzipBytes > budget.limit };
}
