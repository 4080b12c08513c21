import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

export function findOnPath(binary: string): string | null {
  if (path.isAbsolute(binary)) return isExecutable(binary) ? binary : null;
  for (const dir of (process.env.PATH ?? "").split(path.delimiter)) {
    const candidate = path.join(dir, binary);
    if (isExecutable(candidate)) return candidate;
  }
  return null;
}

function isExecutable(file: string): boolean {
  try {
    fs.accessSync(file, fs.constants.X_OK);
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}

/**
 * Returns the binary's path, installing its Debian package first when it is missing and we may
 * (root with apt-get). Otherwise stops with a one-line instruction.
 */
export function ensureDebianBinary(opts: {
  binary: string;
  pkg: string;
  why: string;
  alternative: string;
  log: (m: string) => void;
}): string {
  const found = findOnPath(opts.binary);
  if (found) return found;
  const canApt = process.getuid?.() === 0 && findOnPath("apt-get");
  if (!canApt) {
    throw new Error(
      `${opts.binary} is not installed: run \`sudo apt-get install -y ${opts.pkg}\` (${opts.alternative}).`,
    );
  }
  opts.log(`${opts.binary} not found: installing the Debian package ${opts.pkg} with apt-get (${opts.why})…`);
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  execFileSync("apt-get", ["update", "-qq"], { stdio: "inherit", env });
  execFileSync("apt-get", ["install", "-y", "-qq", opts.pkg], { stdio: "inherit", env });
  const installed = findOnPath(opts.binary);
  if (!installed) throw new Error(`apt-get installed ${opts.pkg} but ${opts.binary} is not on PATH`);
  return installed;
}
