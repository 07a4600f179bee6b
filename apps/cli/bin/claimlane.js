#!/usr/bin/env node
// The `claimlane` bin: runs the compiled CLI (build with `node scripts/build.mjs`, or use
// `npm run -s claimlane -- <args>` from the repo root, which builds when needed).
require('../../../dist/apps/cli/src/main.js');
