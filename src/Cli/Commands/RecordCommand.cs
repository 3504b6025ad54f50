using System.ComponentModel;
using System.Threading;
using System.Threading.Tasks;
using GdprAnalyzers.Cli.Analysis;
using Spectre.Console;
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
        public override async Task<int> ExecuteAsync(CommandContext context, RecordSettings settings, CancellationToken cancellationToken)
        {
            RepositoryResult result = await RepositoryAnalysis.RunAsync(AnsiConsole.Console, settings.Path, false, cancellationToken);
            foreach (var p in result.Projects)
            {
                foreach (var i in p.Outcome.Items) System.Console.WriteLine("ITEM " + i + " | " + i.Purpose + " | " + i.LawfulBasis + " | " + i.Location.GetLineSpan());
                foreach (var f in p.Outcome.Facts) System.Console.WriteLine("FACT " + f + " | cat=" + f.Category + " | " + f.Purpose + " | " + f.LawfulBasis + " | " + f.RetentionPeriod + " | " + f.RetentionCriteria + " | review=" + f.HumanReview + " | " + f.Location.GetLineSpan());
            }
            return 0;
        }
    }
}
