/** Sandbox measurements; filled in when the sandbox can be driven from here. */
export async function benchSandbox(): Promise<[string, string][]> {
  return [];
}
