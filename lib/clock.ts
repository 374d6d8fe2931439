/** Services take a clock so tests and the demo seed can fix "now". */
export type Clock = () => Date;
export const systemClock: Clock = () => new Date();
