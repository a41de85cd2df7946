// semver (CommonJS, many small files with a require cycle): parsing,
// comparison, ranges, increments, coercion, sorting, range algebra.
'use strict';
const semver = require('semver');
const satisfies = require('semver/functions/satisfies');
const versions = ['1.2.3', 'v2.0.0-rc.1', '2.0.0', '1.10.0', '1.2.3-alpha.10', '1.2.3-alpha.2', '0.0.1', '=1.0.0', ' 3.0.0 ', '1.2', 'a.b.c', '1.2.3+build.5'];
for (const v of versions) console.log(JSON.stringify(v), semver.valid(v), semver.clean(v), String(semver.coerce(v)), semver.prerelease(v));
console.log(semver.sort(versions.filter((v) => semver.valid(v))).join(' '));
console.log(semver.rsort(['1.0.0', '1.0.0-beta', '1.0.0-alpha.1', '1.0.0-alpha.beta']).join(' '));
const ranges = ['^1.2.0', '~1.2.0', '>=1.0.0 <2.0.0', '1.x || >=3.0.0-0', '*', '1.2.3 - 2.3', '^0.0.1', '>2.0.0-rc.0', 'invalid range'];
for (const r of ranges) {
  console.log(JSON.stringify(r), semver.validRange(r), ['1.2.3', '1.3.0', '2.0.0', '2.0.0-rc.1', '3.1.0', '0.0.1'].map((v) => (satisfies(v, r) ? 1 : 0)).join(''),
              semver.maxSatisfying(versions.filter((v) => semver.valid(v)), r), semver.validRange(r) ? String(semver.minVersion(r)) : '-');
}
for (const kind of ['major', 'minor', 'patch', 'premajor', 'preminor', 'prepatch', 'prerelease']) {
  console.log(kind, semver.inc('1.2.3', kind), semver.inc('1.2.3-beta.4', kind, 'beta'), semver.inc('1.2.3-4', kind));
}
console.log(semver.diff('1.2.3', '2.0.0'), semver.diff('1.2.3', '1.2.3-pre'), semver.compare('1.0.0', '1.0.1'), semver.gtr('3.0.0', '^2'), semver.outside('0.5.0', '1.x', '<'));
console.log(semver.intersects('^1.2', '1.5 - 2'), semver.subset('^1.2.3', '>=1.0.0'), semver.simplifyRange(['1.0.0', '1.1.0', '1.2.0', '2.0.0'], '>=1.0.0 <=1.2.0 || 2.0.0'));
console.log(semver.parse('1.2.3-x.7+meta').build, semver.coerce('v2.3.4.5.6', { rtl: true }).version, semver.coerce('1.2.3-pre+b', { includePrerelease: true }).version);
console.log(String(new semver.Range('^1.2.3-beta.2 || 2.x', { includePrerelease: true })), semver.satisfies('1.3.0-beta', '^1.2.3', { includePrerelease: true }));
try { new semver.SemVer('nope'); } catch (e) { console.log(e.name, e.message); }
