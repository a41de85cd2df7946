// Throws at top level; line 4, column 9 is where the Error is created.
function fail() {
  const detail = 'boom at top level';
  throw new Error(detail);
}
fail();
