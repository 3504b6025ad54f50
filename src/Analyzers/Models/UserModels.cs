using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace GdprAnalyzers
{
    /// <summary>
    /// What users declare that the built-in models cannot know, read from an additional file named
    /// <c>GdprAnalyzers.Models.txt</c> (<c>&lt;AdditionalFiles Include="GdprAnalyzers.Models.txt" /&gt;</c>). One entry per
    /// line: a kind, white space, and a documentation-comment id (the C# compiler's standard way to name a symbol, as in
    /// XML docs: <c>P:</c> property, <c>F:</c> field, <c>M:</c> method, <c>T:</c> type). Kinds:
    /// <c>personal-data</c> (a member, parameter-less, or type of another library that is personal data),
    /// <c>not-personal-data</c> (overrides every other source), <c>log-sink</c>, <c>storage-sink</c>, <c>decision</c>,
    /// <c>exception-sink</c> (methods whose arguments are logged, stored, decided on, or written into an exception's
    /// message), <c>sanitizer</c> (methods whose result is no longer personal data), <c>hashing</c> (methods whose result
    /// is a one-way hash of the credential they are given, for GDPR012) and <c>encryption</c> (methods whose result is the
    /// encrypted value they are given, for GDPR014 and, for keys and tokens, GDPR012). <c>#</c> starts a comment. A
    /// malformed line is reported by GDPR900 with its file and line and
    /// otherwise ignored.
    /// </summary>
    internal sealed class UserModels
    {
        /// <summary>The file name that is read (case-insensitive).</summary>
        public const string FileName = "GdprAnalyzers.Models.txt";

        /// <summary>The models of a compilation without the file.</summary>
        public static readonly UserModels Empty = new(ImmutableArray<Entry>.Empty, null);

        private readonly HashSet<ISymbol> personalData = new(SymbolEqualityComparer.Default);
        private readonly HashSet<ISymbol> notPersonalData = new(SymbolEqualityComparer.Default);
        private readonly HashSet<ISymbol> logSinks = new(SymbolEqualityComparer.Default);
        private readonly HashSet<ISymbol> storageSinks = new(SymbolEqualityComparer.Default);
        private readonly HashSet<ISymbol> decisions = new(SymbolEqualityComparer.Default);
        private readonly HashSet<ISymbol> exceptionSinks = new(SymbolEqualityComparer.Default);
        private readonly HashSet<ISymbol> sanitizers = new(SymbolEqualityComparer.Default);
        private readonly HashSet<ISymbol> hashing = new(SymbolEqualityComparer.Default);
        private readonly HashSet<ISymbol> encryption = new(SymbolEqualityComparer.Default);

        private UserModels(ImmutableArray<Entry> entries, Compilation? compilation)
        {
            Entries = entries;
            if (compilation is null)
            {
                return;
            }

            foreach (Entry entry in entries)
            {
                if (entry.Problem != null || SetOf(entry.Kind) is not { } set)
                {
                    continue;
                }

                foreach (ISymbol symbol in DocumentationCommentId.GetSymbolsForDeclarationId(entry.Id, compilation))
                {
                    set.Add(symbol.OriginalDefinition);
                }
            }
        }

        /// <summary>Every line read, with its problem if it is malformed.</summary>
        public ImmutableArray<Entry> Entries { get; }

        /// <summary>Whether nothing is declared.</summary>
        public bool IsEmpty => Entries.IsDefaultOrEmpty;

        /// <summary>Reads the models file of a compilation, if any; never throws on its content.</summary>
        public static UserModels Read(AnalyzerOptions options, Compilation compilation, CancellationToken cancellationToken)
        {
            foreach (AdditionalText file in options.AdditionalFiles)
            {
                if (string.Equals(Path.GetFileName(file.Path), FileName, StringComparison.OrdinalIgnoreCase))
                {
                    SourceText? text = file.GetText(cancellationToken);
                    return text is null ? Empty : new UserModels(Parse(file.Path, text, compilation), compilation);
                }
            }

            return Empty;
        }

        /// <summary>Parses the lines of a models file; entries whose id names nothing in <paramref name="compilation"/> get
        /// a problem.</summary>
        public static ImmutableArray<Entry> Parse(string path, SourceText text, Compilation compilation)
        {
            var entries = ImmutableArray.CreateBuilder<Entry>();
            foreach (TextLine line in text.Lines)
            {
                string content = line.ToString();
                int comment = content.IndexOf('#');
                if (comment >= 0)
                {
                    content = content.Substring(0, comment);
                }

                content = content.Trim();
                if (content.Length == 0)
                {
                    continue;
                }

                string[] parts = content.Split(new[] { ' ', '\t' }, StringSplitOptions.RemoveEmptyEntries);
                Location location = Location.Create(path, line.Span, text.Lines.GetLinePositionSpan(line.Span));
                string kind = parts[0].ToLowerInvariant();
                string id = parts.Length > 1 ? parts[1] : string.Empty;
                string? problem = null;
                if (!IsKnownKind(kind))
                {
                    problem = $"unknown kind '{parts[0]}'; expected personal-data, not-personal-data, log-sink, storage-sink, decision, exception-sink, sanitizer, hashing or encryption";
                }
                else if (parts.Length != 2)
                {
                    problem = "expected a kind and one documentation-comment id, such as 'personal-data P:Vendor.Contact.Email'";
                }
                else if (id.Length < 3 || id[1] != ':')
                {
                    problem = $"'{id}' is not a documentation-comment id (T:, P:, F:, M: followed by the full name)";
                }
                else if (DocumentationCommentId.GetSymbolsForDeclarationId(id, compilation).IsDefaultOrEmpty)
                {
                    problem = $"'{id}' names no symbol of this compilation or its references";
                }

                entries.Add(new Entry(kind, id, location, problem));
            }

            return entries.ToImmutable();
        }

        /// <summary>Declared personal data: <see langword="true"/>, declared not personal data: <see langword="false"/>,
        /// not declared: <see langword="null"/>.</summary>
        public bool? IsPersonalData(ISymbol symbol)
        {
            if (IsEmpty)
            {
                return null;
            }

            ISymbol original = symbol.OriginalDefinition;
            if (notPersonalData.Contains(original))
            {
                return false;
            }

            return personalData.Contains(original) ? true : null;
        }

        /// <summary>Whether the method is a declared log sink.</summary>
        public bool IsLogSink(IMethodSymbol method) => !IsEmpty && logSinks.Contains(method.OriginalDefinition);

        /// <summary>Whether the method is a declared storage sink.</summary>
        public bool IsStorageSink(IMethodSymbol method) => !IsEmpty && storageSinks.Contains(method.OriginalDefinition);

        /// <summary>Whether the method is a declared automated decision.</summary>
        public bool IsDecision(IMethodSymbol method) => !IsEmpty && decisions.Contains(method.OriginalDefinition);

        /// <summary>Whether the method (a constructor, a throw helper) is a declared exception sink: every argument is
        /// written into the message of the exception it makes (GDPR009).</summary>
        public bool IsExceptionSink(IMethodSymbol method) => !IsEmpty && exceptionSinks.Contains(method.OriginalDefinition);

        /// <summary>Whether the method is a declared sanitizer.</summary>
        public bool IsSanitizer(IMethodSymbol method) => !IsEmpty && sanitizers.Contains(method.OriginalDefinition);

        /// <summary>Whether the method is a declared password hasher (its result is a one-way hash of the credential).</summary>
        public bool IsHashing(IMethodSymbol method) => !IsEmpty && hashing.Contains(method.OriginalDefinition);

        /// <summary>Whether the method is a declared encryption (its result is the encrypted value it is given).</summary>
        public bool IsEncryption(IMethodSymbol method) => !IsEmpty && encryption.Contains(method.OriginalDefinition);

        private static bool IsKnownKind(string kind) => kind is "personal-data" or "not-personal-data" or "log-sink" or "storage-sink" or "decision" or "exception-sink" or "sanitizer" or "hashing" or "encryption";

        private HashSet<ISymbol>? SetOf(string kind) => kind switch
        {
            "personal-data" => personalData,
            "not-personal-data" => notPersonalData,
            "log-sink" => logSinks,
            "storage-sink" => storageSinks,
            "decision" => decisions,
            "exception-sink" => exceptionSinks,
            "sanitizer" => sanitizers,
            "hashing" => hashing,
            "encryption" => encryption,
            _ => null,
        };

        /// <summary>One line of the file.</summary>
        internal sealed class Entry
        {
            public Entry(string kind, string id, Location location, string? problem)
            {
                Kind = kind;
                Id = id;
                Location = location;
                Problem = problem;
            }

            public string Kind { get; }

            public string Id { get; }

            /// <summary>The line in the models file.</summary>
            public Location Location { get; }

            /// <summary>Why the line is ignored, or null.</summary>
            public string? Problem { get; }
        }
    }
}
