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
    }
}
