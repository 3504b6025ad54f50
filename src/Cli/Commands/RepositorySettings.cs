using System.ComponentModel;
using Spectre.Console.Cli;

namespace GdprAnalyzers.Cli.Commands
{
    /// <summary>The options every command that analyses a repository takes (<c>scan</c>, <c>record</c>): what to open, and
    /// how (<see cref="Analysis.RepositoryAnalysis.RunAsync"/>).</summary>
    public abstract class RepositorySettings : CommandSettings
    {
        /// <summary>The solution, project or folder to analyse.</summary>
        [CommandArgument(0, "[PATH]")]
        [Description("A solution (.sln, .slnx), a C# project (.csproj), or a folder holding one (default: the current folder).")]
        public string Path { get; init; } = ".";

        /// <summary>Skip <c>dotnet restore</c>.</summary>
        [CommandOption("--no-restore")]
        [Description("Do not run dotnet restore first (the projects must be restored already).")]
        public bool NoRestore { get; init; }

        /// <summary>Report (and write the record) even when no project compiled without errors.</summary>
        [CommandOption("--allow-incomplete")]
        [Description("Report even when no project compiled without errors (references that did not resolve): findings and records are then incomplete where the code does not bind. Without it, the exit code is 2.")]
        public bool AllowIncomplete { get; init; }
    }
}
