// node:internal/util_parse_args: util.parseArgs as in Node 20 (with
// allowNegative): the arguments become tokens (options, positionals, the
// '--' terminator; short groups like -abc expanded, -ofile and --opt=value
// inline values), then values and positionals, checked in strict mode
// with Node's ERR_PARSE_ARGS_* errors, and defaults filled in.
(function (exports, require, binding, internals, module) {
  'use strict';

  const {
    codedError, codes, validateBoolean, validateObject, validateString,
  } = require('node:internal/errors');

  const hasOwn = (object, key) => Object.prototype.hasOwnProperty.call(object, key);
  const ownValue = (object, key) => (hasOwn(object, key) ? object[key] : undefined);
  const optionValue = (options, name, key) =>
    (hasOwn(options, name) ? ownValue(options[name], key) : undefined);

  const invalidValue = (message) =>
    codedError(TypeError, 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE', message);

  function unknownOption(option, allowPositionals) {
    const hint = allowPositionals ? '. To specify a positional argument ' +
      "starting with a '-', place it at the end of the command after '--', " +
      `as in '-- ${JSON.stringify(option)}` : '';
    return codedError(TypeError, 'ERR_PARSE_ARGS_UNKNOWN_OPTION',
                      `Unknown option '${option}'${hint}`);
  }

  function validateArray(value, name) {
    if (!Array.isArray(value)) throw codes.ERR_INVALID_ARG_TYPE(name, 'Array', value);
  }

  function validateArrayOf(value, name, type) {
    validateArray(value, name);
    for (let i = 0; i < value.length; ++i) {
      if (typeof value[i] !== type) {
        throw codes.ERR_INVALID_ARG_TYPE(`${name}[${i}]`, type, value[i]);
      }
    }
  }

  // The long name of short option `letter` (itself if none is declared).
  function longNameOf(letter, options) {
    for (const [name, config] of Object.entries(options)) {
      if (ownValue(config, 'short') === letter) return name;
    }
    return letter;
  }

  const isStringOption = (options, name) => optionValue(options, name, 'type') === 'string';
  const startsShort = (arg) => arg.length > 2 && arg[0] === '-' && arg[1] !== '-';

  function tokenize(args, options) {
    const tokens = [];
    const queue = args.slice();
    let index = -1;
    let fromGroup = 0;  // queued items that came from expanding a group
    while (queue.length > 0) {
      const arg = queue.shift();
      const next = queue[0];
      if (fromGroup > 0) fromGroup--;
      else index++;

      if (arg === '--') {
        tokens.push({ kind: 'option-terminator', index });
        for (const value of queue) tokens.push({ kind: 'positional', index: ++index, value });
        break;
      }
      if (arg.length === 2 && arg[0] === '-' && arg[1] !== '-') {
        // -x, possibly taking the next argument as its value
        const name = longNameOf(arg[1], options);
        let value;
        let inlineValue;
        if (isStringOption(options, name) && next != null) {
          value = queue.shift();
          inlineValue = false;
        }
        tokens.push({ kind: 'option', name, rawName: arg, index, value, inlineValue });
        if (value != null) ++index;
        continue;
      }
      if (startsShort(arg)) {
        validateObject(options, 'options');
        if (!isStringOption(options, longNameOf(arg[1], options))) {
          // -abc: one option each, until one that takes a value.
          const expanded = [];
          for (let i = 1; i < arg.length; i++) {
            const letter = arg[i];
            if (!isStringOption(options, longNameOf(letter, options)) ||
                i === arg.length - 1) {
              expanded.push(`-${letter}`);
            } else {
              expanded.push(`-${arg.slice(i)}`);
              break;
            }
          }
          queue.unshift(...expanded);
          fromGroup = expanded.length;
          continue;
        }
        // -ofile
        const name = longNameOf(arg[1], options);
        tokens.push({ kind: 'option', name, rawName: `-${arg[1]}`, index,
                      value: arg.slice(2), inlineValue: true });
        continue;
      }
      if (arg.length > 2 && arg.startsWith('--')) {
        if (!arg.includes('=', 3)) {
          const name = arg.slice(2);
          let value;
          let inlineValue;
          if (isStringOption(options, name) && next != null) {
            value = queue.shift();
            inlineValue = false;
          }
          tokens.push({ kind: 'option', name, rawName: arg, index, value, inlineValue });
          if (value != null) ++index;
        } else {
          const equals = arg.indexOf('=');
          const name = arg.slice(2, equals);
          tokens.push({ kind: 'option', name, rawName: `--${name}`, index,
                        value: arg.slice(equals + 1), inlineValue: true });
        }
        continue;
      }
      tokens.push({ kind: 'positional', index, value: arg });
    }
    return tokens;
  }

  function checkUsage(config, token) {
    let name = token.name;
    if (!hasOwn(config.options, name)) {
      const negated = config.allowNegative && name.startsWith('no-');
      if (negated) name = name.slice(3);
      if (!negated || !hasOwn(config.options, name) ||
          optionValue(config.options, name, 'type') !== 'boolean') {
        throw unknownOption(token.rawName, config.allowPositionals);
      }
    }
    const short = optionValue(config.options, name, 'short');
    const both = `${short ? `-${short}, ` : ''}--${name}`;
    const type = optionValue(config.options, name, 'type');
    if (type === 'string' && typeof token.value !== 'string') {
      throw invalidValue(`Option '${both} <value>' argument missing`);
    }
    if (type === 'boolean' && token.value != null) {
      throw invalidValue(`Option '${both}' does not take an argument`);
    }
  }

  // "--out -x": a value that looks like an option was probably not meant
  // as one.
  function checkOptionLikeValue(token) {
    const value = token.value;
    if (token.inlineValue || value == null || !(value.length > 1 && value[0] === '-')) {
      return;
    }
    const example = token.rawName.startsWith('--') ? `'${token.rawName}=-XYZ'` :
      `'--${token.name}=-XYZ' or '${token.rawName}-XYZ'`;
    throw invalidValue(
      `Option '${token.rawName}' argument is ambiguous.\n` +
      `Did you forget to specify the option argument for '${token.rawName}'?\n` +
      `To specify an option argument starting with a dash use ${example}.`);
  }

  function store(token, options, values, allowNegative) {
    let name = token.name;
    let value = token.value;
    if (name === '__proto__') return;
    if (allowNegative && name.startsWith('no-') && value === undefined) {
      name = name.slice(3);
      token.name = name;
      value = false;
    }
    const stored = value ?? true;
    if (optionValue(options, name, 'multiple')) {
      if (values[name]) values[name].push(stored);
      else values[name] = [stored];
    } else {
      values[name] = stored;
    }
  }

  function validateOptions(options) {
    validateObject(options, 'options');
    for (const [name, config] of Object.entries(options)) {
      validateObject(config, `options.${name}`);
      const type = ownValue(config, 'type');
      if (type !== 'string' && type !== 'boolean') {
        throw codes.ERR_INVALID_ARG_TYPE(`options.${name}.type`,
                                         "('string|boolean')", type);
      }
      if (hasOwn(config, 'short')) {
        validateString(config.short, `options.${name}.short`);
        if (config.short.length !== 1) {
          throw codes.ERR_INVALID_ARG_VALUE(`options.${name}.short`, config.short,
                                            'must be a single character');
        }
      }
      const multiple = ownValue(config, 'multiple');
      if (hasOwn(config, 'multiple')) {
        validateBoolean(multiple, `options.${name}.multiple`);
      }
      const fallback = ownValue(config, 'default');
      if (fallback !== undefined) {
        const label = `options.${name}.default`;
        if (multiple) validateArrayOf(fallback, label, type);
        else if (type === 'string') validateString(fallback, label);
        else validateBoolean(fallback, label);
      }
    }
  }

  function parseArgs(config = {}) {
    const args = ownValue(config, 'args') ??
      (internals.global.process?.argv ?? []).slice(2);
    const strict = ownValue(config, 'strict') ?? true;
    const allowPositionals = ownValue(config, 'allowPositionals') ?? !strict;
    const returnTokens = ownValue(config, 'tokens') ?? false;
    const allowNegative = ownValue(config, 'allowNegative') ?? false;
    const options = ownValue(config, 'options') ?? { __proto__: null };
    validateArray(args, 'args');
    validateBoolean(strict, 'strict');
    validateBoolean(allowPositionals, 'allowPositionals');
    validateBoolean(returnTokens, 'tokens');
    validateBoolean(allowNegative, 'allowNegative');
    validateOptions(options);

    const tokens = tokenize(args, options);
    const result = { values: { __proto__: null }, positionals: [] };
    if (returnTokens) result.tokens = tokens;
    const checks = { options, allowPositionals, allowNegative };
    for (const token of tokens) {
      if (token.kind === 'option') {
        if (strict) {
          checkUsage(checks, token);
          checkOptionLikeValue(token);
        }
        store(token, options, result.values, allowNegative);
      } else if (token.kind === 'positional') {
        if (!allowPositionals) {
          throw codedError(TypeError, 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL',
                           `Unexpected argument '${token.value}'. This command ` +
                           'does not take positional arguments');
        }
        result.positionals.push(token.value);
      }
    }
    for (const [name, optionConfig] of Object.entries(options)) {
      const fallback = ownValue(optionConfig, 'default');
      if (fallback !== undefined && result.values[name] === undefined &&
          name !== '__proto__') {
        result.values[name] = fallback;
      }
    }
    return result;
  }

  module.exports = { parseArgs };
});
