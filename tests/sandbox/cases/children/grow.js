const keep = []; for (;;) keep.push({ n: keep.length });
