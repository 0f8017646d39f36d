import type { en } from './shared';
import type { ui } from './ui';

/**
 * The shape every edition's catalogue must have: the English catalogue's,
 * with its literal strings widened to `string`, so a second edition is
 * checked key for key and argument for argument against the first.
 */
type Widen<T> = T extends string
  ? string
  : T extends (...args: infer A) => infer R
    ? (...args: A) => Widen<R>
    : T extends readonly (infer U)[]
      ? readonly Widen<U>[]
      : T extends object
        ? { readonly [K in keyof T]: Widen<T[K]> }
        : T;

/** The words the timeline's client script shares with the pages. */
export type Catalogue = Widen<typeof en>;
/** The words of the server-rendered pages. */
export type UiCatalogue = Widen<typeof ui>;
