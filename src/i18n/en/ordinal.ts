/** English ordinals, for the catalogue's anniversaries. */
const ordinalRules = new Intl.PluralRules('en', { type: 'ordinal' });
const ORDINAL_SUFFIXES: Readonly<Record<Intl.LDMLPluralRule, string>> = {
  zero: 'th',
  one: 'st',
  two: 'nd',
  few: 'rd',
  many: 'th',
  other: 'th',
};

/** 1st, 2nd, 3rd, 11th, 12th, 13th, 21st, 70th, 80th…, by Intl's English ordinal rules. */
export function ordinalSuffix(n: number): string {
  return `${n}${ORDINAL_SUFFIXES[ordinalRules.select(n)]}`;
}
