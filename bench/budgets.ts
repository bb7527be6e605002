/**
 * What each shipped file may weigh, in gzip bytes (level 9). React and Fluent UI are platform
 * libraries (external), so this is our own code and the libraries we bundle.
 *
 * `target`: issue 14's budget (10 / 12 / 20 / 6 KiB). `limit`: what `npm run bench` and
 * `npm run bench:size` (part of `npm test`) enforce — exit 1 above it. Since issue 20 the card,
 * the wizard and the gallery have limits above their targets (each entry says why); elsewhere the
 * limit IS the target. The ownership section is not in the card: it is the
 * SocialProfileOwnership library component's bundle, loaded on demand after the card shows
 * (docs/ownership.md), with a budget of its own. `npx tsx bench/analyze.ts --detail` shows what each bundle is made of.
 * Never raise a limit without saying why in the commit message.
 */
export interface Budget {
  target: number;
  limit: number;
}

const KiB = 1024;

export const GZIP_BUDGETS: Readonly<Record<string, Budget>> = {
  // Limit above target (issue 20): 10,237 B with the ownership fixes, then 10,392 B once the
  // gallery's compact opt-out (the card hands ProfileCard its LockedField) met the RESX channel
  // separators, the masked full name and afterPageLoad with its retry in one ProfileCard.
  SocialProfileCard: { target: 10 * KiB, limit: 10 * KiB + 256 },
  // Limit above target (issue 20 items 3, 7, 10): reading again after a cancelled write that may
  // have been applied, keeping keyboard focus off <body> across requests, and checking a rename
  // against the other accounts' names took it from 11,874 to about 12,900 B.
  WhatsAppAccountWizard: { target: 12 * KiB, limit: 13 * KiB },
  // Limit above target (issue 20): 20,544 B measured at 01c2fa5, +282 B for the badge-style
  // opt-out with its once-said lock, the refused save heard at once and the active card's row
  // kept rendered (20,826 B).
  SocialProfileGallery: { target: 20 * KiB, limit: 20 * KiB + 512 },
  SocialProfileOwnership: { target: 10 * KiB, limit: 10 * KiB },
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
