using System;
using System.Linq;

namespace GdprAnalyzers.Tests.Meta
{
    /// <summary>The README's commands for a fresh machine, and the CI script that runs its test command.</summary>
    public sealed class ReadmeCommandTests
    {
        [Theory]
        [InlineData(Repository.MainCommand)]
        [InlineData(Repository.TestCommand)]
        [InlineData(Repository.BenchmarkCommand)]
        [InlineData(Repository.CorpusCommand)]
        public void Readme_ShellBlocks_ContainCommand(string command)
        {
            string readme = Repository.Read("README.md");

            Assert.Contains(
                Repository.CodeBlocks(readme).Where(block => block.Info == "sh"),
                block => Repository.Lines(block.Code).Any(line => line.Trim() == command));
        }

        [Fact]
        public void CiScript_RunsReadmeTestCommand()
        {
            string script = Repository.Read(".ci/run");

            string[] commands = Repository.Lines(script)
                .Select(line => line.Trim())
                .Where(line => line.Length > 0 && !line.StartsWith('#'))
                .ToArray();
            Assert.Contains(Repository.TestCommand, commands);
        }

        /// <summary>
        /// CI restores into a new, empty package folder and runs with a new temporary folder on every run: a warm one
        /// hides a package that the test projects do not restore but the offline test references need.
        /// </summary>
        [Fact]
        public void CiScript_RunsTestCommandOnNewEmptyPackageAndTemporaryFolders()
        {
            string[] commands = Repository.Lines(Repository.Read(".ci/run"))
                .Select(line => line.Trim())
                .Where(line => line.Length > 0 && !line.StartsWith('#'))
                .ToArray();
            int test = Array.IndexOf(commands, Repository.TestCommand);
            int folder = Array.FindIndex(commands, line => line.Contains("mktemp -d", StringComparison.Ordinal));
            int packages = Array.FindIndex(commands, line => line.StartsWith("export NUGET_PACKAGES=", StringComparison.Ordinal));
            int temporary = Array.FindIndex(commands, line => line.StartsWith("export TMPDIR=", StringComparison.Ordinal));

            Assert.True(test >= 0, ".ci/run does not run the README's test command.");
            Assert.True(folder >= 0 && folder < test, ".ci/run makes no new folder (mktemp -d) before the test command.");
            Assert.True(packages > folder && packages < test, ".ci/run sets no new NUGET_PACKAGES before the test command.");
            Assert.True(temporary > folder && temporary < test, ".ci/run sets no new TMPDIR before the test command.");
        }
    }
}
