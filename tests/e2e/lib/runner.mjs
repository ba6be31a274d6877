// A tiny test runner: named checks, each collecting precise failure lines,
// and a final "N passed, M failed" line. Kept dependency-free on purpose so
// the e2e test needs nothing but the three pinned npm packages.

const results = [];

// Runs `fn(fail)`; `fail(msg)` records one failure and the check goes on,
// so one run shows every broken page, not only the first.
export async function check(name, fn) {
  const failures = [];
  const started = Date.now();
  try {
    await fn((msg) => failures.push(msg));
  } catch (err) {
    failures.push(`exception: ${err && err.stack ? err.stack : err}`);
  }
  const ms = Date.now() - started;
  results.push({ name, failures });
  const mark = failures.length === 0 ? "ok  " : "FAIL";
  console.log(`${mark} ${name} (${ms} ms)`);
  for (const f of failures.slice(0, 200)) console.log(`     - ${f}`);
  if (failures.length > 200) console.log(`     ... and ${failures.length - 200} more`);
  return failures.length === 0;
}

export function summary() {
  const failed = results.filter((r) => r.failures.length > 0).length;
  const passed = results.length - failed;
  console.log(`\n${passed} passed, ${failed} failed`);
  return failed === 0;
}
