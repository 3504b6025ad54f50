namespace GdprAnalyzers.EndToEnd.Tests
{
    /// <summary>The end-to-end tests share one packing of the two packages (<see cref="PackedPackagesFixture"/>), and run
    /// one after the other: each builds with real <c>dotnet</c> processes, and the machine has few cores.</summary>
    [CollectionDefinition(Name)]
    public sealed class PackedPackagesCollection : ICollectionFixture<PackedPackagesFixture>
    {
        public const string Name = "Packed packages";
    }
}
