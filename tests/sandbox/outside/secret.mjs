// Outside the sandbox root: no case may import this.
console.log('SECRET READ');
export const secret = 42;
