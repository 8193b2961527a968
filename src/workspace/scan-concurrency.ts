// How a scan walks the workspace's files: a few at a time, shared with the bench so that it measures the
// editor's own pace (handing a worker pool every article at once piles their results up in memory).

/** Files read at once during a scan: enough to keep both workers busy, few enough to stay light. */
export const SCAN_CONCURRENCY = 8;

/** Runs `work` on every item, at most `limit` at a time. */
export async function forEachConcurrently<T>(
  items: readonly T[],
  limit: number,
  work: (item: T) => Promise<void>,
): Promise<void> {
  let next = 0;
  const lane = async () => {
    while (next < items.length) await work(items[next++]);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, lane));
}
