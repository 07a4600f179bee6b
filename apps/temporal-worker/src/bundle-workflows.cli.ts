import { writeAppealWorkflowBundle } from '@claimlane/workflows-activities';

/** `npm run build:workflows`: bundles the appeal workflows ahead of time for production workers. */
writeAppealWorkflowBundle()
  .then((file) => console.log(`wrote ${file}`))
  .catch((e: unknown) => {
    console.error(e instanceof Error ? e.message : String(e));
    process.exit(1);
  });
