/** Hostile documents the bench and the tests build alike (bench/hostile.mjs is the one source). */
// @ts-expect-error: a plain ES module of the bench, typed by its use here
import * as hostile from '../../bench/hostile.mjs';

export const oneLine = hostile.oneLine as (copies: number) => string;
export const letteredItems = hostile.letteredItems as (count: number) => string;
