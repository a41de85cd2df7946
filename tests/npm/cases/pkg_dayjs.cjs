// dayjs (CommonJS/UMD) with plugins loaded from subpaths (utc,
// customParseFormat, relativeTime, duration, advancedFormat, isoWeek) and
// a locale. Instants are fixed; UTC mode keeps output zone-independent.
'use strict';
const dayjs = require('dayjs');
dayjs.extend(require('dayjs/plugin/utc'));
dayjs.extend(require('dayjs/plugin/customParseFormat'));
dayjs.extend(require('dayjs/plugin/relativeTime'));
dayjs.extend(require('dayjs/plugin/duration'));
dayjs.extend(require('dayjs/plugin/advancedFormat'));
dayjs.extend(require('dayjs/plugin/isoWeek'));
require('dayjs/locale/de');
const t = dayjs.utc('2024-02-29T23:59:58.765Z');
console.log(t.format(), t.format('YYYY-MM-DD HH:mm:ss.SSS dddd MMM Do Q X x'), t.isoWeek(), t.isoWeekday());
console.log(t.add(1, 'day').format('YYYY-MM-DD'), t.add(1, 'year').format('YYYY-MM-DD'), t.subtract(3, 'month').endOf('month').toISOString());
console.log(t.startOf('week').format('ddd YYYY-MM-DD'), t.diff(dayjs.utc('2023-01-01'), 'day'), t.diff(dayjs.utc('2023-01-01'), 'month', true).toFixed(4));
console.log(t.from(t.add(2, 'hour')), '|', t.to(t.subtract(40, 'day')), '|', t.locale('de').from(t.add(1, 'year')));
console.log(dayjs.utc('12-25-1995 10:11', 'MM-DD-YYYY HH:mm').format(), dayjs('31/02/2020', 'DD/MM/YYYY', true).isValid());
console.log(dayjs.duration({ hours: 26, minutes: 3 }).humanize(), dayjs.duration(90061000).format('D[d] HH:mm:ss'), dayjs.duration('P1Y2M3DT4H').toISOString());
console.log(t.locale('de').format('dddd, D. MMMM YYYY'), dayjs.utc(0).valueOf(), dayjs.isDayjs(t), t.isBefore(t.add(1, 'ms')));
console.log(dayjs.utc('2024-01-31').add(1, 'month').format('YYYY-MM-DD'), dayjs.utc('invalid').isValid(), String(dayjs.utc('invalid').format()));
