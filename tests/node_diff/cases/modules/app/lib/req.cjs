module.exports = "req";
