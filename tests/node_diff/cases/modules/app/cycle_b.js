const a = require('./cycle_a');
exports.value = `b saw ${a.early} and ${a.late}`;
