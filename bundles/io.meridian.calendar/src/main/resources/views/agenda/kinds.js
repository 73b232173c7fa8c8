// What the agenda holds: how far it looks ahead, and each kind of item in the user's words with
// its badge and the quick action that takes it off the list.

export const DAYS = 14;

/** Each kind in the user's words, with its badge; the order is the summary's. */
export const KINDS = [
  ['commitment-late', 'Your promise, late', 'Your promises late', 'flag', 'bad'],
  ['commitment-at-risk', 'Your promise, at risk', 'Your promises at risk', 'flag', 'warn'],
  ['commitment-due', 'Your promise, due', 'Your promises due', 'flag', 'info'],
  ['their-commitment-late', 'Their promise, late', 'Their promises late', 'note', 'warn'],
  ['follow-up', 'Follow-up', 'Follow-ups', 'arrow', 'info'],
  ['contact-due', 'Stay in touch', 'Stay in touch', 'person', 'plain'],
  ['visit-due', 'Visit', 'Visits', 'globe', 'plain'],
  ['birthday', 'Birthday', 'Birthdays', 'star', 'good'],
  ['holiday-greeting', 'Holiday greeting', 'Holiday greetings', 'calendar', 'good'],
].map(([id, label, plural, iconName, tone]) => ({ id, label, plural, icon: iconName, tone }));
export const KIND = new Map(KINDS.map((k) => [k.id, k]));

export const LOGGABLE = new Set(['contact-due', 'visit-due', 'follow-up']);
export const MY_PROMISES = new Set(['commitment-late', 'commitment-at-risk', 'commitment-due']);
export const GREETINGS = new Set(['birthday', 'holiday-greeting']);

export function kindOf(id) {
  return KIND.get(id) || { id, label: id.replaceAll('-', ' '), plural: id.replaceAll('-', ' '), icon: 'agenda', tone: 'plain' };
}
