// node:internal/util_colors: util.inspect.colors (ANSI SGR [on, off] codes
// by name, with Node's aliases as accessors) and util.inspect.styles (the
// colour of each kind of token). isohost's formatter has its styles built
// in: changing these tables does not recolour its output.
(function (exports, require, binding, internals, module) {
  'use strict';

  const fg = 39;  // default foreground
  const bg = 49;  // default background
  const colors = {
    __proto__: null,
    reset: [0, 0], bold: [1, 22], dim: [2, 22], italic: [3, 23],
    underline: [4, 24], blink: [5, 25], inverse: [7, 27], hidden: [8, 28],
    strikethrough: [9, 29], doubleunderline: [21, 24],
    black: [30, fg], red: [31, fg], green: [32, fg], yellow: [33, fg],
    blue: [34, fg], magenta: [35, fg], cyan: [36, fg], white: [37, fg],
    bgBlack: [40, bg], bgRed: [41, bg], bgGreen: [42, bg], bgYellow: [43, bg],
    bgBlue: [44, bg], bgMagenta: [45, bg], bgCyan: [46, bg], bgWhite: [47, bg],
    framed: [51, 54], overlined: [53, 55],
    gray: [90, fg], redBright: [91, fg], greenBright: [92, fg],
    yellowBright: [93, fg], blueBright: [94, fg], magentaBright: [95, fg],
    cyanBright: [96, fg], whiteBright: [97, fg],
    bgGray: [100, bg], bgRedBright: [101, bg], bgGreenBright: [102, bg],
    bgYellowBright: [103, bg], bgBlueBright: [104, bg],
    bgMagentaBright: [105, bg], bgCyanBright: [106, bg],
    bgWhiteBright: [107, bg],
  };
  const aliases = [
    ['grey', 'gray'], ['blackBright', 'gray'], ['bgGrey', 'bgGray'],
    ['bgBlackBright', 'bgGray'], ['faint', 'dim'],
    ['crossedout', 'strikethrough'], ['strikeThrough', 'strikethrough'],
    ['crossedOut', 'strikethrough'], ['conceal', 'hidden'],
    ['swapColors', 'inverse'], ['swapcolors', 'inverse'],
    ['doubleUnderline', 'doubleunderline'],
  ];
  for (const [alias, target] of aliases) {
    Object.defineProperty(colors, alias, {
      get() { return this[target]; },
      set(value) { this[target] = value; },
      configurable: true,
      enumerable: false,
    });
  }

  const styles = Object.assign({ __proto__: null }, {
    special: 'cyan', number: 'yellow', bigint: 'yellow', boolean: 'yellow',
    undefined: 'grey', null: 'bold', string: 'green', symbol: 'green',
    date: 'magenta', regexp: 'red', module: 'underline',
  });

  module.exports = { colors, styles };
});
