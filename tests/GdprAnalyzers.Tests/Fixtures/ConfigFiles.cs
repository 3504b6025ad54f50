namespace GdprAnalyzers.Tests.Fixtures
{
    /// <summary>The text of the analyzer configuration files tests add to a compilation, built one way.</summary>
    internal static class ConfigFiles
    {
        /// <summary>An <c>.editorconfig</c> at the root whose <c>[*]</c> section holds <paramref name="lines"/> (such as
        /// <c>gdpr.console_is_log_sink = false</c>), one a line.</summary>
        internal static string EditorConfig(params string[] lines) => "root = true\n\n[*]\n" + Lines(lines);

        /// <summary>A <c>.globalconfig</c> (<c>is_global = true</c>) holding <paramref name="lines"/>, one a line.</summary>
        internal static string GlobalConfig(params string[] lines) => "is_global = true\n" + Lines(lines);

        private static string Lines(string[] lines) => lines.Length == 0 ? "" : string.Join("\n", lines) + "\n";
    }
}
