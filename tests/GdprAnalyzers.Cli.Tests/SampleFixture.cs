using System;

namespace GdprAnalyzers.Cli.Tests
{
    /// <summary>One copy of the sample that the read-only tests share (<see cref="SampleCollection"/>), restored once by
    /// the first run of the tool (<c>gdpr</c> restores by itself); runs after the first pass <c>--no-restore</c>.</summary>
    public sealed class SampleFixture : IDisposable
    {
        private readonly object gate = new();
        private bool restored;

        /// <summary>The shared copy; tests must not change it.</summary>
        public SampleCopy Sample { get; } = new();

        /// <summary>Runs the tool on the shared copy, restoring only on the first run.</summary>
        public ToolRun Run(params string[] arguments)
        {
            lock (gate)
            {
                ToolRun run = Sample.Run(restored ? [.. arguments, "--no-restore"] : arguments);
                restored = true;
                return run;
            }
        }

        public void Dispose() => Sample.Dispose();
    }

    /// <summary>The tests that share <see cref="SampleFixture"/>; they run one after another.</summary>
    [CollectionDefinition(Name)]
    public sealed class SampleCollection : ICollectionFixture<SampleFixture>
    {
        /// <summary>The collection's name.</summary>
        public const string Name = "Sample copy";
    }
}
