// date-fns through require(): the package root, per-function subpaths,
// locales and the /fp variants (curried, arguments reversed).
'use strict';
const { format, addBusinessDays, subDays, isSameWeek, setDefaultOptions } = require('date-fns');
const addDays = require('date-fns/addDays').addDays;
const { es } = require('date-fns/locale/es');
const fp = require('date-fns/fp');
const d = new Date(2023, 11, 29, 9, 0, 0);
console.log(format(addDays(d, 5), 'yyyy-MM-dd'), format(addBusinessDays(d, 3), 'yyyy-MM-dd EEE'), format(subDays(d, 400), 'yyyy-MM-dd'));
console.log(isSameWeek(d, new Date(2023, 11, 31)), isSameWeek(d, new Date(2023, 11, 31), { weekStartsOn: 1 }));
console.log(fp.format('dd.MM.yyyy')(d), fp.addDays(2)(d).getDate(), format(d, "EEEE d 'de' MMMM", { locale: es }));
setDefaultOptions({ locale: es, weekStartsOn: 1 });
console.log(format(d, 'EEEE PPP'));
