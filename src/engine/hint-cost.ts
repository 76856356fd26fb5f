/** Overall points a coach's hint costs in training. Its own module so the UI can show it without loading the engine. */
export const HINT_COST = 3;
