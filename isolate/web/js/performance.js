// `performance` (High Resolution Time + User Timing): now(), timeOrigin,
// toJSON(), and the marks and measures of the performance timeline
// (mark, measure, getEntries, getEntriesByName, getEntriesByType,
// clearMarks, clearMeasures), with the shapes, checks and messages of
// Node 20's perf_hooks.
//
// Not here: nodeTiming, eventLoopUtilization(), timerify(), resource
// timing and PerformanceObserver. Node's timing names (nodeStart,
// v8Start, environment, bootstrapComplete, loopStart, loopExit) are
// reserved for marks as in Node; as measure bounds they are all 0 (the
// runtime's start), since isohost records none of them.
// Node 20 also measures from an empty options object or one with only
// `detail` (the User Timing spec makes that a TypeError); so does this.
(function (exports, require, binding, internals, module) {
  'use strict';
  const {
    natives, EventTarget, DOMException, invalidArgType, describeReceived,
  } = internals;

  const { codedError, missingArgs } = require('internal:web/errors');

  function invalidThis(type, value) {
    return codedError(TypeError, 'ERR_INVALID_ARG_TYPE',
                      `The "this" argument must be an instance of ${type}.` +
                      describeReceived(value));
  }

  function invalidTimestamp(value) {
    return codedError(TypeError, 'ERR_PERFORMANCE_INVALID_TIMESTAMP',
                      `${value} is not a valid timestamp`);
  }

  const nodeTimingNames = new Set([
    'nodeStart', 'v8Start', 'environment', 'bootstrapComplete', 'loopStart',
    'loopExit',
  ]);

  const now = () => natives.now();
  const cloneDetail = (detail) =>
    (detail === undefined ? null : natives.structuredClone(detail, undefined));

  const kCreate = Symbol('isohost.performanceCreate');
  const inspectSymbol = Symbol.for('nodejs.util.inspect.custom');

  function inspectEntry(self, fields, depth, options, inspect) {
    if (depth < 0) return self;
    const opts = {
      ...options, depth: options.depth == null ? null : options.depth - 1,
    };
    return `${self.constructor.name} ${inspect(fields, opts)}`;
  }

  class PerformanceEntry {
    #name;
    #entryType;
    #startTime;
    #duration;

    constructor(token = undefined, name, entryType, startTime, duration) {
      if (token !== kCreate) {
        throw codedError(TypeError, 'ERR_ILLEGAL_CONSTRUCTOR',
                         'Illegal constructor');
      }
      this.#name = name;
      this.#entryType = entryType;
      this.#startTime = startTime;
      this.#duration = duration;
    }

    static #check(self) {
      if (typeof self !== 'object' || self === null || !(#name in self)) {
        throw invalidThis('PerformanceEntry', self);
      }
    }

    get name() { PerformanceEntry.#check(this); return this.#name; }
    get entryType() { PerformanceEntry.#check(this); return this.#entryType; }
    get startTime() { PerformanceEntry.#check(this); return this.#startTime; }
    get duration() { PerformanceEntry.#check(this); return this.#duration; }

    toJSON() {
      PerformanceEntry.#check(this);
      return {
        name: this.#name,
        entryType: this.#entryType,
        startTime: this.#startTime,
        duration: this.#duration,
      };
    }

    [inspectSymbol](depth, options, inspect) {
      return inspectEntry(this, this.toJSON(), depth, options, inspect);
    }
  }
  Object.defineProperty(PerformanceEntry.prototype, Symbol.toStringTag, {
    value: 'PerformanceEntry', configurable: true,
  });

  class PerformanceMark extends PerformanceEntry {
    #detail;

    constructor(name, options = undefined) {
      if (arguments.length === 0) throw missingArgs('name');
      name = `${name}`;
      if (options !== undefined && options !== null &&
          typeof options !== 'object') {
        throw invalidArgType('options', 'object', options);
      }
      if (nodeTimingNames.has(name)) {
        throw codedError(TypeError, 'ERR_INVALID_ARG_VALUE',
                         `The argument 'name' is invalid. Received '${name}'`);
      }
      let startTime = options?.startTime;
      if (startTime === undefined) {
        startTime = now();
      } else {
        if (typeof startTime !== 'number') {
          throw invalidArgType('startTime', 'number', startTime);
        }
        if (startTime < 0) throw invalidTimestamp(startTime);
      }
      const detail = cloneDetail(options?.detail);
      super(kCreate, name, 'mark', startTime, 0);
      this.#detail = detail;
    }

    get detail() {
      if (typeof this !== 'object' || this === null || !(#detail in this)) {
        throw invalidThis('PerformanceMark', this);
      }
      return this.#detail;
    }

    toJSON() {
      return { ...super.toJSON(), detail: this.detail };
    }
  }
  Object.defineProperty(PerformanceMark.prototype, Symbol.toStringTag, {
    value: 'PerformanceMark', configurable: true,
  });

  class PerformanceMeasure extends PerformanceEntry {
    #detail;

    constructor(token = undefined, name, startTime, duration, detail) {
      if (token !== kCreate) {
        throw codedError(TypeError, 'ERR_ILLEGAL_CONSTRUCTOR',
                         'Illegal constructor');
      }
      super(kCreate, name, 'measure', startTime, duration);
      this.#detail = detail;
    }

    get detail() {
      if (typeof this !== 'object' || this === null || !(#detail in this)) {
        throw invalidThis('PerformanceMeasure', this);
      }
      return this.#detail;
    }

    toJSON() {
      return { ...super.toJSON(), detail: this.detail };
    }
  }
  Object.defineProperty(PerformanceMeasure.prototype, Symbol.toStringTag, {
    value: 'PerformanceMeasure', configurable: true,
  });

  // ---- the timeline ----------------------------------------------------------

  let marks = [];
  let measures = [];

  // A mark's time: a number (a timestamp), a Node timing name, or the
  // latest mark of that name.
  function markTime(name) {
    if (typeof name === 'number') {
      if (name < 0) throw invalidTimestamp(name);
      return name;
    }
    name = `${name}`;
    if (nodeTimingNames.has(name)) return 0;
    for (let i = marks.length - 1; i >= 0; i--) {
      if (marks[i].name === name) return marks[i].startTime;
    }
    throw new DOMException(`The "${name}" performance mark has not been set`,
                           'SyntaxError');
  }

  function measure(name, startOrOptions, endMark) {
    if (arguments.length === 0) throw missingArgs('name');
    name = `${name}`;
    let start;
    let end;
    let duration;
    let detail = null;
    const isOptions = startOrOptions !== null &&
      typeof startOrOptions === 'object';
    if (isOptions) {
      if (endMark !== undefined) {
        throw codedError(TypeError, 'ERR_PERFORMANCE_MEASURE_INVALID_OPTIONS',
                         'endMark must not be specified');
      }
      ({ start, end, duration } = startOrOptions);
      if (start !== undefined && end !== undefined && duration !== undefined) {
        throw codedError(TypeError, 'ERR_PERFORMANCE_MEASURE_INVALID_OPTIONS',
                         'Must not have options.start, options.end, and ' +
                         'options.duration specified');
      }
      detail = cloneDetail(startOrOptions.detail);
    }
    let endTime;
    if (endMark !== undefined) {
      endTime = markTime(endMark);
    } else if (isOptions && end !== undefined) {
      endTime = markTime(end);
    } else if (isOptions && start !== undefined && duration !== undefined) {
      endTime = markTime(start) + markTime(duration);
    } else {
      endTime = now();
    }
    let startTime;
    if (isOptions && start !== undefined) {
      startTime = markTime(start);
    } else if (isOptions && duration !== undefined && end !== undefined) {
      startTime = endTime - markTime(duration);
    } else if (typeof startOrOptions === 'string') {
      startTime = markTime(startOrOptions);
    } else {
      startTime = 0;
    }
    const entry = new PerformanceMeasure(kCreate, name, startTime,
                                         endTime - startTime, detail);
    measures.push(entry);
    return entry;
  }

  function sorted(entries) {
    return entries.sort((a, b) => a.startTime - b.startTime);
  }

  class Performance extends EventTarget {
    #brand = true;

    constructor(token = undefined) {
      if (token !== kCreate) {
        throw codedError(TypeError, 'ERR_ILLEGAL_CONSTRUCTOR',
                         'Illegal constructor');
      }
      super();
    }

    static #check(self) {
      if (typeof self !== 'object' || self === null || !(#brand in self)) {
        throw invalidThis('Performance', self);
      }
    }

    now() {
      Performance.#check(this);
      return natives.now();
    }

    get timeOrigin() {
      Performance.#check(this);
      return natives.timeOrigin;
    }

    toJSON() {
      Performance.#check(this);
      return { timeOrigin: natives.timeOrigin };
    }

    mark(name, options = undefined) {
      Performance.#check(this);
      if (arguments.length === 0) throw missingArgs('name');
      const entry = new PerformanceMark(name, options);
      marks.push(entry);
      return entry;
    }

    measure(name, startOrOptions = undefined, endMark = undefined) {
      Performance.#check(this);
      if (arguments.length === 0) throw missingArgs('name');
      return measure(name, startOrOptions, endMark);
    }

    clearMarks(name = undefined) {
      Performance.#check(this);
      if (name === undefined) {
        marks = [];
      } else {
        name = `${name}`;
        marks = marks.filter((entry) => entry.name !== name);
      }
    }

    clearMeasures(name = undefined) {
      Performance.#check(this);
      if (name === undefined) {
        measures = [];
      } else {
        name = `${name}`;
        measures = measures.filter((entry) => entry.name !== name);
      }
    }

    getEntries() {
      Performance.#check(this);
      return sorted([...marks, ...measures]);
    }

    getEntriesByName(name, type = undefined) {
      Performance.#check(this);
      if (arguments.length === 0) throw missingArgs('name');
      name = `${name}`;
      const entries = type === undefined ? [...marks, ...measures] :
        `${type}` === 'mark' ? marks :
        `${type}` === 'measure' ? measures : [];
      return sorted(entries.filter((entry) => entry.name === name));
    }

    getEntriesByType(type) {
      Performance.#check(this);
      if (arguments.length === 0) throw missingArgs('type');
      type = `${type}`;
      if (type === 'mark') return sorted([...marks]);
      if (type === 'measure') return sorted([...measures]);
      return [];
    }
  }
  Object.defineProperty(Performance.prototype, Symbol.toStringTag, {
    value: 'Performance', configurable: true,
  });

  exports.Performance = Performance;
  exports.PerformanceEntry = PerformanceEntry;
  exports.PerformanceMark = PerformanceMark;
  exports.PerformanceMeasure = PerformanceMeasure;
  exports.performance = new Performance(kCreate);
});
