// Model calls inside one pipeline step, a few at a time. After the first failure no new job is
// started; the jobs in flight finish (each commits its own result), and then a failure is returned
// for the step to throw — so a retried step redoes only what did not commit, and nothing keeps
// writing after a failure. When several jobs in flight fail, the earliest job's failure is the one
// returned, so the reason a person reads does not depend on which call answered first.
export async function runWithLimit(jobs: (() => Promise<void>)[], limit: number): Promise<{ failure: unknown } | { failure?: undefined }> {
  let next = 0;
  let failedAt = -1;
  let failure: unknown;
  const worker = async () => {
    while (next < jobs.length && failedAt === -1) {
      const index = next++;
      try {
        await jobs[index]();
      } catch (e) {
        if (failedAt === -1 || index < failedAt) [failedAt, failure] = [index, e];
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, jobs.length) }, worker));
  return failedAt !== -1 ? { failure } : {};
}
