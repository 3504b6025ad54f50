using System.ComponentModel;
using System.Threading;
using System.Threading.Tasks;
using Spectre.Console.Cli;

namespace GdprAnalyzers.Cli.Commands
{
    /// <summary>The options of <c>gdpr record</c>.</summary>
    public sealed class RecordSettings : CommandSettings
    {
        /// <summary>The solution, project or folder.</summary>
        [CommandArgument(0, "[PATH]")]
        [Description("A solution (.sln, .slnx), a C# project (.csproj), or a folder holding one (default: the current folder).")]
        public string Path { get; init; } = ".";
    }

    /// <summary>Placeholder.</summary>
    public sealed class RecordCommand : AsyncCommand<RecordSettings>
    {
        /// <inheritdoc/>
        public override Task<int> ExecuteAsync(CommandContext context, RecordSettings settings, CancellationToken cancellationToken) => Task.FromResult(0);
    }
}
