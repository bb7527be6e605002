/**
 * Progress of a long run on stderr: posts done, rate, and an estimate of the time left from the
 * share of the input read (a file's size is known; standard input's is not, and then no estimate).
 */
export interface ProgressCounts {
  done: number;
  created: number;
  reused: number;
  skipped: number;
  failed: number;
}

export function progressLine(counts: ProgressCounts, elapsedMs: number, shareRead: number | undefined): string {
  const seconds = Math.max(elapsedMs / 1000, 0.001);
  const rate = counts.done / seconds;
  const parts = [
    `${counts.done.toLocaleString("en-US")} posts (${counts.created} created, ${counts.reused} reused, ${counts.skipped} already in --state, ${counts.failed} failed)`,
    `${rate.toFixed(1)} posts/s`,
  ];
  if (shareRead !== undefined && shareRead > 0 && shareRead < 1 && counts.done > 0) {
    parts.push(`about ${duration((seconds / shareRead) * (1 - shareRead))} left`);
  }
  return `intake: ${parts.join(", ")}`;
}

function duration(seconds: number): string {
  const whole = Math.ceil(seconds);
  if (whole < 60) return `${whole} s`;
  const minutes = Math.floor(whole / 60);
  return minutes < 60 ? `${minutes} min ${whole % 60} s` : `${Math.floor(minutes / 60)} h ${minutes % 60} min`;
}
