/** Shared by the bench parts that report medians to two decimals. */
export const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
export const round = (x: number) => Math.round(x * 100) / 100;
