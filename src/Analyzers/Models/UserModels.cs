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
    /// encrypted value they are given, for GDPR014 and, for keys and tokens, GDPR012), <c>transfer-sink</c> (methods
    /// whose arguments are sent to a recipient, for GDPR011) and <c>recipient</c> (who receives what a client type, a
    /// method or a named <c>HttpClient</c> sends: the id, then <c>name=</c>, <c>role=</c>, <c>country=</c>,
    /// <c>mechanism=</c>, <c>reason=</c> settings, values with spaces in double quotes; GDPR011). <c>#</c> starts a
    /// comment, outside double quotes. A malformed line is reported by GDPR900 with its file and line and otherwise
    /// ignored.
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
        private readonly HashSet<ISymbol> transferSinks = new(SymbolEqualityComparer.Default);
        private readonly Dictionary<ISymbol, DeclaredRecipient> recipients = new(SymbolEqualityComparer.Default);
        private readonly Dictionary<string, DeclaredRecipient> namedClientRecipients = new(StringComparer.Ordinal);

        /// <summary>The prefix of a <c>recipient</c> line's id that names an <c>HttpClient</c> registered by name
        /// (<c>http-client:openai</c> for <c>factory.CreateClient("openai")</c>).</summary>
        public const string NamedClientPrefix = "http-client:";

        private UserModels(ImmutableArray<Entry> entries, Compilation? compilation)
        {
            Entries = entries;
            if (compilation is null)
            {
                return;
            }

            foreach (Entry entry in entries)
            {
                if (entry.Problem == null && entry.Recipient != null)
                {
                    AddRecipient(entry, compilation);
                    continue;
                }

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
                List<string>? tokens = Tokens(line.ToString());
                if (tokens is { Count: 0 })
                {
                    continue;
                }

                Location location = Location.Create(path, line.Span, text.Lines.GetLinePositionSpan(line.Span));
                if (tokens is null)
                {
                    entries.Add(new Entry(string.Empty, string.Empty, location, "a double quote is not closed"));
                    continue;
                }

                string[] parts = tokens.ToArray();
                string kind = parts[0].ToLowerInvariant();
                string id = parts.Length > 1 ? parts[1] : string.Empty;
                string? problem = null;
                if (!IsKnownKind(kind))
                {
                    problem = $"unknown kind '{parts[0]}'; expected personal-data, not-personal-data, log-sink, storage-sink, decision, exception-sink, sanitizer, hashing, encryption, transfer-sink or recipient";
                }
                else if (kind == "recipient")
                {
                    entries.Add(ParseRecipient(parts, location, compilation));
                    continue;
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

        /// <summary>Splits a line into white-space separated tokens, a double-quoted part staying in its token without its
        /// quotes (<c>name="Azure OpenAI"</c> is one token, <c>name=Azure OpenAI</c>); <c>#</c> outside quotes ends the
        /// line. Null when a quote is not closed.</summary>
        private static List<string>? Tokens(string line)
        {
            var tokens = new List<string>();
            var current = new System.Text.StringBuilder();
            bool quoted = false;
            bool any = false;
            foreach (char c in line)
            {
                if (c == '"')
                {
                    quoted = !quoted;
                    any = true;
                }
                else if (!quoted && c == '#')
                {
                    break;
                }
                else if (!quoted && char.IsWhiteSpace(c))
                {
                    if (any)
                    {
                        tokens.Add(current.ToString());
                        current.Clear();
                        any = false;
                    }
                }
                else
                {
                    current.Append(c);
                    any = true;
                }
            }

            if (quoted)
            {
                return null;
            }

            if (any)
            {
                tokens.Add(current.ToString());
            }

            return tokens;
        }

        /// <summary>Parses <c>recipient ID name=... [role=...] [country=..] [mechanism=...] [reason=...]</c>: ID a type's or
        /// method's documentation-comment id, or <c>http-client:NAME</c>.</summary>
        private static Entry ParseRecipient(string[] parts, Location location, Compilation compilation)
        {
            string id = parts.Length > 1 ? parts[1] : string.Empty;
            string? problem = null;
            if (parts.Length < 3)
            {
                problem = "expected 'recipient', a type's or method's documentation-comment id (or http-client:NAME) and at least name=..., such as 'recipient T:OpenAI.Chat.ChatClient name=OpenAI role=Processor country=US mechanism=StandardContractualClauses'";
            }
            else if (id.StartsWith(NamedClientPrefix, StringComparison.Ordinal))
            {
                if (id.Length == NamedClientPrefix.Length)
                {
                    problem = $"'{id}' names no client; write http-client:NAME with the name given to CreateClient";
                }
            }
            else if (id.Length < 3 || id[1] != ':' || (id[0] != 'T' && id[0] != 'M'))
            {
                problem = $"'{id}' is not a type's or method's documentation-comment id (T: or M: followed by the full name) nor http-client:NAME";
            }
            else if (DocumentationCommentId.GetSymbolsForDeclarationId(id, compilation).IsDefaultOrEmpty)
            {
                problem = $"'{id}' names no symbol of this compilation or its references";
            }

            string? name = null;
            string role = "Unspecified";
            string mechanism = "None";
            string? country = null;
            string? reason = null;
            for (int i = 2; i < parts.Length && problem is null; i++)
            {
                int equals = parts[i].IndexOf('=');
                string key = equals > 0 ? parts[i].Substring(0, equals).ToLowerInvariant() : parts[i];
                string value = equals > 0 ? parts[i].Substring(equals + 1) : string.Empty;
                switch (equals > 0 ? key : null)
                {
                    case "name":
                        name = value;
                        break;
                    case "country":
                        country = value;
                        break;
                    case "reason":
                        reason = value;
                        break;
                    case "role":
                        role = Member(value, RecipientRoles) ?? string.Empty;
                        problem = role.Length == 0 ? $"role '{value}' is not one of {string.Join(", ", RecipientRoles)}" : null;
                        break;
                    case "mechanism":
                        mechanism = Member(value, TransferMechanisms) ?? string.Empty;
                        problem = mechanism.Length == 0 ? $"mechanism '{value}' is not one of {string.Join(", ", TransferMechanisms)}" : null;
                        break;
                    default:
                        problem = $"'{parts[i]}' is not a setting; expected name=, role=, country=, mechanism= or reason= (values with spaces in double quotes)";
                        break;
                }
            }

            if (problem is null && name is null)
            {
                problem = "a recipient line needs name=... (in double quotes when it has spaces)";
            }

            DeclaredRecipient? recipient = problem is null ? new DeclaredRecipient(name!, role, country, mechanism, reason, location) : null;
            return new Entry("recipient", id, location, problem, recipient);
        }

        /// <summary>The members of <c>RecipientRole</c> (GdprAnalyzers.Annotations), in order.</summary>
        private static readonly string[] RecipientRoles = { "Unspecified", "Processor", "Controller", "JointController" };

        /// <summary>The members of <c>TransferMechanism</c> (GdprAnalyzers.Annotations), in order.</summary>
        private static readonly string[] TransferMechanisms = { "None", "AdequacyDecision", "StandardContractualClauses", "BindingCorporateRules", "Derogation" };

        private static string? Member(string value, string[] members)
        {
            foreach (string member in members)
            {
                if (string.Equals(member, value, StringComparison.OrdinalIgnoreCase))
                {
                    return member;
                }
            }

            return null;
        }

        private void AddRecipient(Entry entry, Compilation compilation)
        {
            if (entry.Id.StartsWith(NamedClientPrefix, StringComparison.Ordinal))
            {
                namedClientRecipients[entry.Id.Substring(NamedClientPrefix.Length)] = entry.Recipient!;
                return;
            }

            foreach (ISymbol symbol in DocumentationCommentId.GetSymbolsForDeclarationId(entry.Id, compilation))
            {
                recipients[symbol.OriginalDefinition] = entry.Recipient!;
            }
        }

        /// <summary>The recipient a <c>recipient</c> line declares for a type or method, or null.</summary>
        public DeclaredRecipient? RecipientOf(ISymbol symbol) =>
            !IsEmpty && recipients.TryGetValue(symbol.OriginalDefinition, out DeclaredRecipient? recipient) ? recipient : null;

        /// <summary>The recipient a <c>recipient http-client:NAME</c> line declares for the client created by that name, or
        /// null.</summary>
        public DeclaredRecipient? RecipientOfNamedClient(string name) =>
            !IsEmpty && namedClientRecipients.TryGetValue(name, out DeclaredRecipient? recipient) ? recipient : null;

        /// <summary>Whether the method is a declared transfer sink: every argument is sent to a recipient (GDPR011).</summary>
        public bool IsTransferSink(IMethodSymbol method) => !IsEmpty && transferSinks.Contains(method.OriginalDefinition);

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

        private static bool IsKnownKind(string kind) => kind is "personal-data" or "not-personal-data" or "log-sink" or "storage-sink" or "decision" or "exception-sink" or "sanitizer" or "hashing" or "encryption" or "transfer-sink" or "recipient";

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
            "transfer-sink" => transferSinks,
            _ => null,
        };

        /// <summary>One line of the file.</summary>
        internal sealed class Entry
        {
            public Entry(string kind, string id, Location location, string? problem, DeclaredRecipient? recipient = null)
            {
                Kind = kind;
                Id = id;
                Location = location;
                Problem = problem;
                Recipient = recipient;
            }

            /// <summary>The recipient a well-formed <c>recipient</c> line declares; null for other lines.</summary>
            public DeclaredRecipient? Recipient { get; }

            public string Kind { get; }

            public string Id { get; }

            /// <summary>The line in the models file.</summary>
            public Location Location { get; }

            /// <summary>Why the line is ignored, or null.</summary>
            public string? Problem { get; }
        }
    }
}
