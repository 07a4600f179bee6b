// Legal public holidays, 5 U.S.C. 6103(a). Observed dates follow 6103(b) and Executive Order
// 11582: a holiday on a Saturday is observed the Friday before (New Year's Day on a Saturday is
// observed on December 31 of the year before), one on a Sunday the Monday after.
// Not modelled: one-off closures by executive order (e.g. Christmas Eve closures, national days of
// mourning) and the DC-area Inauguration Day holiday; add them here as `fixed` entries with years.

export type HolidayRule =
  | { kind: 'fixed'; month: number; day: number }
  | { kind: 'nth_weekday'; month: number; weekday: number; nth: number }
  | { kind: 'last_weekday'; month: number; weekday: number };

export interface FederalHoliday {
  id: string;
  name: string;
  rule: HolidayRule;
  /** First year the holiday existed, when it is recent enough to matter. */
  firstYear?: number;
}

const MONDAY = 1;
const THURSDAY = 4;

export const FEDERAL_HOLIDAYS: readonly FederalHoliday[] = [
  { id: 'new_year', name: "New Year's Day", rule: { kind: 'fixed', month: 1, day: 1 } },
  {
    id: 'mlk',
    name: 'Birthday of Martin Luther King, Jr.',
    rule: { kind: 'nth_weekday', month: 1, weekday: MONDAY, nth: 3 },
    firstYear: 1986,
  },
  {
    id: 'washington',
    name: "Washington's Birthday",
    rule: { kind: 'nth_weekday', month: 2, weekday: MONDAY, nth: 3 },
  },
  {
    id: 'memorial',
    name: 'Memorial Day',
    rule: { kind: 'last_weekday', month: 5, weekday: MONDAY },
  },
  {
    id: 'juneteenth',
    name: 'Juneteenth National Independence Day',
    rule: { kind: 'fixed', month: 6, day: 19 },
    firstYear: 2021,
  },
  { id: 'independence', name: 'Independence Day', rule: { kind: 'fixed', month: 7, day: 4 } },
  {
    id: 'labor',
    name: 'Labor Day',
    rule: { kind: 'nth_weekday', month: 9, weekday: MONDAY, nth: 1 },
  },
  {
    id: 'columbus',
    name: 'Columbus Day',
    rule: { kind: 'nth_weekday', month: 10, weekday: MONDAY, nth: 2 },
  },
  { id: 'veterans', name: 'Veterans Day', rule: { kind: 'fixed', month: 11, day: 11 } },
  {
    id: 'thanksgiving',
    name: 'Thanksgiving Day',
    rule: { kind: 'nth_weekday', month: 11, weekday: THURSDAY, nth: 4 },
  },
  { id: 'christmas', name: 'Christmas Day', rule: { kind: 'fixed', month: 12, day: 25 } },
];
