module.exports = "the secret";
