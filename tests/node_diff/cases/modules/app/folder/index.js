module.exports = "folder-index";
