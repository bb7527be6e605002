/**
 * Phone numbers as people type them: E.164 ("+14255550100") or the same digits grouped with
 * spaces, dashes, dots or parentheses ("+1 (425) 555-0100", "020 7946 0958"). Letters,
 * vanity numbers and extensions are refused. E.164 allows at most 15 digits.
 */
const ALLOWED_CHARACTERS = /^\+?[0-9 ().-]+$/;
const SEPARATORS = /[ ().-]/g;
const MIN_DIGITS = 3;
const MAX_DIGITS = 15;

export function isValidPhoneNumber(value: string): boolean {
  const trimmed = value.trim();
  if (!ALLOWED_CHARACTERS.test(trimmed) || !parenthesesBalanced(trimmed)) return false;
  const compact = trimmed.replace(SEPARATORS, "");
  const international = compact.startsWith("+");
  const digits = international ? compact.slice(1) : compact;
  if (!/^[0-9]+$/.test(digits)) return false;
  if (digits.length < MIN_DIGITS || digits.length > MAX_DIGITS) return false;
  // A country code never starts with 0.
  return !(international && digits.startsWith("0"));
}

function parenthesesBalanced(text: string): boolean {
  let depth = 0;
  for (const ch of text) {
    if (ch === "(") depth += 1;
    if (ch === ")") depth -= 1;
    if (depth < 0 || depth > 1) return false;
  }
  return depth === 0;
}
