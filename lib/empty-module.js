// Stands in for optional peer modules that wagmi's connectors import but never use (see next.config.mjs).
module.exports = {};
