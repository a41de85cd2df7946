// atob() and btoa() (HTML), with Node 20's checks and errors: a
// DOMException named InvalidCharacterError for anything the forgiving
// base64 decoder refuses (Node's two messages), ERR_MISSING_ARGS when
// called with no argument. The byte work is node:buffer's C++
// (binding('buffer')), as Node's atob/btoa sit on Buffer.
(function (exports, require, binding, internals, module) {
  'use strict';

  const { DOMException } = internals;
  let codec;

  function missingInput() {
    const { makeNodeError } = require('internal:web/encoding');
    return makeNodeError(TypeError, 'ERR_MISSING_ARGS',
                         'The "input" argument must be specified');
  }

  function invalidCharacter(message = 'Invalid character') {
    return new DOMException(message, 'InvalidCharacterError');
  }

  // What each UTF-16 code unit below 128 is to the forgiving decoder.
  const kData = 0;
  const kSpace = 1;
  const kEqual = 2;
  const kInvalid = 3;
  const classes = new Uint8Array(128).fill(kInvalid);
  for (const c of 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz' +
                  '0123456789+/') {
    classes[c.charCodeAt(0)] = kData;
  }
  for (const c of '\t\n\f\r ') classes[c.charCodeAt(0)] = kSpace;
  classes[0x3d] = kEqual;

  function atob(input) {
    if (arguments.length === 0) throw missingInput();
    input = `${input}`;
    // Over everything but ASCII whitespace: data characters, then at most
    // two '=' that together with the data make whole groups of four.
    let data = 0;
    let equals = 0;
    for (let i = 0; i < input.length; i++) {
      const unit = input.charCodeAt(i);
      const kind = unit < 128 ? classes[unit] : kInvalid;
      if (kind === kSpace) continue;
      if (kind === kInvalid) throw invalidCharacter();
      if (kind === kEqual) {
        if (++equals > 2) throw invalidCharacter();
      } else if (equals > 0) {
        throw invalidCharacter();
      } else {
        data++;
      }
    }
    if (data % 4 === 1) {
      throw invalidCharacter(
        'The string to be decoded is not correctly encoded.');
    }
    if (equals > 0 && (data + equals) % 4 !== 0) throw invalidCharacter();
    codec ??= binding('buffer');
    return codec.base64ToLatin1(input);
  }

  function btoa(input) {
    if (arguments.length === 0) throw missingInput();
    input = `${input}`;
    for (let i = 0; i < input.length; i++) {
      if (input.charCodeAt(i) > 0xff) throw invalidCharacter();
    }
    codec ??= binding('buffer');
    return codec.latin1ToBase64(input);
  }

  exports.atob = atob;
  exports.btoa = btoa;
});
