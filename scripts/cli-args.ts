/** Argument reading shared by the list commands: `--name value` options, errors through `fail`. */
export function cliArgs(fail: (msg: string) => never) {
  const args = process.argv.slice(2);
  /** Takes `--name value` out of the arguments (the fallback when absent). */
  const opt = (name: string, fallback: string): string => {
    const i = args.indexOf(name);
    if (i < 0) return fallback;
    const v = args[i + 1];
    if (!v) return fail(`${name} needs a value`);
    args.splice(i, 2);
    return v;
  };
  return { args, opt };
}
