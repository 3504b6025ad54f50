using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace GdprAnalyzers.Facts
{
    /// <summary>
    /// Collects the <see cref="ProcessingFact"/>s the analyzers find, for a host that is not an analyzer (the record of
    /// processing, a scanner). The host adds an instance to the additional files of the <see cref="AnalyzerOptions"/> it
    /// runs the analyzers with (<see cref="CompilationWithAnalyzers"/>), then reads <see cref="Facts"/>: the analysis is
    /// the analyzers' own, not a second implementation. An analyzer records only when a recorder is among its options'
    /// additional files, so compiler builds pay nothing. The recorder is an empty additional text named
    /// <see cref="FileName"/>.
    /// <para>Facts come from the analyzers that run: a rule turned off (<c>severity = none</c>) records nothing. Storage
    /// records compliant flows too (with the purpose and basis stated), and GDPR014 adds its finding to a store of
    /// special-category data kept in clear; decisions record reviewed ones; logs record only what GDPR001 and GDPR006
    /// report (a redacted value is not followed); transfers what GDPR011 reads. The handlers of data subjects' requests
    /// (GDPR016) are in <see cref="RequestHandlers"/>. Thread-safe: analyzers record concurrently.</para>
    /// </summary>
    public sealed class ProcessingFactsRecorder : AdditionalText
    {
        /// <summary>The additional file name a recorder takes.</summary>
        public const string FileName = "GdprAnalyzers.ProcessingFacts";

        private readonly ConcurrentQueue<ProcessingFact> facts = new();
        private readonly ConcurrentQueue<RequestHandlerFact> handlers = new();

        /// <inheritdoc/>
        public override string Path => FileName;

        /// <summary>The empty text: a recorder has no content.</summary>
        public override SourceText GetText(CancellationToken cancellationToken = default) => SourceText.From(string.Empty);

        /// <summary>The facts recorded so far, without repeats (an analysis may find one flow twice), in source order:
        /// by file path, position, kind and destination.</summary>
        public ImmutableArray<ProcessingFact> Facts =>
            facts
                .GroupBy(fact => (fact.Kind, fact.Data, fact.Destination, Path: fact.Location.SourceTree?.FilePath ?? string.Empty, fact.Location.SourceSpan.Start))
                .Select(group => Merge(group.ToList()))
                .OrderBy(fact => fact.Location.SourceTree?.FilePath ?? string.Empty, StringComparer.Ordinal)
                .ThenBy(fact => fact.Location.SourceSpan.Start)
                .ThenBy(fact => fact.Kind)
                .ThenBy(fact => fact.Destination, StringComparer.Ordinal)
                .ToImmutableArray();

        /// <summary>The handlers of data subjects' requests recorded so far (GDPR016 reads each once per compilation), in
        /// source order, one per handler and request.</summary>
        public ImmutableArray<RequestHandlerFact> RequestHandlers =>
            handlers
                .GroupBy(handler => (handler.Request, handler.Handler, Path: handler.Location.SourceTree?.FilePath ?? string.Empty, handler.Location.SourceSpan.Start))
                .Select(group => group.First())
                .OrderBy(handler => handler.Location.SourceTree?.FilePath ?? string.Empty, StringComparer.Ordinal)
                .ThenBy(handler => handler.Location.SourceSpan.Start)
                .ThenBy(handler => handler.Request)
                .ToImmutableArray();

        /// <summary>The recorder among <paramref name="options"/>' additional files, or null (every compiler build).</summary>
        internal static ProcessingFactsRecorder? In(AnalyzerOptions options)
        {
            foreach (AdditionalText file in options.AdditionalFiles)
            {
                if (file is ProcessingFactsRecorder recorder)
                {
                    return recorder;
                }
            }

            return null;
        }

        /// <summary>Records one fact.</summary>
        internal void Record(ProcessingFact fact) => facts.Enqueue(fact);

        /// <summary>Records what one request handler covers.</summary>
        internal void Record(RequestHandlerFact handler) => handlers.Enqueue(handler);

        /// <summary>One fact for a flow found more than once, by one rule or by several (GDPR002 records a store's
        /// declarations, GDPR014 that it is unprotected): the rules that report it are those of every finding, and each
        /// declaration is the first one stated.</summary>
        private static ProcessingFact Merge(List<ProcessingFact> same)
        {
            ProcessingFact first = same[0];
            if (same.Count == 1)
            {
                return first;
            }

            ImmutableArray<string> rules = same.SelectMany(fact => fact.RuleIds).Distinct(StringComparer.Ordinal).OrderBy(id => id, StringComparer.Ordinal).ToImmutableArray();
            ProcessingFact? retention = same.Find(fact => fact.RetentionPeriod != null);
            return new ProcessingFact(
                first.Kind,
                first.Data,
                same.Find(fact => fact.Category != null)?.Category,
                first.Destination,
                same.Find(fact => fact.Purpose != null)?.Purpose,
                same.Find(fact => fact.LawfulBasis != null)?.LawfulBasis,
                same.Any(fact => fact.HumanReview),
                rules,
                first.Location,
                retention?.RetentionPeriod,
                retention?.RetentionCriteria,
                same.Find(fact => fact.Recipient != null)?.Recipient,
                same.Find(fact => fact.Item != null)?.Item);
        }
    }
}
