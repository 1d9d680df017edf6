// Module hook for tests: `import ... from 'electron'` gets test/support/fakeElectron.ts, a stand-in
// that records what the shell asks of Electron (the real binary cannot be downloaded here).
// Registered with module.register() by the test that wants it; affects only that test's process.
const fake = new URL('./fakeElectron.ts', import.meta.url).href;

export async function resolve(specifier, context, nextResolve) {
  if (specifier === 'electron') return { url: fake, shortCircuit: true };
  return nextResolve(specifier, context);
}
