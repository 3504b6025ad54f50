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
    /// records compliant flows too (with the purpose and basis stated); decisions record reviewed ones; logs record only
    /// what GDPR001 and GDPR006 report (a redacted value is not followed). Thread-safe: analyzers record concurrently.</para>
    /// </summary>
    public sealed class ProcessingFactsRecorder : AdditionalText
    {
        /// <summary>The additional file name a recorder takes.</summary>
        public const string FileName = "GdprAnalyzers.ProcessingFacts";

        private readonly ConcurrentQueue<ProcessingFact> facts = new();

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

        /// <summary>One fact for a flow found more than once: the rules that report it are those of every finding.</summary>
        private static ProcessingFact Merge(List<ProcessingFact> same)
        {
            ProcessingFact first = same[0];
            if (same.Count == 1)
            {
                return first;
            }

            ImmutableArray<string> rules = same.SelectMany(fact => fact.RuleIds).Distinct(StringComparer.Ordinal).OrderBy(id => id, StringComparer.Ordinal).ToImmutableArray();
            return new ProcessingFact(first.Kind, first.Data, first.Category, first.Destination, first.Purpose, first.LawfulBasis, same.Any(fact => fact.HumanReview), rules, first.Location, first.RetentionPeriod, first.RetentionCriteria, first.Recipient, first.Item);
        }
    }
}
