/** Resolves once `condition` holds, asking every 50 ms; fails naming `what` after 20 s. */
export async function until(condition: () => Promise<boolean>, what: string): Promise<void> {
  const deadline = Date.now() + 20_000;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`Gave up waiting for ${what}`);
    await new Promise((done) => setTimeout(done, 50));
  }
}
