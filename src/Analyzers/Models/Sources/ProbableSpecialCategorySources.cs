using System.Collections.Concurrent;
using Microsoft.CodeAnalysis;

namespace GdprAnalyzers
{
    /// <summary>
    /// The sources of GDPR107 (probable special-category personal data stored without protection, GDPR Art. 9, 32(1)(a)):
    /// the unannotated properties, fields and parameters that GDPR005's classifier puts among the special categories by
    /// name (health, diagnosis, religion, ethnic origin, biometric data...; <see cref="ProbableCategory.SpecialCategory"/>).
    /// A declaration annotated with any category is not one (the annotation wins: GDPR014 follows those marked a special
    /// category, the other categories are not special ones). As for <see cref="SpecialCategorySources"/>, a flow ends at
    /// encryption or data protection (<see cref="SanitizerModel.IsProtection"/>). Thread-safe; the classifier's answer is
    /// cached per symbol.
    /// </summary>
    internal sealed class ProbableSpecialCategorySources : PersonalDataModel
    {
        private readonly ConcurrentDictionary<ISymbol, bool> symbolCache = new(SymbolEqualityComparer.Default);
        private readonly ProbablePersonalDataClassifier classifier;
        private readonly SanitizerModel sanitizers;

        /// <param name="known">The compilation's well-known types.</param>
        /// <param name="classifier">GDPR005's classifier over what is marked personal data already (of any category: those
        /// declarations are not probable ones): the compilation's shared one.</param>
        public ProbableSpecialCategorySources(KnownSymbols known, ProbablePersonalDataClassifier classifier)
            : base(known, honourLogExclusions: false)
        {
            this.classifier = classifier;
            sanitizers = new SanitizerModel(known);
        }

        /// <summary>An unannotated property, field or parameter whose name says a special category.</summary>
        public override bool IsPersonalDataSymbol(ISymbol symbol)
        {
            if (symbol is not (IPropertySymbol or IFieldSymbol or IParameterSymbol))
            {
                return false;
            }

            if (symbolCache.TryGetValue(symbol, out bool cached))
            {
                return cached;
            }

            bool found = classifier.ProbableCategoryOf(symbol) == ProbableCategory.SpecialCategory;
            symbolCache[symbol] = found;
            return found;
        }

        /// <summary>Never: a method's result is probable special-category data only through the values it returns.</summary>
        public override bool ReturnsPersonalData(IMethodSymbol method) => false;

        /// <summary>Encryption, data protection and cryptographic hashes, the project's <c>[Encryption]</c> methods.</summary>
        public override bool EndsFlow(IMethodSymbol method) => sanitizers.IsProtection(method);

        /// <summary>Always <c>SpecialCategory</c>.</summary>
        public override string? CategoryOf(ISymbol? origin) => SpecialCategorySources.Category;
    }
}
