// expect: load-error is denied: imports must stay below
import '../outside/secret.mjs';
