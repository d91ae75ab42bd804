// Model calls inside one pipeline step, a few at a time. After the first failure no new job is
// started; the jobs in flight finish (each commits its own result), and then that first failure is
// returned for the step to throw — so a retried step redoes only what did not commit, and nothing
// keeps writing after a failure.
export async function runWithLimit(jobs: (() => Promise<void>)[], limit: number): Promise<{ failure: unknown } | { failure?: undefined }> {
  let next = 0;
  let failed = false;
  let failure: unknown;
  const worker = async () => {
    while (next < jobs.length && !failed) {
      const job = jobs[next++];
      try {
        await job();
      } catch (e) {
        if (!failed) [failed, failure] = [true, e];
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, jobs.length) }, worker));
  return failed ? { failure } : {};
}
