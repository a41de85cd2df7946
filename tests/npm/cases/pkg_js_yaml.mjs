// js-yaml through import (its "import" condition: dist/js-yaml.mjs).
import yaml from 'js-yaml';
import * as ns from 'js-yaml';
import { load, dump } from 'js-yaml';
console.log(yaml.load === load, ns.default === yaml, JSON.stringify(load('a: [1, {b: c}]\nd: !!str 12')));
console.log(dump({ s: 'x: y', t: '#c', u: '0123', v: 'true', w: ['- a'] }));
console.log(dump(load('k: &a [1]\nl: *a'), { noRefs: false }), dump(load('k: &a [1]\nl: *a'), { noRefs: true }));
