import { scenarios } from 'virtual:scenarios';
const a: number = scenarios;
export { a };
