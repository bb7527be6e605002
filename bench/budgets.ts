/**
 * What each shipped file may weigh, gzip bytes (level 9): issue 14's budgets. React and Fluent UI
 * are platform libraries (external), so these are our own code and the libraries we bundle.
 * `npm run bench` and `npm run bench:size` print each budget beside the figure and exit non-zero
 * when a file passes it. Raise a budget only with a reason in the commit message.
 */
export const GZIP_BUDGETS: Readonly<Record<string, number>> = {
  SocialProfileCard: 10 * 1024,
  WhatsAppAccountWizard: 12 * 1024,
  SocialProfileGallery: 20 * 1024,
  "web resource forms.js": 6 * 1024,
};

export interface BudgetCheck {
  budget?: number;
  /** undefined when there is no budget or no file to measure. */
  over?: boolean;
}

export function checkBudget(name: string, gzipBytes: number | undefined): BudgetCheck {
  const budget = GZIP_BUDGETS[name];
  if (budget === undefined || gzipBytes === undefined) return { budget };
  return { budget, over: gzipBytes > budget };
}
