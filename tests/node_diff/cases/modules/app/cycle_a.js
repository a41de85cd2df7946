exports.early = 'a-early';
const b = require('./cycle_b');
exports.late = 'a-late';
exports.sawB = b.value;
