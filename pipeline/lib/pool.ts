/**
 * `work` on every item with at most `width` running at once; results in the items' order. The first
 * failure is thrown once the running ones have settled, so nothing is left half-done in the background.
 */
export async function mapInPool<T, R>(items: readonly T[], width: number, work: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length)
  let next = 0
  let failure: { error: unknown } | null = null
  const worker = async () => {
    while (failure === null && next < items.length) {
      const index = next++
      try {
        results[index] = await work(items[index]!, index)
      } catch (error) {
        failure ??= { error }
      }
    }
  }
  await Promise.all(Array.from({ length: Math.max(1, Math.min(width, items.length)) }, worker))
  if (failure !== null) throw (failure as { error: unknown }).error
  return results
}
