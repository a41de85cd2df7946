export const square = (x) => x * x;
export const label = 'from helper';
