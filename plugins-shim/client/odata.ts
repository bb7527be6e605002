/**
 * OData string literal: single quotes doubled, as the OData ABNF requires ("O'Brien" →
 * 'O''Brien'). Without it a quote in a user's value breaks or alters the $filter.
 */
export const odataString = (value: string): string => `'${value.replace(/'/g, "''")}'`;
