// Each end-to-end test starts the bot, the Agents Playground and Chromium: run one at a time, so that a slow
// machine (CI has two cores) does not turn timeouts into failures.
[assembly: Xunit.CollectionBehavior(DisableTestParallelization = true)]
