using System;
using System.Collections.Generic;
using System.Collections.Concurrent;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace GdprAnalyzers
{
    /// <summary>
    /// Finds the personal data in a value passed to a sink, within one method body (GDPR Art. 4(1) personal data
    /// followed to where it is processed). Followed: member chains, parameters, locals and <c>this</c> members assigned in
    /// the same body (on any branch: the analysis does not order statements), string interpolation, concatenation,
    /// <c>string.Format</c>/<c>Concat</c>/<c>Join</c>, calls on personal data (<c>ToString()</c>, <c>ToUpper()</c>, LINQ
    /// and other extension methods, lambdas whose result is personal data), collections filled with personal data
    /// (<c>Add</c>, element assignment, initializers), <c>foreach</c> variables, <c>StringBuilder.Append</c>, tuples and
    /// deconstruction, <c>switch</c> expressions, pattern variables (declaration, property and positional patterns),
    /// <c>out</c> and <c>ref</c> arguments, static fields and auto-properties assigned anywhere in the compilation,
    /// <c>await</c>, <c>?.</c>, <c>??</c>, objects built
    /// from personal data and whole objects whose type has personal data members. Redaction calls (<c>Redact.*</c>,
    /// Microsoft.Extensions.Compliance's <c>Redactor.Redact</c>, methods marked <c>[Redaction]</c>) end a flow. Work is
    /// bounded by a depth of 16 nested values per query.
    /// </summary>
    internal sealed partial class PersonalDataFlow
    {
        private const int MaxDepth = 16;

        /// <summary>How many values one query may visit. Past it the query stops and reports what it found so far: a
        /// pathological body (thousands of assignments feeding one another) costs a bounded time and at worst misses a
        /// flow, never hangs the build or the IDE.</summary>
        private const int VisitBudget = 20_000;

        /// <summary>The assignments of each body (by its root operation), shared by the flows of one compilation: they do
        /// not depend on what counts as personal data.</summary>
        private readonly ConcurrentDictionary<IOperation, BodyFacts> factsByBody;

        /// <summary>The values assigned to the compilation's static fields and auto-properties, or null (not followed).</summary>
        private readonly StaticMemberAssignments? statics;

        private readonly KnownSymbols known;
        private readonly PersonalDataModel model;
        private readonly SanitizerModel sanitizers;

        /// <param name="known">The compilation's well-known symbols.</param>
        /// <param name="model">What counts as personal data.</param>
        /// <param name="statics">The assignments of the compilation's static members, to follow them; null: not followed.</param>
        /// <param name="summaries">Makes the summaries of the compilation's methods that this flow uses (they walk with
        /// it); null: none.</param>
        public PersonalDataFlow(KnownSymbols known, PersonalDataModel model, StaticMemberAssignments? statics, Func<PersonalDataFlow, MethodSummaries>? summaries)
        {
            this.known = known;
            this.model = model;
            sanitizers = new SanitizerModel(known);
            this.statics = statics;
            factsByBody = new ConcurrentDictionary<IOperation, BodyFacts>();
            Summaries = summaries?.Invoke(this);
        }

        /// <param name="known">The compilation's well-known symbols.</param>
        /// <param name="model">What counts as personal data.</param>
        /// <param name="shareBodiesWith">Another flow over the same compilation whose per-body facts and static member
        /// assignments this one reuses.</param>
        /// <param name="summaries">As above.</param>
        public PersonalDataFlow(KnownSymbols known, PersonalDataModel model, PersonalDataFlow shareBodiesWith, Func<PersonalDataFlow, MethodSummaries>? summaries)
        {
            this.known = known;
            this.model = model;
            sanitizers = shareBodiesWith.sanitizers;
            statics = shareBodiesWith.statics;
            factsByBody = shareBodiesWith.factsByBody;
            Summaries = summaries?.Invoke(this);
        }

        /// <summary>Summaries of the compilation's own methods, to follow values through their return values; null: calls
        /// to them are treated like calls to other assemblies' methods.</summary>
        public MethodSummaries? Summaries { get; }

        /// <summary>Whether a parameter is marked (or typed) as personal data itself.</summary>
        public bool IsMarkedPersonalData(IParameterSymbol parameter) => model.IsPersonalDataSymbol(parameter);

        /// <summary>Whether a parameter's value is found as personal data inside its method without help from the
        /// caller: marked, of a personal data type, or an object that carries personal data members.</summary>
        public bool IsPersonalDataByItself(IParameterSymbol parameter) =>
            model.IsPersonalDataSymbol(parameter) || model.FindCarriedPersonalData(parameter.Type) != null;

        /// <summary>Adds to <paramref name="findings"/> each place where <paramref name="value"/> carries personal data: one
        /// question from an analyzer, with a budget of <see cref="VisitBudget"/> values and
        /// <see cref="MethodSummaries.MaxHeight"/> levels of method summaries.</summary>
        /// <exception cref="OperationCanceledException">The analysis was cancelled.</exception>
        public void Collect(IOperation? value, List<PersonalDataFinding> findings, CancellationToken cancellationToken) =>
            Collect(value, findings, new FlowQuery(cancellationToken, VisitBudget, MethodSummaries.MaxHeight));

        /// <summary>As <see cref="Collect(IOperation?, List{PersonalDataFinding}, CancellationToken)"/>, within
        /// <paramref name="query"/> (a method summary's walks).</summary>
        public void Collect(IOperation? value, List<PersonalDataFinding> findings, FlowQuery query) => new Walker(this, null, query).Collect(value, findings, 0);

        /// <summary>Adds to <paramref name="findings"/> each place where <paramref name="value"/> carries personal data,
        /// with <paramref name="parameter"/> followed as personal data (for constructor summaries), within
        /// <paramref name="query"/>.</summary>
        public void CollectFollowing(IOperation? value, IParameterSymbol parameter, List<PersonalDataFinding> findings, FlowQuery query) =>
            new Walker(this, parameter, query).Collect(value, findings, 0);

        /// <summary>Whether <paramref name="value"/> carries the value of <paramref name="parameter"/> (for method summaries:
        /// the parameter is treated as personal data), within <paramref name="query"/>.</summary>
        public bool CarriesParameter(IOperation? value, IParameterSymbol parameter, FlowQuery query)
        {
            var findings = new List<PersonalDataFinding>(1);
            new Walker(this, parameter, query).Collect(value, findings, 0);
            foreach (PersonalDataFinding finding in findings)
            {
                if (SymbolEqualityComparer.Default.Equals(finding.Origin, parameter))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>How many levels of element types, tuple elements and base types <see cref="TextShowsPersonalData(IOperation, CancellationToken)"/>
        /// looks through before it assumes the text shows everything.</summary>
        private const int MaxTextFormDepth = 8;

        /// <summary>
        /// Whether the text form of a whole object (<c>ToString()</c>, which string interpolation, concatenation, the
        /// console and a log template's plain <c>{Hole}</c> use) shows the personal data it carries. True for strings and
        /// values whose type is unknown (<c>object</c>, an interface, a type parameter); a record's compiler-generated
        /// <c>ToString</c> (it prints the members); anonymous types; a <c>ToString</c> of another assembly that overrides
        /// <c>object</c>'s (an Identity user prints its user name, a <c>Uri</c> its text), for credentials only a
        /// record's (a library's text form is not assumed to print a secret); a <c>ToString</c> written in
        /// the project that returns personal data (through its summary). Tuples, arrays, sequences, key-value pairs and
        /// <c>Nullable&lt;T&gt;</c> show what their elements show. False for a class or struct that keeps
        /// <c>object.ToString()</c> (it prints the type's name) and for a project's <c>ToString</c> that leaves the
        /// personal data out.
        /// </summary>
        /// <param name="value">The whole object as written (an explicit <c>x.ToString()</c> call is judged by <c>x</c>).</param>
        /// <param name="cancellationToken">The analysis' token.</param>
        /// <exception cref="OperationCanceledException">The analysis was cancelled.</exception>
        public bool TextShowsPersonalData(IOperation value, CancellationToken cancellationToken)
        {
            while (true)
            {
                if (value is IConversionOperation conversion)
                {
                    value = conversion.Operand;
                }
                else if (value is IInvocationOperation { TargetMethod: { Name: "ToString", Parameters.Length: 0 }, Instance: { } instance })
                {
                    value = instance;
                }
                else
                {
                    break;
                }
            }

            return TextShowsPersonalData(value.Type, cancellationToken);
        }

        /// <summary>As <see cref="TextShowsPersonalData(IOperation, CancellationToken)"/>, for a value of
        /// <paramref name="type"/>.</summary>
        /// <exception cref="OperationCanceledException">The analysis was cancelled.</exception>
        public bool TextShowsPersonalData(ITypeSymbol? type, CancellationToken cancellationToken) =>
            TextShowsPersonalData(type, new FlowQuery(cancellationToken, VisitBudget, MethodSummaries.MaxHeight), 0);

        /// <summary>The personal data member a whole object of <paramref name="type"/> carries (<c>Customer.Email</c>), the
        /// type itself when it is marked as a whole, or null.</summary>
        public ISymbol? CarriedBy(ITypeSymbol type) => model.IsPersonalDataType(type) ? type : model.FindCarriedPersonalData(type);

        private bool TextShowsPersonalData(ITypeSymbol? type, FlowQuery query, int depth)
        {
            if (type is null || depth > MaxTextFormDepth || type.SpecialType is SpecialType.System_String or SpecialType.System_Object
                || type.TypeKind is TypeKind.Interface or TypeKind.TypeParameter or TypeKind.Dynamic or TypeKind.Error)
            {
                return true;
            }

            if (type.TypeKind == TypeKind.Enum || type.IsAnonymousType)
            {
                return type.IsAnonymousType;
            }

            if (type is INamedTypeSymbol { IsTupleType: true } tuple)
            {
                foreach (IFieldSymbol item in tuple.TupleElements)
                {
                    if (TextShowsPersonalData(item.Type, query, depth + 1))
                    {
                        return true;
                    }
                }

                return false;
            }

            if (type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable)
            {
                return TextShowsPersonalData(nullable.TypeArguments[0], query, depth + 1);
            }

            if (type is INamedTypeSymbol { Name: "KeyValuePair", TypeArguments.Length: 2 } pair
                && pair.ContainingNamespace?.ToDisplayString() == "System.Collections.Generic")
            {
                return TextShowsPersonalData(pair.TypeArguments[0], query, depth + 1) || TextShowsPersonalData(pair.TypeArguments[1], query, depth + 1);
            }

            if (SymbolRelations.SequenceElementType(type) is { } element)
            {
                // Logging libraries write a sequence element by element.
                return TextShowsPersonalData(element, query, depth + 1);
            }

            int bases = 0;
            for (ITypeSymbol? current = type; current != null && bases++ < MaxTextFormDepth * 8; current = current.BaseType)
            {
                if (current.SpecialType is SpecialType.System_Object or SpecialType.System_ValueType or SpecialType.System_Enum)
                {
                    return false;
                }

                foreach (ISymbol member in current.GetMembers("ToString"))
                {
                    if (member is not IMethodSymbol { IsStatic: false, Parameters.Length: 0, IsOverride: true } toString)
                    {
                        continue;
                    }

                    if (toString.IsImplicitlyDeclared)
                    {
                        return true; // A record's printed members.
                    }

                    if (!toString.Locations.Any(location => location.IsInSource))
                    {
                        // Another assembly's text form: a record's prints every member; any other may show personal data
                        // (an Identity user prints its user name) but is not assumed to print a secret.
                        return model.LibraryTextFormsShowSources || current.IsRecord;
                    }

                    return Summaries is not { } summaries || summaries.Get(toString, query).ReturnsPersonalData;
                }
            }

            return false;
        }

        /// <summary>The lambdas a delegate call may run (<c>log(customer.Email)</c> after <c>Action&lt;string&gt; log = s =>
        /// logger.LogInformation(s);</c>): those assigned, in the same body, to the local, parameter or field of
        /// <c>this</c> it is called through. Empty for other calls and for delegates from elsewhere (a method group, a
        /// parameter's argument).</summary>
        public List<IAnonymousFunctionOperation> HeldLambdas(IInvocationOperation call)
        {
            var lambdas = new List<IAnonymousFunctionOperation>();
            if (call.TargetMethod.MethodKind != MethodKind.DelegateInvoke || call.Instance is not { } target
                || Walker.TargetSymbol(target) is not { } holder)
            {
                return lambdas;
            }

            BodyFacts facts = factsByBody.GetOrAdd(Root(call), static body => new BodyFacts(body));
            foreach (IOperation assigned in facts.ValuesOf(holder, call) ?? new List<IOperation>())
            {
                if (Walker.LambdaOf(assigned) is { } lambda)
                {
                    lambdas.Add(lambda);
                }
            }

            return lambdas;
        }



        /// <summary>Whether <paramref name="method"/> ends a flow (<see cref="SanitizerModel.IsRedaction"/>, or the
        /// model's own <see cref="PersonalDataModel.EndsFlow"/>).</summary>
        public bool IsRedaction(IMethodSymbol method) => sanitizers.IsRedaction(method) || model.EndsFlow(method);

        /// <summary>The value a pattern tests: the operand of <c>is</c>, the value of a <c>switch</c>, the member a
        /// property subpattern reads (<c>Email</c> in <c>{ Email: var email }</c>), or an element of a positional pattern
        /// (the subpattern itself, resolved by the walker). A list or slice subpattern stands for the whole value its
        /// enclosing pattern tests. Null when there is none (broken code).</summary>
        internal static IOperation? TestedValue(IOperation pattern)
        {
            IOperation current = pattern;
            while (current.Parent is { } parent)
            {
                switch (parent)
                {
                    case IPropertySubpatternOperation subpattern:
                        return subpattern.Pattern == current ? subpattern.Member : null;
                    case IRecursivePatternOperation positional when current is IPatternOperation element && PositionOf(element, positional) >= 0:
                        return current; // An element of a positional pattern: the walker finds which value it stands for.
                    case IBinaryPatternOperation or INegatedPatternOperation or IRecursivePatternOperation or IListPatternOperation or ISlicePatternOperation:
                        current = parent;
                        continue;
                    case IIsPatternOperation isPattern:
                        return isPattern.Value;
                    case ISwitchExpressionArmOperation { Parent: ISwitchExpressionOperation switchExpression }:
                        return switchExpression.Value;
                    case IPatternCaseClauseOperation { Parent.Parent: ISwitchOperation switchStatement }:
                        return switchStatement.Value;
                    default:
                        return null;
                }
            }

            return null;
        }

        /// <summary>The index of <paramref name="element"/> among the elements of a positional pattern, or -1.</summary>
        private static int PositionOf(IPatternOperation element, IRecursivePatternOperation positional) =>
            positional.DeconstructionSubpatterns.IsDefault ? -1 : positional.DeconstructionSubpatterns.IndexOf(element);

        /// <summary>The value that the implicit receiver of a property subpattern's member stands for: what the pattern
        /// holding that subpattern tests.</summary>
        private static IOperation? PatternInputValue(IInstanceReferenceOperation input)
        {
            for (IOperation? current = input.Parent; current != null; current = current.Parent)
            {
                if (current is IPropertySubpatternOperation subpattern)
                {
                    return subpattern.Parent is { } pattern ? TestedValue(pattern) : null;
                }

                if (current is IPatternOperation)
                {
                    return null;
                }
            }

            return null;
        }

        private static IOperation Root(IOperation operation)
        {
            IOperation root = operation;
            while (root.Parent != null)
            {
                root = root.Parent;
            }

            return root;
        }
    }
}
