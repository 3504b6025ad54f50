using System.Text.RegularExpressions;

namespace GdprAnalyzers.Tests.Fixtures
{
    /// <summary>The test code of a leak test without its diagnostic markup, for its twin that expects silence (an option
    /// switched off).</summary>
    internal static class Markup
    {
        /// <summary><paramref name="code"/> with every <c>{|#n:</c>, <c>{|GDPRnnn:</c> and <c>|}</c> removed.</summary>
        internal static string Remove(string code) => Regex.Replace(code, @"\{\|(#\d+|GDPR\d+):|\|\}", "");
    }
}
