/** The values of a shared zod enum, as the tuple a drizzle text enum column takes: one list, two layers. */
export function enumValues<T extends string>(e: { options: readonly T[] }): [T, ...T[]] {
  return e.options as [T, ...T[]];
}
