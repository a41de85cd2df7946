module.exports = "star-a";
