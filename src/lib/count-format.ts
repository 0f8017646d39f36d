/**
 * A function writing counts as `locale` writes numbers ("1,234", "1.234").
 * The site's editions group digits in threes, so a whole count below 1,000 is
 * its digits alone, and the Intl.NumberFormat is made only for a larger one,
 * once: making it loads the locale's number data, which took about 50 ms of
 * the timeline's first frame (200 ms on a throttled phone).
 */
export function countFormat(locale: string): (count: number) => string {
  let format: Intl.NumberFormat | undefined;
  return (count) => {
    if (Number.isInteger(count) && Math.abs(count) < 1000) return String(count);
    format ??= new Intl.NumberFormat(locale);
    return format.format(count);
  };
}
