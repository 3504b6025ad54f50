using System;
using System.Collections.Concurrent;
using Microsoft.CodeAnalysis;

namespace GdprAnalyzers
{
    /// <summary>
    /// The sources of the opt-in rules GDPR101 to GDPR104: probable personal data, the unannotated properties, fields and
    /// parameters that GDPR005's name classifier accepts. Marked values, types and method results do not count: the rules
    /// that follow annotations report them. Thread-safe; the classifier's answer is cached per symbol.
    /// </summary>
    internal sealed class ProbablePersonalDataSources : PersonalDataModel
    {
        private readonly ConcurrentDictionary<ISymbol, bool> symbolCache = new(SymbolEqualityComparer.Default);
        private readonly Func<ISymbol, bool> classifier;

        /// <param name="known">The compilation's well-known types.</param>
        /// <param name="honourLogExclusions">See <see cref="PersonalDataModel(KnownSymbols, bool)"/>.</param>
        /// <param name="classifier">Whether an unannotated property, field or parameter is probable personal data
        /// (GDPR005's classifier, with the user's vocabulary options).</param>
        public ProbablePersonalDataSources(KnownSymbols known, bool honourLogExclusions, Func<ISymbol, bool> classifier)
            : base(known, honourLogExclusions)
        {
            this.classifier = classifier;
        }

        /// <inheritdoc/>
        public override bool IsPersonalDataSymbol(ISymbol symbol)
        {
            if (symbol is not (IPropertySymbol or IFieldSymbol or IParameterSymbol or IMethodSymbol))
            {
                return false;
            }

            if (symbolCache.TryGetValue(symbol, out bool cached))
            {
                return cached;
            }

            bool found = classifier(symbol);
            symbolCache[symbol] = found;
            return found;
        }

        /// <summary>Always: no rule reports probable personal data where an exception is built (GDPR009 has no opt-in
        /// twin), so the log of an exception built from some is still reported (GDPR101).</summary>
        public override bool CreationHoldsArguments(ITypeSymbol? type) => true;

        /// <summary>Never: a method's result is probable personal data only through the values it returns.</summary>
        public override bool ReturnsPersonalData(IMethodSymbol method) => false;
    }
}
