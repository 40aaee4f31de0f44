// Each test class starts its own app and Chromium. The aggressive algorithm lets all three classes run at once on
// a two-core machine, and a test that awaits (the admin journey waiting for the next TOTP step) frees its thread.
[assembly: CollectionBehavior(ParallelAlgorithm = Xunit.Sdk.ParallelAlgorithm.Aggressive)]

// Every test fails on a browser console error, whether or not it asks (see NoBrowserErrorsAttribute).
[assembly: Yincai.EndToEndTests.Infrastructure.NoBrowserErrors]
