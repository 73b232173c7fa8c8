// What the planner's cards share: the words for each kind of hour the planner tells apart, so the
// grid, the best times and the invitation name an hour the same way.

/** A participant's hour as the planner classes it (a cell's or a local time's `fit`), in words. */
export const FIT_WORDS = {
  working: 'working', early_or_late: 'early or late', night: 'night', day_off: 'day off', busy: 'busy',
};
