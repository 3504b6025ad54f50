using System.Threading.Tasks;
using GdprAnalyzers.Cli.Commands;
using Spectre.Console.Cli;

namespace GdprAnalyzers.Cli
{
    /// <summary>The <c>gdpr</c> command: <c>scan</c> and <c>record</c> (docs/cli.md).</summary>
    public static class Program
    {
        /// <summary>Runs the command line; the exit code is the command's (<see cref="ExitCodes"/>).</summary>
        public static Task<int> Main(string[] args)
        {
            // Output to a file or a CI log: tables as wide as COLUMNS says (else 200), not wrapped at 80 columns.
            if (System.Console.IsOutputRedirected)
            {
                Spectre.Console.AnsiConsole.Profile.Width = int.TryParse(System.Environment.GetEnvironmentVariable("COLUMNS"), out int columns) && columns > 0 ? columns : 200;
            }

            var app = new CommandApp();
            app.Configure(config =>
            {
                config.SetApplicationName("gdpr");
                config.SetApplicationVersion(ToolInfo.Version);
                config.PropagateExceptions();
                config.AddCommand<ScanCommand>("scan")
                    .WithDescription("Runs GdprAnalyzers on a solution or project and lists the findings; --sarif writes them as SARIF 2.1.0. Exit code 1 when a warning remains, 0 when none, 2 when nothing could be analysed (no project opened, or none compiled without errors).")
                    .WithExample("scan", "MyShop.sln", "--sarif", "gdpr.sarif");
                config.AddCommand<RecordCommand>("record")
                    .WithDescription("Writes the record of processing activities derived from the code (record.md, record.json, record.html), or with --check compares the code with a committed record.json (exit code 1 when they differ).")
                    .WithExample("record", "MyShop.sln", "--output", "docs/privacy")
                    .WithExample("record", "MyShop.sln", "--check", "docs/privacy/record.json");
            });
            return RunAsync(app, args);
        }

        private static async Task<int> RunAsync(CommandApp app, string[] args)
        {
            try
            {
                return await app.RunAsync(args).ConfigureAwait(false);
            }
            catch (CommandParseException exception)
            {
                Spectre.Console.AnsiConsole.MarkupLine("[red]" + Spectre.Console.Markup.Escape(exception.Message) + "[/]");
                return ExitCodes.NothingAnalysed;
            }
            catch (CommandRuntimeException exception)
            {
                Spectre.Console.AnsiConsole.MarkupLine("[red]" + Spectre.Console.Markup.Escape(exception.Message) + "[/]");
                return ExitCodes.NothingAnalysed;
            }
        }
    }

    /// <summary>The exit codes of <c>gdpr</c>.</summary>
    public static class ExitCodes
    {
        /// <summary><c>scan</c>: no warning-level finding; <c>record --check</c>: the record is up to date; <c>record</c>: written.</summary>
        public const int Clean = 0;

        /// <summary><c>scan</c>: a warning-level (or error) finding remains; <c>record --check</c>: the record differs from the code.</summary>
        public const int Findings = 1;

        /// <summary>Nothing could be analysed: no project opened, or none compiled without errors (references that did not
        /// resolve); or the command line or a file was wrong.</summary>
        public const int NothingAnalysed = 2;
    }

    /// <summary>The tool's name and version, as reports and SARIF logs name them.</summary>
    public static class ToolInfo
    {
        /// <summary>The tool's name.</summary>
        public const string Name = "GdprAnalyzers";

        /// <summary>Where the tool is documented.</summary>
        public const string InformationUri = "https://github.com/gdpr-analyzers/gdpr-analyzers";

        /// <summary>The tool's version (the assembly's informational version, without the source revision).</summary>
        public static string Version { get; } =
            (System.Reflection.CustomAttributeExtensions.GetCustomAttribute<System.Reflection.AssemblyInformationalVersionAttribute>(typeof(ToolInfo).Assembly)?.InformationalVersion ?? "0.0.0").Split('+')[0];
    }
}
