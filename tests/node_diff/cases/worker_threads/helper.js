// A module the eval'd worker code requires (relative to the cwd).
exports.echo = (value) => `helper says ${value}`;
