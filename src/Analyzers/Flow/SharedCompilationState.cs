using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace GdprAnalyzers
{
    /// <summary>
    /// What every GdprAnalyzers analyzer needs of one compilation, built once and shared by all of them: the well-known
    /// symbols and options (<see cref="KnownSymbols"/>), the personal data model and flow engine with return summaries
    /// that the storage, decision, contract and discovery rules use, the interface implementations the summaries
    /// resolve. Without sharing, each analyzer built (and filled the caches of) its own.
    /// Held weakly per compilation; a compilation seen with other analyzer options (another host) gets its own
    /// instance, which is not kept. Thread-safe.
    /// </summary>
    internal sealed class SharedCompilationState
    {
        private static readonly ConditionalWeakTable<Compilation, SharedCompilationState> ByCompilation = new();

        private readonly AnalyzerOptions options;
        private readonly System.Lazy<ProbablePersonalDataClassifier> probableClassifier;

        private SharedCompilationState(Compilation compilation, AnalyzerOptions options, CancellationToken cancellationToken)
        {
            this.options = options;
            Compilation = compilation;
            Known = KnownSymbols.Create(compilation, options, cancellationToken);
            Implementations = new Implementations(compilation);
            Entities = new EntityModel(compilation, Known, CancellationToken.None);
            Model = new AnnotatedPersonalDataSources(Known, honourLogExclusions: false);
            probableClassifier = new System.Lazy<ProbablePersonalDataClassifier>(() => new ProbablePersonalDataClassifier(Known, Model));
            Flow = new PersonalDataFlow(Known, Model, new StaticMemberAssignments(compilation), ReturnSummaries);
        }

        /// <summary>The compilation this state describes.</summary>
        public Compilation Compilation { get; }

        /// <summary>Well-known symbols, the user's models and the compilation-wide options.</summary>
        public KnownSymbols Known { get; }

        /// <summary>Interface and abstract members with their implementations in this compilation.</summary>
        public Implementations Implementations { get; }

        /// <summary>
        /// The compilation's EF Core entities, for every rule that asks (storage, special categories and credentials stored,
        /// request handlers): built once, on first use. Its build is not cancellable: it reads the compilation's types and
        /// model configuration once, bounded by the compilation's size, and this state outlives one analysis run, so a
        /// build cancelled in one run must not stay cached for the next.
        /// </summary>
        public EntityModel Entities { get; }

        /// <summary>GDPR005's name and type classifier over <see cref="Model"/>, for every rule that asks what is probable
        /// personal data (GDPR005, the opt-in rules GDPR101-108): one per compilation, made on first use, so its caches of
        /// containers and type names serve them all. Thread-safe.</summary>
        public ProbablePersonalDataClassifier ProbableClassifier => probableClassifier.Value;

        /// <summary>Personal data as storage and decisions see it (members hidden from logs included).</summary>
        public PersonalDataModel Model { get; }

        /// <summary>The flow engine over <see cref="Model"/>, with return summaries (no sink summaries).</summary>
        public PersonalDataFlow Flow { get; }

        /// <summary>Another flow engine over this compilation, for another idea of personal data (<paramref name="model"/>):
        /// it reuses <see cref="Flow"/>'s per-body facts and static member assignments, with return summaries of its own.</summary>
        public PersonalDataFlow NewFlow(PersonalDataModel model) =>
            new(Known, model, shareBodiesWith: Flow, ReturnSummaries);

        /// <summary>Return summaries (no sink summaries) of the compilation's methods, for <paramref name="flow"/>.</summary>
        private MethodSummaries ReturnSummaries(PersonalDataFlow flow) =>
            new(Compilation, flow, Implementations, sinkName: null, isSinkData: null);

        /// <summary>The shared state of <paramref name="compilation"/> under <paramref name="options"/>, built on first use.</summary>
        public static SharedCompilationState Get(Compilation compilation, AnalyzerOptions options, CancellationToken cancellationToken)
        {
            if (ByCompilation.TryGetValue(compilation, out SharedCompilationState? existing) && ReferenceEquals(existing.options, options))
            {
                return existing;
            }

            var created = new SharedCompilationState(compilation, options, cancellationToken);
            if (existing is not null)
            {
                return created; // Other options for the same compilation: not kept, so neither host evicts the other.
            }

            SharedCompilationState stored = ByCompilation.GetValue(compilation, _ => created);
            return ReferenceEquals(stored.options, options) ? stored : created;
        }
    }
}
