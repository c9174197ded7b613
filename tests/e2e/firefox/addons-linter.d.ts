// addons-linter ships no types: the part of its Node API (its README's "Using as a library") the tests use.
declare module 'addons-linter' {
  interface LinterConfig {
    _: string[];
    logLevel: string;
    stack: boolean;
    pretty: boolean;
    warningsAsErrors: boolean;
    metadata: boolean;
    output: 'none' | 'text' | 'json';
    boring: boolean;
    selfHosted: boolean;
  }
  const linter: {
    createInstance(options: { config: LinterConfig; runAsBinary: boolean }): { run(): Promise<unknown> };
  };
  export default linter;
}
