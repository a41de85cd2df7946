// Import cycle between two helper modules.
import { callB, aValue } from './lib/cycle_a.mjs';
console.log('main:', aValue, callB());
