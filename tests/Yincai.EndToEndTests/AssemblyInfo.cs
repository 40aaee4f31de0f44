// Each test class starts its own app and Chromium (the phone-width classes share one: Journeys/PhoneJourneys). The aggressive
// algorithm lets the classes run at once on a two-core machine, and a test that awaits (the admin journey waiting for the next
// TOTP step) frees its thread; each app more at once slows every click, so a new journey joins a collection where it can.
[assembly: CollectionBehavior(ParallelAlgorithm = Xunit.Sdk.ParallelAlgorithm.Aggressive)]

// Every test fails on a browser console error, whether or not it asks (see NoBrowserErrorsAttribute).
[assembly: Yincai.EndToEndTests.Infrastructure.NoBrowserErrors]
