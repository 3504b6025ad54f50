using System;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace GdprAnalyzers
{
    /// <summary>One boolean option of .editorconfig / .globalconfig: <c>gdpr.&lt;name&gt;</c> for all rules, or
    /// <c>gdpr.&lt;rule id&gt;.&lt;name&gt;</c> for one rule (which wins). Values: <c>true</c> or <c>false</c>.</summary>
    internal sealed class BooleanOption
    {
        public BooleanOption(string name, string? ruleId, bool defaultValue, string description)
        {
            Name = name;
            RuleId = ruleId;
            DefaultValue = defaultValue;
            Description = description;
        }

        /// <summary>The snake_case name, e.g. <c>console_is_log_sink</c>.</summary>
        public string Name { get; }

        /// <summary>The rule the option belongs to; null for an option of all rules (no rule-specific key).</summary>
        public string? RuleId { get; }

        /// <summary>The value used when the option is absent or malformed.</summary>
        public bool DefaultValue { get; }

        /// <summary>What the option does, for the docs.</summary>
        public string Description { get; }

        /// <summary>The rule-specific key, <c>gdpr.GDPRnnn.name</c>; null for an option of all rules.</summary>
        public string? RuleKey => RuleId is null ? null : KeyFor(RuleId);

        /// <summary>The key shared by all rules, <c>gdpr.name</c>.</summary>
        public string SharedKey => "gdpr." + Name;

        /// <summary>The other rules that read the option with their own key (<c>gdpr.GDPR006.console_is_log_sink</c>).</summary>
        public ImmutableArray<string> AlsoForRules { get; init; } = ImmutableArray<string>.Empty;

        /// <summary>The key of this option for one rule, <c>gdpr.&lt;ruleId&gt;.&lt;name&gt;</c>.</summary>
        public string KeyFor(string ruleId) => "gdpr." + ruleId + "." + Name;

        /// <summary>Every key the option is read under: its rule's key, the keys of the other rules that read it, and the
        /// shared key.</summary>
        public System.Collections.Generic.IEnumerable<string> Keys
        {
            get
            {
                if (RuleKey is { } ruleKey)
                {
                    yield return ruleKey;
                }

                foreach (string rule in AlsoForRules)
                {
                    yield return KeyFor(rule);
                }

                yield return SharedKey;
            }
        }

        /// <summary>Reads the option; a malformed value gives the default (reported by <see cref="OptionsAnalyzer"/>).</summary>
        public bool Read(AnalyzerConfigOptions options)
        {
            return TryRead(options, out bool value, out _, out _) ? value : DefaultValue;
        }

        /// <summary>Reads the option for one rule: <c>gdpr.&lt;ruleId&gt;.&lt;name&gt;</c> when present, otherwise the shared
        /// key; a malformed value gives the default.</summary>
        public bool Read(AnalyzerConfigOptions options, string ruleId)
        {
            return TryRead(options, KeyFor(ruleId), out bool value, out _, out _) ? value : DefaultValue;
        }

        /// <summary>Reads the option for one rule as <see cref="Read(AnalyzerConfigOptions, string)"/>, with
        /// <paramref name="whenAbsent"/> in place of <see cref="DefaultValue"/> when neither key is set or the value is
        /// malformed (a default that depends on the project).</summary>
        public bool Read(AnalyzerConfigOptions options, string ruleId, bool whenAbsent)
        {
            foreach (string key in new[] { KeyFor(ruleId), SharedKey })
            {
                if (options.TryGetValue(key, out string? raw))
                {
                    return TryParse(raw, out bool value) ? value : whenAbsent;
                }
            }

            return whenAbsent;
        }

        /// <summary>Reads an option of the whole compilation: from the <c>.editorconfig</c> section that covers the
        /// compilation's first source file when set there, otherwise from the global analyzer config (<c>.globalconfig</c>,
        /// and below it the presets of <c>GdprAnalysisMode</c>, at <c>global_level</c> -100); a malformed value gives the
        /// default. The order is the compiler's for severities: an <c>.editorconfig</c> section wins over every global
        /// config, so a user's <c>.editorconfig</c> also wins over a preset.</summary>
        public bool ReadForCompilation(Compilation compilation, AnalyzerConfigOptionsProvider provider)
        {
            foreach (SyntaxTree tree in compilation.SyntaxTrees)
            {
                AnalyzerConfigOptions fileOptions = provider.GetOptions(tree);
                if (fileOptions.TryGetValue(SharedKey, out _))
                {
                    return Read(fileOptions);
                }

                break;
            }

            return Read(provider.GlobalOptions);
        }

        /// <summary>Parses a boolean value: <c>true</c> or <c>false</c>, in any case, with surrounding spaces.</summary>
        public static bool TryParse(string raw, out bool value)
        {
            string trimmed = raw.Trim();
            value = string.Equals(trimmed, "true", StringComparison.OrdinalIgnoreCase);
            return value || string.Equals(trimmed, "false", StringComparison.OrdinalIgnoreCase);
        }

        /// <summary>Reads the option. Returns <see langword="false"/> when a value is present but malformed, with the key
        /// and raw text in <paramref name="badKey"/> and <paramref name="badValue"/>.</summary>
        public bool TryRead(AnalyzerConfigOptions options, out bool value, out string? badKey, out string? badValue) =>
            TryRead(options, RuleKey, out value, out badKey, out badValue);

        /// <summary>As above, with <paramref name="ruleKey"/> read before the shared key.</summary>
        public bool TryRead(AnalyzerConfigOptions options, string? ruleKey, out bool value, out string? badKey, out string? badValue)
        {
            value = DefaultValue;
            badKey = null;
            badValue = null;
            foreach (string? key in new[] { ruleKey, SharedKey })
            {
                if (key is null)
                {
                    continue;
                }

                if (options.TryGetValue(key, out string? raw))
                {
                    if (TryParse(raw, out value))
                    {
                        return true;
                    }

                    value = DefaultValue;
                    badKey = key;
                    badValue = raw;
                    return false;
                }
            }

            return true;
        }
    }

    /// <summary>All options of GdprAnalyzers, each declared once with its default.</summary>
    internal static class GdprOptions
    {
        /// <summary><c>gdpr.console_is_log_sink</c>: whether <c>Console.Write*</c> counts as a log sink for GDPR001,
        /// GDPR006 and GDPR101. When it is not set, it is <c>true</c> (in services and libraries the console is the
        /// container's log), except in a console application that references neither ASP.NET Core nor the generic host
        /// (<see cref="ConsoleIsProgramInterface"/>): there the console is the program's user interface, and what it
        /// prints to its user is not a log.</summary>
        public static readonly BooleanOption ConsoleIsLogSink = new(
            "console_is_log_sink",
            RuleIds.PersonalDataLogged,
            defaultValue: true,
            "Whether Console.Write and Console.WriteLine count as log sinks (when unset: yes, except in a console application without ASP.NET Core or the generic host, whose console is its user interface).")
        {
            AlsoForRules = ImmutableArray.Create(RuleIds.CredentialLogged, RuleIds.ProbablePersonalDataLogged),
        };

        /// <summary><c>gdpr.framework_sources</c> (default <c>true</c>): whether values that are personal data wherever they
        /// come from count without annotation: the client IP address (<c>ConnectionInfo.RemoteIpAddress</c>, the
        /// <c>X-Forwarded-For</c> header), the signed-in user's identity (<c>IIdentity.Name</c>, claim values,
        /// <c>FindFirstValue</c>) and the user agent; for GDPR006, the credential headers, bearer tokens, cookies and query strings of requests and HTTP messages (<see cref="CredentialSources"/>). Read from the <c>.editorconfig</c> section that covers the project's
        /// first source file, else from <c>.globalconfig</c> (<see cref="BooleanOption.ReadForCompilation"/>).</summary>
        public static readonly BooleanOption FrameworkSources = new(
            "framework_sources",
            ruleId: null,
            defaultValue: true,
            "Whether client IP addresses, signed-in user names, claim values and user agents are personal data, and the credential headers, bearer tokens, cookies and query strings of requests and HTTP messages credentials, without annotation.");

        /// <summary><c>gdpr.probable_personal_data_in_flows</c> (default <c>false</c>): the opt-in mode for code not annotated
        /// yet. When <c>true</c>, the log, storage and decision rules also follow probable personal data (the unannotated
        /// properties, fields and parameters GDPR005 finds by name and type) and report it under their own ids, GDPR101 to
        /// GDPR104. Read like <see cref="FrameworkSources"/>.</summary>
        public static readonly BooleanOption ProbablePersonalDataInFlows = new(
            "probable_personal_data_in_flows",
            ruleId: null,
            defaultValue: false,
            "Whether the log, storage and decision rules follow probable personal data and report it as GDPR101 to GDPR104.");

        /// <summary>Whether the console is the program's user interface rather than a log: the compilation is a console
        /// application (<c>OutputType</c> <c>Exe</c>) that references neither ASP.NET Core (<c>HttpContext</c>) nor the
        /// generic host (<c>Microsoft.Extensions.Hosting.IHost</c>), as a console chatbot or a command-line tool. The
        /// default of <see cref="ConsoleIsLogSink"/> when unset is the opposite.</summary>
        public static bool ConsoleIsProgramInterface(Compilation compilation, KnownSymbols known) =>
            compilation.Options.OutputKind == OutputKind.ConsoleApplication
            && known.AspNetHttpContext is null
            && known.HostingHost is null;

        /// <summary><c>gdpr.declarations_in_test_projects</c> (default <c>false</c>): whether GDPR005 and GDPR007, which propose
        /// declarations (<c>[PersonalData]</c> on a member, a contract on a method), report in test projects
        /// (<see cref="IsTestProject"/>). A test project's e-mail addresses and user ids are synthetic fixtures, not a
        /// data subject's, and its helpers are no boundary of the program. The log, storage and decision rules report
        /// there as anywhere. Read like <see cref="FrameworkSources"/>.</summary>
        public static readonly BooleanOption DeclarationsInTestProjects = new(
            "declarations_in_test_projects",
            ruleId: null,
            defaultValue: false,
            "Whether GDPR005 and GDPR007 propose declarations in test projects (MSBuild IsTestProject, a reference to xUnit, NUnit, MSTest or TUnit, or an assembly name ending in .Tests).");

        /// <summary>The referenced assemblies that make a project a test project.</summary>
        private static readonly ImmutableHashSet<string> TestFrameworkAssemblies = ImmutableHashSet.Create(
            StringComparer.OrdinalIgnoreCase,
            "xunit.core", "xunit.v3.core", "nunit.framework", "Microsoft.VisualStudio.TestPlatform.TestFramework", "MSTest.TestFramework", "TUnit.Core");

        /// <summary>The last words of a test project's assembly name (<c>Shop.Tests</c>, <c>Shop.UnitTests</c>).</summary>
        private static readonly string[] TestAssemblySuffixes = { ".Tests", ".Test", ".UnitTests", ".IntegrationTests", ".FunctionalTests", ".Specs" };

        /// <summary>
        /// Whether <paramref name="compilation"/> is a test project: MSBuild's <c>IsTestProject</c> is <c>true</c> (set by
        /// Microsoft.NET.Test.Sdk, visible to analyzers as <c>build_property.IsTestProject</c> through the package's
        /// <c>buildTransitive/GdprAnalyzers.props</c>), or it references xUnit, NUnit, MSTest or TUnit, or its assembly name ends in
        /// <c>.Tests</c>, <c>.Test</c>, <c>.UnitTests</c>, <c>.IntegrationTests</c>, <c>.FunctionalTests</c> or <c>.Specs</c>
        /// (for projects whose references did not resolve).
        /// </summary>
        public static bool IsTestProject(Compilation compilation, AnalyzerConfigOptions globalOptions)
        {
            if (globalOptions.TryGetValue("build_property.IsTestProject", out string? isTestProject) && BooleanOption.TryParse(isTestProject, out bool declared))
            {
                return declared;
            }

            foreach (AssemblyIdentity referenced in compilation.ReferencedAssemblyNames)
            {
                if (TestFrameworkAssemblies.Contains(referenced.Name))
                {
                    return true;
                }
            }

            string name = compilation.AssemblyName ?? string.Empty;
            foreach (string suffix in TestAssemblySuffixes)
            {
                if (name.EndsWith(suffix, StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>Whether GDPR005 and GDPR007 stay silent in <paramref name="compilation"/>: a test project, with
        /// <see cref="DeclarationsInTestProjects"/> not set to <c>true</c>.</summary>
        public static bool SkipsDeclarations(Compilation compilation, AnalyzerOptions options) =>
            !DeclarationsInTestProjects.ReadForCompilation(compilation, options.AnalyzerConfigOptionsProvider)
            && IsTestProject(compilation, options.AnalyzerConfigOptionsProvider.GlobalOptions);

        /// <summary>Every option, for validation.</summary>
        public static readonly ImmutableArray<BooleanOption> All = ImmutableArray.Create(ConsoleIsLogSink, FrameworkSources, ProbablePersonalDataInFlows, DeclarationsInTestProjects);
    }
}
