// node:internal/buffer_inspect: how console.log / util.inspect show a
// Buffer: `<Buffer 68 69>`, at most INSPECT_MAX_BYTES bytes, then the
// buffer's own non-index properties (`<Buffer 68 69, x: 1>`), as in Node.
(function (exports, require, binding, internals, module) {
  'use strict';

  const { getOwnNonIndexProperties } = internals.natives;

  // The method for Buffer.prototype[inspect.custom] and .inspect; `maxBytes`
  // reads the current INSPECT_MAX_BYTES.
  exports.makeInspect = function makeInspect(maxBytes) {
    return function inspect(recurseTimes, ctx) {
      const max = maxBytes();
      const shown = Math.min(max, this.length);
      const remaining = this.length - max;
      let text = this.hexSlice(0, shown).replace(/(.{2})/g, '$1 ').trim();
      if (remaining > 0) {
        text += ` ... ${remaining} more byte${remaining > 1 ? 's' : ''}`;
      }
      if (ctx) {
        const extras = { __proto__: null };
        let any = false;
        for (const key of getOwnNonIndexProperties(this, !!ctx.showHidden)) {
          any = true;
          extras[key] = this[key];
        }
        if (any) {
          if (this.length !== 0) text += ', ';
          // Without the leading "[Object: null prototype] {" and " }".
          text += internals.inspect(extras, {
            ...ctx, breakLength: Infinity, compact: true,
          }).slice(27, -2);
        }
      }
      return `<${this.constructor.name} ${text}>`;
    };
  };
});
