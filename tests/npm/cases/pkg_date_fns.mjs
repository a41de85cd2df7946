// date-fns 4 (dual, 740 subpath exports): formatting, arithmetic,
// intervals, parsing, locales. Dates are built and printed in local time
// only, so the output does not depend on the time zone.
import { format, addDays, addMonths, differenceInCalendarDays, eachDayOfInterval, isWeekend,
  startOfWeek, endOfMonth, formatDistance, formatDuration, intervalToDuration, parse, isValid,
  compareAsc, max, min, getISOWeek, formatRelative, nextFriday, isLeapYear, lightFormat } from 'date-fns';
import { addDays as addDaysSub } from 'date-fns/addDays';
import { fr } from 'date-fns/locale/fr';
import { de, ja } from 'date-fns/locale';
const d = new Date(2024, 1, 27, 13, 45, 30, 123);
console.log(addDays === addDaysSub);
console.log(format(d, "yyyy-MM-dd'T'HH:mm:ss.SSS"), format(d, 'EEEE, MMMM do yyyy, h:mm a'), format(d, 'QQQ wo II RRRR'));
console.log(format(addDays(d, 3), 'yyyy-MM-dd EEE'), format(addMonths(new Date(2024, 0, 31), 1), 'yyyy-MM-dd'));
console.log(differenceInCalendarDays(new Date(2025, 0, 1), new Date(2024, 0, 1)), isLeapYear(d), getISOWeek(d));
console.log(eachDayOfInterval({ start: new Date(2024, 1, 28), end: new Date(2024, 2, 2) }).map((x) => format(x, 'MM/dd')).join(' '));
console.log(isWeekend(new Date(2024, 2, 2)), format(startOfWeek(d, { weekStartsOn: 1 }), 'yyyy-MM-dd'), format(endOfMonth(d), 'yyyy-MM-dd HH:mm:ss.SSS'));
console.log(formatDistance(new Date(2024, 0, 1), new Date(2024, 2, 15)), '|', formatDistance(d, addDays(d, 1), { addSuffix: true }));
console.log(formatDuration(intervalToDuration({ start: new Date(2020, 0, 1), end: new Date(2024, 3, 5, 6, 7, 8) })));
const parsed = parse('03/15/2023 08:09', 'MM/dd/yyyy HH:mm', new Date(2000, 0, 1));
console.log(isValid(parsed), format(parsed, 'yyyy-MM-dd HH:mm'), isValid(parse('13/45/2023', 'MM/dd/yyyy', new Date(2000, 0, 1))));
const list = [new Date(2022, 5, 1), new Date(2021, 0, 1), new Date(2023, 11, 31)];
console.log(list.sort(compareAsc).map((x) => format(x, 'yyyy-MM-dd')).join(','), format(max(list), 'yyyy'), format(min(list), 'yyyy'));
console.log(format(d, 'EEEE d MMMM yyyy', { locale: fr }), '|', format(d, 'PPPPp', { locale: de }), '|', format(d, 'PPP', { locale: ja }));
console.log(formatRelative(addDays(d, -1), d), '|', formatRelative(addDays(d, 2), d, { locale: fr }), '|', format(nextFriday(d), 'yyyy-MM-dd'));
console.log(lightFormat(d, 'yyyy-MM-dd HH:mm'), formatDistance(d, addDays(d, 400), { locale: de }));
try { format(new Date(NaN), 'yyyy'); } catch (error) { console.log(error.name, error.message); }
