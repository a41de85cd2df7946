// node:internal/buffer_readwrite: Buffer.prototype's read/write methods for
// integers (8 to 48 bits, LE/BE, signed/unsigned, and BigInt 64) and
// floats, with Node 20's checks, their order and their messages (the value's
// range before the offset for most writers, the offset first for 8-bit
// writers; "It must be >= 0 and < 2 ** 48", ...).
(function (exports, require, binding, internals, module) {
  'use strict';

  const {
    invalidArgType, outOfRange, bufferOutOfBounds, validateNumber,
  } = require('node:internal/buffer_errors');

  // ---- checks -------------------------------------------------------------

  function boundsError(value, length, type) {
    if (Math.floor(value) !== value) {
      validateNumber(value, type);
      throw outOfRange(type || 'offset', 'an integer', value);
    }
    if (length < 0) throw bufferOutOfBounds();
    throw outOfRange(type || 'offset', `>= ${type ? 1 : 0} and <= ${length}`,
                     value);
  }

  // Bytes [offset, offset + last] must exist.
  function checkBounds(buf, offset, last) {
    validateNumber(offset, 'offset');
    if (buf[offset] === undefined || buf[offset + last] === undefined) {
      boundsError(offset, buf.length - (last + 1));
    }
  }

  function checkInt(value, min, max, buf, offset, last) {
    if (value > max || value < min) {
      const n = typeof min === 'bigint' ? 'n' : '';
      const bits = (last + 1) * 8;
      let range;
      if (last > 3) {
        range = min === 0 || min === 0n ?
          `>= 0${n} and < 2${n} ** ${bits}${n}` :
          `>= -(2${n} ** ${bits - 1}${n}) and < 2${n} ** ${bits - 1}${n}`;
      } else {
        range = `>= ${min}${n} and <= ${max}${n}`;
      }
      throw outOfRange('value', range, value);
    }
    checkBounds(buf, offset, last);
  }

  // ---- readers ------------------------------------------------------------

  // The `size` bytes at `offset` (checked) as an unsigned number, least
  // significant first (`little`) or last.
  function readUnsigned(buf, offset, size, little) {
    validateNumber(offset, 'offset');
    const first = buf[offset];
    const last = buf[offset + size - 1];
    if (first === undefined || last === undefined) {
      boundsError(offset, buf.length - size);
    }
    let value = 0;
    if (little) {
      for (let i = size - 1; i >= 0; i--) value = value * 256 + buf[offset + i];
    } else {
      for (let i = 0; i < size; i++) value = value * 256 + buf[offset + i];
    }
    return value;
  }

  function readSigned(buf, offset, size, little) {
    const value = readUnsigned(buf, offset, size, little);
    const limit = 2 ** (size * 8 - 1);
    return value >= limit ? value - limit * 2 : value;
  }

  function readBig(buf, offset, little, signed) {
    validateNumber(offset, 'offset');
    if (buf[offset] === undefined || buf[offset + 7] === undefined) {
      boundsError(offset, buf.length - 8);
    }
    let low = 0;
    let high = 0;
    for (let i = 3; i >= 0; i--) {
      low = low * 256 + buf[offset + (little ? i : 7 - i)];
      high = high * 256 + buf[offset + (little ? 4 + i : 3 - i)];
    }
    const value = (BigInt(high) << 32n) + BigInt(low);
    return signed ? BigInt.asIntN(64, value) : value;
  }

  const float32 = new Float32Array(1);
  const float32Bytes = new Uint8Array(float32.buffer);
  const float64 = new Float64Array(1);
  const float64Bytes = new Uint8Array(float64.buffer);
  const bigEndian = new Uint8Array(new Uint16Array([1]).buffer)[0] === 0;

  // Forwards: the buffer's byte order is the host's.
  function readFloat(buf, offset, forwards) {
    validateNumber(offset, 'offset');
    if (buf[offset] === undefined || buf[offset + 3] === undefined) {
      boundsError(offset, buf.length - 4);
    }
    for (let i = 0; i < 4; i++) {
      float32Bytes[forwards ? i : 3 - i] = buf[offset + i];
    }
    return float32[0];
  }

  function readDouble(buf, offset, forwards) {
    validateNumber(offset, 'offset');
    if (buf[offset] === undefined || buf[offset + 7] === undefined) {
      boundsError(offset, buf.length - 8);
    }
    for (let i = 0; i < 8; i++) {
      float64Bytes[forwards ? i : 7 - i] = buf[offset + i];
    }
    return float64[0];
  }

  // ---- writers ------------------------------------------------------------

  // Writes `value` (checked against [min, max]) as `size` bytes.
  function writeInt(buf, value, offset, min, max, size, little) {
    value = +value;
    checkInt(value, min, max, buf, offset, size - 1);
    let low = value;  // its low 32 bits, a byte at a time
    let high = Math.floor(value * 2 ** -32);
    for (let i = 0; i < size; i++) {
      const position = little ? offset + i : offset + size - 1 - i;
      if (i < 4) {
        buf[position] = low;
        low = low >>> 8;
      } else {
        buf[position] = high;
        high = high >>> 8;
      }
    }
    return offset + size;
  }

  function writeInt8(buf, value, offset, min, max) {
    value = +value;
    validateNumber(offset, 'offset');
    if (value > max || value < min) {
      throw outOfRange('value', `>= ${min} and <= ${max}`, value);
    }
    if (buf[offset] === undefined) boundsError(offset, buf.length - 1);
    buf[offset] = value;
    return offset + 1;
  }

  function writeBig(buf, value, offset, min, max, little) {
    checkInt(value, min, max, buf, offset, 7);
    let low = Number(value & 0xffffffffn);
    let high = Number(value >> 32n & 0xffffffffn);
    for (let i = 0; i < 4; i++) {
      buf[little ? offset + i : offset + 7 - i] = low;
      low = low >> 8;
      buf[little ? offset + 4 + i : offset + 3 - i] = high;
      high = high >> 8;
    }
    return offset + 8;
  }

  function writeFloat(buf, value, offset, forwards) {
    value = +value;
    checkBounds(buf, offset, 3);
    float32[0] = value;
    for (let i = 0; i < 4; i++) {
      buf[offset + i] = float32Bytes[forwards ? i : 3 - i];
    }
    return offset + 4;
  }

  function writeDouble(buf, value, offset, forwards) {
    value = +value;
    checkBounds(buf, offset, 7);
    float64[0] = value;
    for (let i = 0; i < 8; i++) {
      buf[offset + i] = float64Bytes[forwards ? i : 7 - i];
    }
    return offset + 8;
  }

  // ---- the methods, in Node's order ----------------------------------------

  const unsignedMax = [0, 0xff, 0xffff, 0xffffff, 0xffffffff, 0xffffffffff,
    0xffffffffffff];
  const signedMax = [0, 0x7f, 0x7fff, 0x7fffff, 0x7fffffff, 0x7fffffffff,
    0x7fffffffffff];

  function readVariable(signed, little) {
    return function (offset, byteLength) {
      if (offset === undefined) throw invalidArgType('offset', 'number', offset);
      if (byteLength === 4 || byteLength === 2 || byteLength === 1) {
        const width = byteLength * 8;
        const name = byteLength === 1 ? `read${signed ? 'Int' : 'UInt'}8` :
          `read${signed ? 'Int' : 'UInt'}${width}${little ? 'LE' : 'BE'}`;
        return this[name](offset);
      }
      if (byteLength === 6 || byteLength === 5 || byteLength === 3) {
        return signed ? readSigned(this, offset, byteLength, little) :
          readUnsigned(this, offset, byteLength, little);
      }
      boundsError(byteLength, 6, 'byteLength');
    };
  }

  function writeVariable(signed, little) {
    return function (value, offset, byteLength) {
      if (byteLength >= 1 && byteLength <= 6 && Number.isInteger(byteLength)) {
        const max = signed ? signedMax[byteLength] : unsignedMax[byteLength];
        const min = signed ? -max - 1 : 0;
        if (byteLength === 1) return writeInt8(this, value, offset, min, max);
        return writeInt(this, value, offset, min, max, byteLength, little);
      }
      boundsError(byteLength, 6, 'byteLength');
    };
  }

  function named(name, fn) {
    Object.defineProperty(fn, 'name', { value: name });
    return fn;
  }

  const readFloatForwards = named('readFloatForwards', function (offset = 0) {
    return readFloat(this, offset, true);
  });
  const readFloatBackwards = named('readFloatBackwards', function (offset = 0) {
    return readFloat(this, offset, false);
  });
  const readDoubleForwards = named('readDoubleForwards', function (offset = 0) {
    return readDouble(this, offset, true);
  });
  const readDoubleBackwards = named('readDoubleBackwards',
                                    function (offset = 0) {
                                      return readDouble(this, offset, false);
                                    });
  const writeFloatForwards = named('writeFloatForwards',
                                   function (value, offset = 0) {
                                     return writeFloat(this, value, offset, true);
                                   });
  const writeFloatBackwards = named('writeFloatBackwards',
                                    function (value, offset = 0) {
                                      return writeFloat(this, value, offset,
                                                        false);
                                    });
  const writeDoubleForwards = named('writeDoubleForwards',
                                    function (value, offset = 0) {
                                      return writeDouble(this, value, offset,
                                                         true);
                                    });
  const writeDoubleBackwards = named('writeDoubleBackwards',
                                     function (value, offset = 0) {
                                       return writeDouble(this, value, offset,
                                                          false);
                                     });

  // [name, function] in Node's property order.
  function methods() {
    const list = [];
    const add = (name, fn) => list.push([name, named(name, fn)]);
    const aliases = (names) => {
      for (const name of names) {
        const fn = list.find(([other]) => other === name)[1];
        list.push([name.replace('UInt', 'Uint'), fn]);
      }
    };
    const bigMax = 0xffffffffffffffffn;
    const bigSignedMax = 0x7fffffffffffffffn;
    add('readBigUInt64LE', function (offset = 0) {
      return readBig(this, offset, true, false);
    });
    add('readBigUInt64BE', function (offset = 0) {
      return readBig(this, offset, false, false);
    });
    aliases(['readBigUInt64LE', 'readBigUInt64BE']);
    add('readBigInt64LE', function (offset = 0) {
      return readBig(this, offset, true, true);
    });
    add('readBigInt64BE', function (offset = 0) {
      return readBig(this, offset, false, true);
    });
    add('writeBigUInt64LE', function (value, offset = 0) {
      return writeBig(this, value, offset, 0n, bigMax, true);
    });
    add('writeBigUInt64BE', function (value, offset = 0) {
      return writeBig(this, value, offset, 0n, bigMax, false);
    });
    aliases(['writeBigUInt64LE', 'writeBigUInt64BE']);
    add('writeBigInt64LE', function (value, offset = 0) {
      return writeBig(this, value, offset, -bigSignedMax - 1n, bigSignedMax,
                      true);
    });
    add('writeBigInt64BE', function (value, offset = 0) {
      return writeBig(this, value, offset, -bigSignedMax - 1n, bigSignedMax,
                      false);
    });

    // Read then write; unsigned then signed; LE then BE: the variable
    // width method, then 32, 16 (and 8 after the LE ones); the Uint
    // aliases follow the unsigned methods.
    for (const read of [true, false]) {
      const verb = read ? 'read' : 'write';
      for (const signed of [false, true]) {
        const kind = signed ? 'Int' : 'UInt';
        const names = [];
        for (const little of [true, false]) {
          const end = little ? 'LE' : 'BE';
          names.push(`${verb}${kind}${end}`);
          add(`${verb}${kind}${end}`, read ? readVariable(signed, little) :
            writeVariable(signed, little));
          for (const size of [4, 2]) {
            const max = signed ? signedMax[size] : unsignedMax[size];
            const min = signed ? -max - 1 : 0;
            const name = `${verb}${kind}${size * 8}${end}`;
            names.push(name);
            add(name, read ?
              function (offset = 0) {
                return signed ? readSigned(this, offset, size, little) :
                  readUnsigned(this, offset, size, little);
              } :
              function (value, offset = 0) {
                return writeInt(this, value, offset, min, max, size, little);
              });
          }
          if (little) {
            const max = signed ? 0x7f : 0xff;
            const min = signed ? -0x80 : 0;
            names.push(`${verb}${kind}8`);
            add(`${verb}${kind}8`, read ?
              function (offset = 0) {
                return signed ? readSigned(this, offset, 1, true) :
                  readUnsigned(this, offset, 1, true);
              } :
              function (value, offset = 0) {
                return writeInt8(this, value, offset, min, max);
              });
          }
        }
        if (!signed) aliases(names);
      }
    }
    const floatLE = bigEndian ? readFloatBackwards : readFloatForwards;
    const floatBE = bigEndian ? readFloatForwards : readFloatBackwards;
    const doubleLE = bigEndian ? readDoubleBackwards : readDoubleForwards;
    const doubleBE = bigEndian ? readDoubleForwards : readDoubleBackwards;
    list.push(['readFloatLE', floatLE], ['readFloatBE', floatBE],
              ['readDoubleLE', doubleLE], ['readDoubleBE', doubleBE]);
    list.push(
      ['writeFloatLE', bigEndian ? writeFloatBackwards : writeFloatForwards],
      ['writeFloatBE', bigEndian ? writeFloatForwards : writeFloatBackwards],
      ['writeDoubleLE', bigEndian ? writeDoubleBackwards : writeDoubleForwards],
      ['writeDoubleBE', bigEndian ? writeDoubleForwards : writeDoubleBackwards]);
    return list;
  }

  // Defines the methods on `prototype` (enumerable, as Node's are).
  exports.addReadWriteMethods = function addReadWriteMethods(prototype) {
    for (const [name, fn] of methods()) {
      Object.defineProperty(prototype, name, {
        value: fn, writable: true, enumerable: true, configurable: true,
      });
    }
  };
});
