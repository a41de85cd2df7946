// clearTimeout and clearInterval are interchangeable.
let n = 0;
const id = setInterval(() => {
  n++;
  console.log('interval', n);
  if (n === 2) {
    clearTimeout(id);
    setTimeout(() => console.log('end', n), 20);
  }
}, 1);
const t = setTimeout(() => console.log('never'), 5);
clearInterval(t);
