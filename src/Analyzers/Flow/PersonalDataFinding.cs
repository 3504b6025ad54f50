using Microsoft.CodeAnalysis;

namespace GdprAnalyzers
{
    /// <summary>How a value holds personal data, as the engine found it.</summary>
    internal enum FindingKind
    {
        /// <summary>The value is itself personal data: a marked member, parameter or method result, a framework source.</summary>
        Direct,

        /// <summary>A local, parameter, member of <c>this</c> or call result that holds the named value.</summary>
        From,

        /// <summary>A whole object whose type has the named personal data member: it leaks only where it is written out
        /// whole (see <c>docs/flow-engine.md</c> › Objects).</summary>
        Carries,

        /// <summary>An object created from the named value (constructor argument, initializer, <c>with</c>).</summary>
        BuiltFrom,

        /// <summary>A member of the named personal data value (<c>patient.Name</c> of a <c>[PersonalData]</c> patient).</summary>
        PartOf,
    }

    /// <summary>Where a finding's personal data comes from: its kind and the name of its source, which the message shows
    /// in parentheses (<c> (from 'Customer.Email')</c>).</summary>
    internal readonly struct Provenance
    {
        private Provenance(FindingKind kind, string source)
        {
            Kind = kind;
            this.source = source;
        }

        /// <summary>The value is itself personal data: no source to name.</summary>
        public static Provenance None => default;

        /// <summary>How the value holds personal data.</summary>
        public FindingKind Kind { get; }

        /// <summary>The source's name (<c>Customer.Email</c>, a local's name), or empty for <see cref="FindingKind.Direct"/>.</summary>
        public string Source => source ?? string.Empty;

        private readonly string? source;

        /// <summary>Whether this is a whole object that carries personal data rather than personal data itself.</summary>
        public bool IsCarried => Kind == FindingKind.Carries;

        /// <summary>The message's suffix: empty, or <c> (from 'X')</c>, <c> (it carries 'X')</c>, <c> (built from 'X')</c>,
        /// <c> (part of 'X')</c>.</summary>
        public string MessageSuffix => Kind switch
        {
            FindingKind.From => " (from '" + Source + "')",
            FindingKind.Carries => " (it carries '" + Source + "')",
            FindingKind.BuiltFrom => " (built from '" + Source + "')",
            FindingKind.PartOf => " (part of '" + Source + "')",
            _ => string.Empty,
        };

        /// <summary>Held from <paramref name="source"/>.</summary>
        public static Provenance From(string source) => new Provenance(FindingKind.From, source);

        /// <summary>A whole object that carries <paramref name="member"/>.</summary>
        public static Provenance Carries(string member) => new Provenance(FindingKind.Carries, member);

        /// <summary>Built from <paramref name="source"/>.</summary>
        public static Provenance BuiltFrom(string source) => new Provenance(FindingKind.BuiltFrom, source);

        /// <summary>A member of <paramref name="whole"/>.</summary>
        public static Provenance PartOf(string whole) => new Provenance(FindingKind.PartOf, whole);

        /// <inheritdoc/>
        public override string ToString() => MessageSuffix;
    }

    /// <summary>One place where personal data arrives in a value: the operation to flag and the words for the message.</summary>
    internal readonly struct PersonalDataFinding
    {
        public PersonalDataFinding(IOperation operation, string name, Provenance provenance, ISymbol? origin)
        {
            Operation = operation;
            Name = name;
            Provenance = provenance;
            Origin = origin;
        }

        /// <summary>The expression that holds the personal data; the diagnostic and the fix sit on it.</summary>
        public IOperation Operation { get; }

        /// <summary>What is personal data, e.g. <c>Customer.Email</c> or a local's name.</summary>
        public string Name { get; }

        /// <summary>Where it came from and how the value holds it.</summary>
        public Provenance Provenance { get; }

        /// <summary>How the value holds personal data.</summary>
        public FindingKind Kind => Provenance.Kind;

        /// <summary>The symbol that makes the value personal data: a property, field or parameter marked as such, a method
        /// whose result is, the member a whole object carries, or a type marked <c>[PersonalData]</c>; null if unknown.</summary>
        public ISymbol? Origin { get; }
    }
}
