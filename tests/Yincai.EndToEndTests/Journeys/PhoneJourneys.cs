using Yincai.EndToEndTests.Infrastructure;

namespace Yincai.EndToEndTests.Journeys;

/// <summary>
/// The phone-width classes share one app and one Chromium and run one after the other: every other class starts its own, and
/// on the two-core CI machine one more app at once starved the others' clicks past their timeouts.
/// </summary>
[CollectionDefinition(Name)]
public sealed class PhoneJourneys : ICollectionFixture<YincaiE2EFixture>
{
    public const string Name = "phone journeys";
}
