// performance: User Timing marks and measures with explicit times (so the
// output does not depend on the clock), the timeline's queries and
// clearing, the entry classes' shapes and checks, and Performance itself.
const show = (label, fn) => {
  try {
    console.log(label, fn());
  } catch (error) {
    console.log(label, error.name, error.code, error.message);
  }
};
const brief = (entry) => `${entry.constructor.name}(${entry.entryType} ${entry.name} ` +
  `start=${entry.startTime} duration=${entry.duration} detail=${JSON.stringify(entry.detail)})`;

show('mark a', () => brief(performance.mark('a', { startTime: 10 })));
show('mark b', () => brief(performance.mark('b', { startTime: 30, detail: { x: [1, 2] } })));
show('mark c', () => brief(performance.mark('c', { startTime: 20, detail: null })));
show('mark a again', () => brief(performance.mark('a', { startTime: 40 })));
show('mark number name', () => brief(performance.mark(5, { startTime: 50 })));
show('mark null options', () => typeof performance.mark('n', null).startTime);
show('mark default start', () => {
  const before = performance.now();
  const mark = performance.mark('now');
  return mark.startTime >= before && mark.startTime <= performance.now() &&
    mark.duration === 0 && mark.detail === null;
});
performance.clearMarks('now');
performance.clearMarks('n');
show('detail is a clone', () => {
  const detail = { y: 2 };
  const mark = performance.mark('d', { detail, startTime: 25 });
  return [mark.detail !== detail, mark.detail === mark.detail, mark.detail.y];
});
show('no name', () => performance.mark());
show('negative start', () => performance.mark('x', { startTime: -1 }));
show('string start', () => performance.mark('x', { startTime: '5' }));
show('options 5', () => performance.mark('x', 5));
show('uncloneable detail', () => performance.mark('x', { detail: () => 1 }));
for (const name of ['nodeStart', 'v8Start', 'environment', 'bootstrapComplete',
                    'loopStart', 'loopExit', 'idleTime', 'name']) {
  show(`mark ${name}`, () => performance.mark(name, { startTime: 1 }).name);
}
performance.clearMarks('idleTime');
performance.clearMarks('name');

show('measure a..b', () => brief(performance.measure('m1', 'a', 'b')));
show('measure c..a', () => brief(performance.measure('m2', 'c', 'a')));
show('measure options', () => brief(performance.measure('m3', { start: 'c', end: 'b', detail: 7 })));
show('measure numbers', () => brief(performance.measure('m4', { start: 1, end: 4 })));
show('measure start+duration', () => brief(performance.measure('m5', { start: 15, duration: 4 })));
show('measure end+duration', () => brief(performance.measure('m6', { end: 33, duration: 3 })));
show('measure end only', () => brief(performance.measure('m7', { end: 3 })));
show('measure endMark only', () => brief(performance.measure('m8', undefined, 'c')));
show('measure mark to itself', () => brief(performance.measure('m9', 'd', 'd')));
show('measure open end', () => {
  const measure = performance.measure('m10', 'a');
  return [measure.startTime, measure.duration > -40, typeof measure.duration];
});
show('measure nothing', () => {
  const measure = performance.measure('m11');
  return [measure.startTime, measure.duration >= 0];
});
show('measure {}', () => performance.measure('m12', {}).startTime);
show('measure detail only', () => performance.measure('m13', { detail: 1 }).detail);
show('measure missing mark', () => performance.measure('x', 'nope'));
show('measure missing end mark', () => performance.measure('x', { start: 'a', end: 'nope' }));
show('measure all three', () => performance.measure('x', { start: 1, end: 2, duration: 3 }));
show('measure options + endMark', () => performance.measure('x', { start: 'a' }, 'b'));
show('measure negative', () => performance.measure('x', { start: -1 }));
show('measure no name', () => performance.measure());
show('measure Node timing name', () => performance.measure('m14', 'nodeStart').name);
performance.clearMeasures('m10');
performance.clearMeasures('m11');
performance.clearMeasures('m12');
performance.clearMeasures('m13');
performance.clearMeasures('m14');

const names = (list) => list.map((e) => `${e.entryType}:${e.name}@${e.startTime}`).join(' ');
console.log('all', names(performance.getEntries()));
console.log('marks', names(performance.getEntriesByType('mark')));
console.log('measures', names(performance.getEntriesByType('measure')));
console.log('by name a', names(performance.getEntriesByName('a')));
console.log('by name a mark', names(performance.getEntriesByName('a', 'mark')));
console.log('by name a measure', names(performance.getEntriesByName('a', 'measure')));
console.log('by name m1', names(performance.getEntriesByName('m1')));
console.log('by type bogus', performance.getEntriesByType('bogus'));
show('by name ()', () => performance.getEntriesByName());
show('by type ()', () => performance.getEntriesByType());
show('fresh arrays', () => performance.getEntries() !== performance.getEntries());
performance.clearMarks('a');
console.log('clear a', names(performance.getEntriesByType('mark')));
performance.clearMeasures('m1');
console.log('clear m1', names(performance.getEntriesByType('measure')));
performance.clearMarks();
performance.clearMeasures();
console.log('cleared', performance.getEntries().length);

const mark = performance.mark('z', { startTime: 3, detail: { a: { b: { c: 1 } } } });
console.log(mark, [mark], mark.toJSON(), JSON.stringify(mark));
const measure = performance.measure('q', { start: 1, end: 3, detail: 'd' });
console.log(measure, JSON.stringify(measure));
console.log(String(mark), Object.prototype.toString.call(measure));
console.log(Object.getOwnPropertyNames(mark), Object.keys(mark),
            Object.getOwnPropertyNames(PerformanceEntry.prototype),
            Object.getOwnPropertyNames(PerformanceMark.prototype),
            Object.getOwnPropertyNames(PerformanceMeasure.prototype));
console.log(Object.getPrototypeOf(PerformanceMark.prototype) === PerformanceEntry.prototype,
            Object.getPrototypeOf(PerformanceMeasure) === PerformanceEntry,
            mark instanceof PerformanceEntry, measure instanceof PerformanceMeasure);
show('new PerformanceEntry', () => new PerformanceEntry());
show('new PerformanceMeasure', () => new PerformanceMeasure());
show('new PerformanceMark', () => brief(new PerformanceMark('own', { startTime: 2 })));
show('not on the timeline', () => performance.getEntriesByName('own').length);
show('new PerformanceMark()', () => new PerformanceMark());
show('name on {}', () => Object.getOwnPropertyDescriptor(PerformanceEntry.prototype, 'name').get.call({}));
show('detail on {}', () => Object.getOwnPropertyDescriptor(PerformanceMark.prototype, 'detail').get.call({}));

show('performance', () => [String(performance), performance.constructor.name,
                           performance instanceof EventTarget, Object.keys(performance).length,
                           typeof performance.now(), typeof performance.timeOrigin,
                           typeof performance.toJSON().timeOrigin]);
show('now() increases', () => {
  const a = performance.now();
  const b = performance.now();
  return b >= a && a > 0;
});
show('timeOrigin', () => Math.abs(performance.timeOrigin + performance.now() - Date.now()) < 1000);
show('now on {}', () => performance.now.call({}));
show('enumerable', () => Object.getOwnPropertyDescriptor(globalThis, 'performance').enumerable);
