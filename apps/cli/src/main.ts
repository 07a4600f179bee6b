#!/usr/bin/env node
import { runCli } from './cli-program';

// exitCode rather than process.exit(): exiting at once could cut off a large report still being
// written to a pipe. Every command closes what it opens, so the process ends by itself.
void runCli(process.argv).then((code) => {
  process.exitCode = code;
});
