// rxjs 7 (CommonJS build through the "node" condition, imported from ESM
// with tslib helpers): synchronous pipelines, subjects, higher-order
// operators, errors; VirtualTimeScheduler keeps timing deterministic.
import { of, from, range, Subject, BehaviorSubject, ReplaySubject, merge, concat, zip, combineLatest, throwError, EMPTY, lastValueFrom, firstValueFrom, VirtualTimeScheduler, interval } from 'rxjs';
import { map, filter, scan, reduce, take, mergeMap, switchMap, concatMap, catchError, distinctUntilChanged, bufferCount, pairwise, startWith, tap, toArray, groupBy, retry, takeWhile, debounceTime, delay } from 'rxjs/operators';
const out = (label) => ({ next: (v) => console.log(label, JSON.stringify(v)), error: (e) => console.log(label, 'error', e.message || e), complete: () => console.log(label, 'done') });
range(1, 10).pipe(filter((n) => n % 2), map((n) => n * n), scan((a, n) => a + n, 0)).subscribe(out('scan'));
from([1, 1, 2, 2, 3, 1]).pipe(distinctUntilChanged(), pairwise(), toArray()).subscribe(out('pairs'));
of('a', 'b', 'c').pipe(mergeMap((x) => of(x + 1, x + 2)), bufferCount(4)).subscribe(out('merge'));
concat(of(1), EMPTY, of(2, 3)).pipe(startWith(0), reduce((a, b) => a + b)).subscribe(out('concat'));
zip(of(1, 2, 3), of('a', 'b')).subscribe(out('zip'));
from([{ k: 'x', v: 1 }, { k: 'y', v: 2 }, { k: 'x', v: 3 }]).pipe(groupBy((o) => o.k), mergeMap((g) => g.pipe(map((o) => o.v), toArray(), map((vs) => [g.key, vs])))).subscribe(out('group'));
let attempts = 0;
throwError(() => new Error(`fail ${++attempts}`)).pipe(retry(2), catchError((e) => of(`caught ${e.message}`))).subscribe(out('retry'));
const subject = new Subject();
const behavior = new BehaviorSubject('init');
const replay = new ReplaySubject(2);
subject.pipe(takeWhile((v) => v < 3)).subscribe(out('subject'));
[1, 2, 3, 4].forEach((v) => { subject.next(v); replay.next(v); behavior.next(v); });
replay.subscribe(out('replay'));
console.log('behavior value', behavior.getValue());
combineLatest([behavior, of('z')]).pipe(take(1)).subscribe(out('combine'));
of(1, 2).pipe(switchMap((n) => range(n * 10, 2)), concatMap((n) => of(n).pipe(tap(() => {}))), toArray()).subscribe(out('switch'));
const scheduler = new VirtualTimeScheduler();
const timed = [];
interval(10, scheduler).pipe(take(5), map((n) => `${n}@${scheduler.now()}`)).subscribe((v) => timed.push(v));
merge(of('a').pipe(delay(25, scheduler)), of('b').pipe(delay(5, scheduler))).subscribe((v) => timed.push(`${v}@${scheduler.now()}`));
of(1, 2, 3).pipe(debounceTime(7, scheduler)).subscribe((v) => timed.push(`debounced ${v}@${scheduler.now()}`));
scheduler.flush();
console.log(timed.join(' '));
console.log('sync end');
lastValueFrom(range(1, 3)).then((v) => console.log('lastValueFrom', v));
firstValueFrom(EMPTY).catch((e) => console.log('firstValueFrom', e.name, e.message));
