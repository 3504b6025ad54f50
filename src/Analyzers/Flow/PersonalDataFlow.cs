using System;
using System.Collections.Generic;
using System.Collections.Concurrent;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

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
    internal sealed class PersonalDataFlow
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

        /// <param name="known">The compilation's well-known symbols.</param>
        /// <param name="model">What counts as personal data.</param>
        /// <param name="statics">The assignments of the compilation's static members, to follow them; null: not followed.</param>
        public PersonalDataFlow(KnownSymbols known, PersonalDataModel model, StaticMemberAssignments? statics)
        {
            this.known = known;
            this.model = model;
            this.statics = statics;
            factsByBody = new ConcurrentDictionary<IOperation, BodyFacts>();
        }

        /// <param name="known">The compilation's well-known symbols.</param>
        /// <param name="model">What counts as personal data.</param>
        /// <param name="shareBodiesWith">Another flow over the same compilation whose per-body facts and static member
        /// assignments this one reuses.</param>
        public PersonalDataFlow(KnownSymbols known, PersonalDataModel model, PersonalDataFlow shareBodiesWith)
        {
            this.known = known;
            this.model = model;
            statics = shareBodiesWith.statics;
            factsByBody = shareBodiesWith.factsByBody;
        }

        /// <summary>Summaries of the compilation's own methods, to follow values through their return values; null: calls
        /// to them are treated like calls to other assemblies' methods.</summary>
        public MethodSummaries? Summaries { get; set; }

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
                        return !model.Credentials || current.IsRecord;
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

        /// <summary>Whether <paramref name="method"/> redacts: <c>GdprAnalyzers.Annotations.Redact.*</c>,
        /// <c>Redactor.Redact</c> of Microsoft.Extensions.Compliance, or a method marked <c>[Redaction]</c>.</summary>
        public bool IsRedaction(IMethodSymbol method)
        {
            INamedTypeSymbol? type = method.ContainingType;
            if (type is null)
            {
                return false;
            }

            if ((known.Redact != null && SymbolEqualityComparer.Default.Equals(type, known.Redact)) || known.User.IsSanitizer(method))
            {
                return true;
            }

            if (known.Redactor != null && method.Name == "Redact")
            {
                for (INamedTypeSymbol? current = type; current != null; current = current.BaseType)
                {
                    if (SymbolEqualityComparer.Default.Equals(current, known.Redactor))
                    {
                        return true;
                    }
                }
            }

            if (IsNamedSanitizer(method))
            {
                return true;
            }

            if (known.RedactionAttribute != null)
            {
                IMethodSymbol original = method.ReducedFrom ?? method;
                foreach (AttributeData attribute in original.GetAttributes())
                {
                    if (SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, known.RedactionAttribute))
                    {
                        return true;
                    }
                }
            }

            return false;
        }

        /// <summary>The project's own masking helpers, by name: a method written in the project whose name begins with
        /// <c>Obfuscate</c>, <c>Mask</c>, <c>Scrub</c>, <c>ToScrubbed</c>, <c>Sanitize</c>/<c>Sanitise</c>,
        /// <c>Anonymize</c>/<c>Anonymise</c>, <c>Pseudonymize</c>/<c>Pseudonymise</c> or <c>Redact</c>
        /// (IdentityServer's <c>Obfuscate()</c>, which keeps the last four characters of a secret, and
        /// <c>ToScrubbedDictionary()</c>). Methods of other assemblies count only by the models file or the attribute.</summary>
        private static bool IsNamedSanitizer(IMethodSymbol method)
        {
            IMethodSymbol original = method.ReducedFrom ?? method;
            if (original.Locations.Length == 0 || !original.Locations[0].IsInSource || original.ReturnsVoid)
            {
                return false;
            }

            foreach (string prefix in SanitizerPrefixes)
            {
                if (original.Name.StartsWith(prefix, StringComparison.Ordinal))
                {
                    return true;
                }
            }

            return false;
        }

        private static readonly string[] SanitizerPrefixes =
        {
            "Obfuscate", "Mask", "Scrub", "ToScrubbed", "Sanitize", "Sanitise", "Anonymize", "Anonymise", "Pseudonymize", "Pseudonymise", "Redact",
        };

        /// <summary>The name of a credential URL query parameter whose value follows <paramref name="text"/>
        /// (<c>...?token=</c>, <c>&amp;api_key=</c>), or null.</summary>
        private static string? QueryParameterBeforeValue(string text)
        {
            if (!text.EndsWith("=", System.StringComparison.Ordinal))
            {
                return null;
            }

            int start = text.LastIndexOfAny(new[] { '?', '&' }, text.Length - 1);
            if (start < 0)
            {
                return null;
            }

            string name = text.Substring(start + 1, text.Length - start - 2);
            return CredentialNames.IsCredentialQueryParameter(name) ? name : null;
        }

        /// <summary>The name of a request header that identifies the client (its IP address or user agent) read by this
        /// indexer with a constant key, or null.</summary>
        private static string? IdentifyingHeader(IPropertyReferenceOperation indexer)
        {
            if (indexer.Arguments.Length != 1 || indexer.Arguments[0].Value.ConstantValue is not { HasValue: true, Value: string key })
            {
                return null;
            }

            return key.Equals("X-Forwarded-For", System.StringComparison.OrdinalIgnoreCase)
                || key.Equals("X-Real-IP", System.StringComparison.OrdinalIgnoreCase)
                || key.Equals("Forwarded", System.StringComparison.OrdinalIgnoreCase)
                || key.Equals("User-Agent", System.StringComparison.OrdinalIgnoreCase)
                ? key
                : null;
        }

        /// <summary>Whether a value of this type is text or bytes (a string, a character or byte array, span or memory, a
        /// <c>StringBuilder</c>, a <c>Uri</c>), or a task of one: the forms in which a call hands back a credential it
        /// was given.</summary>
        private static bool IsTextOrBytes(ITypeSymbol? type)
        {
            if (type is INamedTypeSymbol { IsGenericType: true, TypeArguments.Length: 1, Name: "Task" or "ValueTask" } task)
            {
                type = task.TypeArguments[0];
            }

            switch (type)
            {
                case null:
                    return false;
                case IArrayTypeSymbol array:
                    return array.ElementType.SpecialType is SpecialType.System_Char or SpecialType.System_Byte;
                case INamedTypeSymbol { IsGenericType: true, TypeArguments.Length: 1, Name: "Span" or "ReadOnlySpan" or "Memory" or "ReadOnlyMemory" } span:
                    return span.TypeArguments[0].SpecialType is SpecialType.System_Char or SpecialType.System_Byte;
                default:
                    return type.SpecialType is SpecialType.System_String or SpecialType.System_Object
                        || type.Name is "StringBuilder" or "Uri" or "SecureString" or "NetworkCredential" or "StringValues";
            }
        }

        private static bool IsStringComposition(IMethodSymbol method) =>
            method.IsStatic
            && method.ContainingType?.SpecialType == SpecialType.System_String
            && (method.Name == "Format" || method.Name == "Concat" || method.Name == "Join");

        /// <summary>Whether a value of this type can hold the data it was derived from (a string, an object), as opposed
        /// to a number, flag or enum computed from it; a <c>Task&lt;T&gt;</c> or <c>ValueTask&lt;T&gt;</c> is judged by its
        /// <c>T</c> (<c>await db.SaveChangesAsync()</c> is a count, as <c>db.SaveChanges()</c> is).</summary>
        private static bool CarriesValue(ITypeSymbol? type)
        {
            // Task<Task<int>> unwraps twice; a bound keeps broken code from looping.
            for (int unwrapped = 0; unwrapped < 4 && type is INamedTypeSymbol { IsGenericType: true, TypeArguments.Length: 1, Name: "Task" or "ValueTask" } task
                && task.ContainingNamespace?.ToDisplayString() == "System.Threading.Tasks"; unwrapped++)
            {
                type = task.TypeArguments[0];
            }

            if (type is null)
            {
                return false;
            }

            switch (type.SpecialType)
            {
                case SpecialType.System_Boolean:
                case SpecialType.System_Int16:
                case SpecialType.System_Int32:
                case SpecialType.System_Int64:
                case SpecialType.System_UInt16:
                case SpecialType.System_UInt32:
                case SpecialType.System_UInt64:
                case SpecialType.System_Byte:
                case SpecialType.System_SByte:
                case SpecialType.System_Void:
                    return false;
            }

            return type.TypeKind != TypeKind.Enum;
        }

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

        /// <summary>One walk: the symbols being followed (to stop cycles), for summaries the parameter to follow, and the
        /// query whose budget and summary height it uses.</summary>
        private sealed class Walker
        {
            private readonly PersonalDataFlow flow;
            private readonly IParameterSymbol? tainted;
            private readonly FlowQuery query;
            private HashSet<ISymbol>? visiting;

            public Walker(PersonalDataFlow flow, IParameterSymbol? tainted, FlowQuery query)
            {
                this.flow = flow;
                this.tainted = tainted;
                this.query = query;
            }

            public void Collect(IOperation? value, List<PersonalDataFinding> findings, int depth)
            {
                if (value is null || depth > MaxDepth || !query.Visit())
                {
                    return;
                }

                switch (value)
                {
                    case IConversionOperation conversion:
                        Collect(conversion.Operand, findings, depth + 1);
                        return;
                    case IInterpolatedStringOperation interpolated:
                        string? queryName = null;
                        foreach (IInterpolatedStringContentOperation part in interpolated.Parts)
                        {
                            if (part is IInterpolationOperation interpolation)
                            {
                                int before = findings.Count;
                                Collect(interpolation.Expression, findings, depth + 1);
                                if (findings.Count == before && queryName != null && flow.model.Credentials)
                                {
                                    // https://shop.example/reset?token={value}: the value of a credential query parameter.
                                    findings.Add(new PersonalDataFinding(interpolation.Expression, queryName + " in a URL", Provenance.None, null));
                                }

                                queryName = null;
                            }
                            else if (part is IInterpolatedStringTextOperation { Text.ConstantValue: { HasValue: true, Value: string text } })
                            {
                                queryName = QueryParameterBeforeValue(text);
                            }
                        }

                        return;
                    case IBinaryOperation { OperatorKind: BinaryOperatorKind.Add, Type.SpecialType: SpecialType.System_String } concatenation:
                        // a + b + c nests to the left: the chain is walked down in a loop, not by recursion (a 5,000-term
                        // concatenation would otherwise nest 5,000 calls deep), and its length does not use up the depth
                        // (the visit budget bounds it instead), so every term of a long concatenation is looked at.
                        CollectConcatenation(concatenation, findings, depth);
                        return;
                    case IConditionalOperation { WhenFalse: not null } conditional:
                        Collect(conditional.WhenTrue, findings, depth + 1);
                        Collect(conditional.WhenFalse, findings, depth + 1);
                        return;
                    case ICoalesceOperation coalesce:
                        Collect(coalesce.Value, findings, depth + 1);
                        Collect(coalesce.WhenNull, findings, depth + 1);
                        return;
                    case ISwitchExpressionOperation switchExpression:
                        foreach (ISwitchExpressionArmOperation arm in switchExpression.Arms)
                        {
                            Collect(arm.Value, findings, depth + 1);
                        }

                        return;
                    case ITupleOperation tuple:
                        foreach (IOperation element in tuple.Elements)
                        {
                            Collect(element, findings, depth + 1);
                        }

                        return;
                    case IArrayCreationOperation { Initializer: { } initializer }:
                        foreach (IOperation element in initializer.ElementValues)
                        {
                            Collect(element, findings, depth + 1);
                        }

                        return;
                    case IInvocationOperation invocation when flow.IsRedaction(invocation.TargetMethod):
                        return;
                    case { Syntax.RawKind: (int)Microsoft.CodeAnalysis.CSharp.SyntaxKind.CollectionExpression or (int)Microsoft.CodeAnalysis.CSharp.SyntaxKind.SpreadElement }:
                        // A collection expression ([customer.Email], [.. emails]) holds its elements. Roslyn 4.8 gives it no
                        // operation of its own (None), later compilers a collection expression and spread operations: both
                        // list the elements as children.
                        foreach (IOperation element in value.ChildOperations)
                        {
                            Collect(element, findings, depth + 1);
                        }

                        return;
                    case IInvocationOperation invocation when IsStringComposition(invocation.TargetMethod):
                        foreach (IArgumentOperation argument in invocation.Arguments)
                        {
                            if (argument.Parameter?.Type.Name != "IFormatProvider")
                            {
                                Collect(argument.Value, findings, depth + 1);
                            }
                        }

                        return;
                }

                if (TryFind(value, depth, out string name, out Provenance provenance, out ISymbol? origin))
                {
                    findings.Add(new PersonalDataFinding(value, name, provenance, origin));
                }
            }

            /// <summary>The terms of a left-nested string concatenation, in source order, each looked at one level deeper.</summary>
            private void CollectConcatenation(IBinaryOperation concatenation, List<PersonalDataFinding> findings, int depth)
            {
                var rightOperands = new List<IOperation>();
                IOperation left = concatenation;
                while (left is IBinaryOperation { OperatorKind: BinaryOperatorKind.Add, Type.SpecialType: SpecialType.System_String } binary)
                {
                    rightOperands.Add(binary.RightOperand);
                    left = binary.LeftOperand;
                }

                Collect(left, findings, depth + 1);
                for (int i = rightOperands.Count - 1; i >= 0; i--)
                {
                    Collect(rightOperands[i], findings, depth + 1);
                }
            }

            /// <summary>Whether a single value (not a composition) is or holds personal data.</summary>
            private bool TryFind(IOperation value, int depth, out string name, out Provenance provenance, out ISymbol? origin)
            {
                name = string.Empty;
                provenance = Provenance.None;
                origin = null;
                if (depth > MaxDepth)
                {
                    return false;
                }

                switch (value)
                {
                    case IPropertyReferenceOperation { Property.IsIndexer: true, Instance: { } collection } indexer:
                        if (flow.known.FrameworkSources && !flow.model.Credentials && !flow.model.Probable && IdentifyingHeader(indexer) is { } header)
                        {
                            // Request.Headers["X-Forwarded-For"]: the client's IP address or user agent.
                            name = "header " + header;
                            return true;
                        }

                        // list[i], dictionary[key]: an element of a collection of personal data.
                        return TryFind(collection, depth + 1, out name, out provenance, out origin);
                    case IArrayElementReferenceOperation element:
                        return TryFind(element.ArrayReference, depth + 1, out name, out provenance, out origin);
                    case IPropertyReferenceOperation property:
                        return TryMember(property.Property, property.Instance, property.Type, depth, out name, out provenance, out origin);
                    case IFieldReferenceOperation field:
                        return TryMember(field.Field, field.Instance, field.Type, depth, out name, out provenance, out origin);
                    case IParameterReferenceOperation parameter:
                        return TryParameter(parameter, depth, out name, out provenance, out origin);
                    case ILocalReferenceOperation local:
                        return TryAssigned(local.Local, local, local.Local.Name, local.Type, depth, out name, out provenance, out origin);
                    case IInvocationOperation invocation:
                        return TryInvocation(invocation, depth, out name, out provenance, out origin);
                    case IConversionOperation conversion:
                        return TryFind(conversion.Operand, depth + 1, out name, out provenance, out origin);
                    case IAwaitOperation awaited:
                        // await of a count, a flag or an enum is not personal data, whatever the awaited call was given.
                        // Otherwise the awaited result is judged as a whole object by its own type (await FindAsync(id) of a
                        // Customer), as the task's type says nothing of it.
                        return CarriesValue(awaited.Type)
                            && (TryFind(awaited.Operation, depth + 1, out name, out provenance, out origin)
                                || TryWholeObject(awaited.Operation is IInvocationOperation call ? call.TargetMethod.Name + "()" : "await", awaited.Type, out name, out provenance, out origin));
                    case IConditionalAccessOperation conditionalAccess:
                        return TryFind(conditionalAccess.WhenNotNull, depth + 1, out name, out provenance, out origin);
                    case IInstanceReferenceOperation { ReferenceKind: InstanceReferenceKind.ContainingTypeInstance, IsImplicit: false } self:
                        // this, written whole (logger.LogInformation("{Self}", this)): judged by its type, as any whole object.
                        return TryWholeObject("this", self.Type, out name, out provenance, out origin);
                    case IInstanceReferenceOperation { ReferenceKind: InstanceReferenceKind.PatternInput } patternInput:
                        // The receiver of a property pattern's member ({ Customer.Email: var email }): the value tested.
                        return PatternInputValue(patternInput) is { } testedValue && TryFind(testedValue, depth + 1, out name, out provenance, out origin);
                    case IConditionalAccessInstanceOperation:
                        for (IOperation? parent = value.Parent; parent != null; parent = parent.Parent)
                        {
                            if (parent is IConditionalAccessOperation access)
                            {
                                return TryFind(access.Operation, depth + 1, out name, out provenance, out origin);
                            }
                        }

                        return false;
                    case IAnonymousObjectCreationOperation anonymous:
                        foreach (IOperation initializer in anonymous.Initializers)
                        {
                            IOperation member = initializer is ISimpleAssignmentOperation assignment ? assignment.Value : initializer;
                            if (FirstFinding(member, depth, out string inner, out _, out origin))
                            {
                                name = "anonymous object";
                                provenance = Provenance.Carries(inner);
                                return true;
                            }
                        }

                        return false;
                    case IObjectCreationOperation creation:
                        return TryCreation(creation, depth, out name, out provenance, out origin);
                    case ITranslatedQueryOperation query:
                        // from c in customers select c.Email: the calls the query is translated to (Select, Where...).
                        return TryFind(query.Operation, depth + 1, out name, out provenance, out origin);
                    case IWithOperation with:
                        return TryWith(with, depth, out name, out provenance, out origin);
                    case IPatternOperation { Parent: IRecursivePatternOperation positional } element:
                        return TryPositional(element, positional, depth, out name, out provenance, out origin);
                    case IArgumentOperation { Parent: IInvocationOperation invocation, Parameter: { } parameter }:
                        return TryOutArgument(invocation, parameter, depth, out name, out provenance, out origin);
                    default:
                        return false;
                }
            }

            private bool TryParameter(IParameterReferenceOperation reference, int depth, out string name, out Provenance provenance, out ISymbol? origin)
            {
                IParameterSymbol parameter = reference.Parameter;
                name = parameter.Name;
                provenance = Provenance.None;
                origin = parameter;
                if (SymbolEqualityComparer.Default.Equals(parameter, tainted))
                {
                    // A followed parameter of an object type stands for an object that carries personal data: its other
                    // members are not personal data for that reason (summary of Describe(Customer c) => c.Plan).
                    if (parameter.Type.SpecialType == SpecialType.None && parameter.Type.TypeKind is TypeKind.Class or TypeKind.Struct or TypeKind.Interface
                        && flow.model.FindCarriedPersonalData(parameter.Type) != null)
                    {
                        provenance = Provenance.Carries(parameter.Name);
                    }

                    return true;
                }

                if (flow.model.IsPersonalDataSymbol(parameter) && !FactsOf(reference).IsOverwrittenBefore(parameter, reference))
                {
                    return true;
                }

                // A parameter reassigned in the body (email = customer.Email) or a lambda parameter.
                return TryAssigned(parameter, reference, parameter.Name, parameter.Type, depth, out name, out provenance, out origin);
            }

            private bool TryInvocation(IInvocationOperation invocation, int depth, out string name, out Provenance provenance, out ISymbol? origin)
            {
                name = string.Empty;
                provenance = Provenance.None;
                origin = null;
                IMethodSymbol method = invocation.TargetMethod;
                if (flow.IsRedaction(method))
                {
                    return false;
                }

                // x.GetType(): the type of a value (its name, its text) is never the data the value holds.
                if (method.Name == "GetType" && method.Parameters.IsEmpty && method.ContainingType?.SpecialType == SpecialType.System_Object)
                {
                    return false;
                }

                if (flow.model.ReturnsPersonalData(method))
                {
                    name = method.ContainingType?.Name + "." + method.Name + "()";
                    origin = method;
                    return !(method.Name == "FindFirstValue" && IsProtocolClaim(invocation, 0));
                }

                if (flow.model.ResultQuotesUser(method))
                {
                    // await users.SetEmailAsync(user, email): an IdentityResult whose errors quote the user's name or e-mail.
                    foreach (IArgumentOperation argument in invocation.Arguments)
                    {
                        string? source = null;
                        if (FirstFinding(argument.Value, depth, out string inner, out _, out origin))
                        {
                            source = inner;
                        }
                        else if (argument.Value.Type is { } argumentType && flow.model.FindCarriedPersonalData(argumentType) is { } carried)
                        {
                            source = argument.Value.Syntax.ToString();
                            origin = carried;
                        }

                        if (source != null)
                        {
                            name = MethodSummaries.Display(method) + "()";
                            provenance = Provenance.From(source);
                            return true;
                        }
                    }
                }

                if (CarriesValue(invocation.Type))
                {
                    // The receiver: the instance, or the first argument of an extension method (LINQ, string helpers).
                    // A projection (Select) yields what its lambda returns, not the elements it was given.
                    IOperation? receiver = invocation.Instance;
                    if (receiver is null && method.IsExtensionMethod && invocation.Arguments.Length > 0)
                    {
                        receiver = invocation.Arguments[0].Value;
                    }

                    // A delegate held in a local or field: what its lambdas return (Func<Customer, string> pick = c => c.Email).
                    if (method.MethodKind == MethodKind.DelegateInvoke && invocation.Instance is { } target && TargetSymbol(target) is { } holder)
                    {
                        foreach (IOperation assigned in FactsOf(invocation).ValuesOf(holder, invocation) ?? new List<IOperation>())
                        {
                            if (assigned is IDelegateCreationOperation { Target: IAnonymousFunctionOperation held }
                                && LambdaReturnsPersonalData(held, depth, out name, out origin))
                            {
                                return true;
                            }
                        }
                    }

                    // A call on a value that is personal data (customer.Email.Trim()) is personal data. A call on an object that
                    // merely carries some (a UserManager, a DbContext, a controller, an entity) is not, unless it writes the
                    // object out whole (ToString); its result is judged by its own type further on.
                    bool projection = method.Name is "Select" or "SelectMany" or "ConvertAll";
                    if (receiver != null && !projection && TryFind(receiver, depth + 1, out name, out provenance, out origin)
                        && (method.Name == "ToString" || !provenance.IsCarried))
                    {
                        return true;
                    }

                    // A lambda whose result is personal data (customers.Select(c => c.Email)).
                    foreach (IArgumentOperation argument in invocation.Arguments)
                    {
                        if (LambdaOf(argument.Value) is { } lambda
                            && LambdaReturnsPersonalData(lambda, depth, out name, out origin))
                        {
                            provenance = Provenance.None;
                            return true;
                        }
                    }

                    if (TryArguments(invocation, depth, out name, out provenance, out origin))
                    {
                        return true;
                    }
                }

                return TryWholeObject(method.Name + "()", invocation.Type, out name, out provenance, out origin);
            }

            /// <summary>A result computed from personal data arguments: for this compilation's methods, those whose
            /// summary says the parameter flows to the result; for other methods, any argument (Path.Combine,
            /// Encoding.GetBytes, JsonSerializer.Serialize).</summary>
            private static bool IsInNestedFunction(IOperation operation, IOperation function)
            {
                for (IOperation? current = operation.Parent; current != null && current != function; current = current.Parent)
                {
                    if (current is IAnonymousFunctionOperation or ILocalFunctionOperation)
                    {
                        return true;
                    }
                }

                return false;
            }

            private bool TryArguments(IInvocationOperation invocation, int depth, out string name, out Provenance provenance, out ISymbol? origin)
            {
                name = string.Empty;
                provenance = Provenance.None;
                origin = null;
                MethodSummaries? summaries = flow.Summaries;
                IMethodSymbol method = invocation.TargetMethod;
                ulong flowing = ulong.MaxValue;
                bool summarised = summaries != null && summaries.IsSummarisable(method);
                if (summarised)
                {
                    MethodSummary summary = summaries!.Get(method, query);
                    if (summary.ReturnedSource is { } source)
                    {
                        // 'Bot.Answer()' is personal data (from 'ChatMessage.Text'): the message names where it comes from.
                        name = MethodSummaries.Display(method) + "()";
                        provenance = Provenance.From(source);
                        origin = method;
                        return true;
                    }

                    flowing = summary.ReturnsParameters;
                    if (flowing == 0)
                    {
                        return false;
                    }
                }

                // Other assemblies' methods: a result computed from a personal data value is personal data; one computed
                // from an object that merely carries some is not, unless the method serialises the whole object.
                bool wholeObjects = summarised || method.Name.IndexOf("Serialize", System.StringComparison.Ordinal) >= 0;

                // A credential passed to another assembly's method is in its result only where the result is a text or
                // bytes form of it (Convert.ToBase64String(Encoding.UTF8.GetBytes(password)), a URI): a user returned by
                // AuthenticateLocalUser(name, password) or a response to a request that carried a key is not a credential.
                if (!summarised && flow.model.Credentials && !IsTextOrBytes(invocation.Type))
                {
                    return false;
                }

                foreach (IArgumentOperation argument in invocation.Arguments)
                {
                    IParameterSymbol? parameter = argument.Parameter;
                    if (parameter is null || LambdaOf(argument.Value) != null || parameter.Ordinal >= 64
                        || (flowing & (1UL << parameter.Ordinal)) == 0 || parameter.Type.Name is "CancellationToken" or "IFormatProvider"
                        || (method.IsExtensionMethod && parameter.Ordinal == 0))
                    {
                        continue;
                    }

                    if (FirstFinding(argument.Value, depth, out string inner, out Provenance innerProvenance, out origin)
                        && (wholeObjects || !innerProvenance.IsCarried))
                    {
                        name = MethodSummaries.Display(method) + "()";
                        provenance = Provenance.From(inner);
                        return true;
                    }
                }

                return false;
            }

            /// <summary>The value an element of a positional pattern stands for: the element of a tuple literal tested; what
            /// the summary of a <c>Deconstruct</c> written in the project says it assigns to that parameter; the property a
            /// record's (or another type's) <c>Deconstruct</c> parameter names; otherwise the whole value tested.</summary>
            private bool TryPositional(IPatternOperation element, IRecursivePatternOperation positional, int depth, out string name, out Provenance provenance, out ISymbol? origin)
            {
                name = string.Empty;
                provenance = Provenance.None;
                origin = null;
                int index = PositionOf(element, positional);
                if (index < 0 || TestedValue(positional) is not { } tested)
                {
                    return false;
                }

                IOperation unwrapped = tested;
                while (unwrapped is IConversionOperation conversion)
                {
                    unwrapped = conversion.Operand;
                }

                if (unwrapped is ITupleOperation tuple && index < tuple.Elements.Length)
                {
                    return FirstFinding(tuple.Elements[index], depth, out name, out provenance, out origin);
                }

                // An extension Deconstruct(this T value, out ...) has one parameter more than the pattern has elements.
                int offset = positional.DeconstructSymbol is IMethodSymbol method ? method.Parameters.Length - positional.DeconstructionSubpatterns.Length : -1;
                if (positional.DeconstructSymbol is not IMethodSymbol deconstruct || offset < 0 || offset > 1)
                {
                    return TryFind(tested, depth + 1, out name, out provenance, out origin);
                }

                IParameterSymbol parameter = deconstruct.Parameters[index + offset];
                MethodSummaries? summaries = flow.Summaries;
                if (summaries != null && !deconstruct.IsImplicitlyDeclared && summaries.IsSummarisable(deconstruct) && parameter.Ordinal < 64)
                {
                    // A Deconstruct written in the project: what its body assigns to that parameter.
                    name = MethodSummaries.Display(deconstruct) + "(out " + parameter.Name + ")";
                    origin = deconstruct;
                    return (summaries.Get(deconstruct, query).OutPersonalData & (1UL << parameter.Ordinal)) != 0;
                }

                foreach (ISymbol member in deconstruct.ContainingType.GetMembers())
                {
                    if (member is IPropertySymbol { IsStatic: false, IsIndexer: false } property
                        && string.Equals(property.Name, parameter.Name, System.StringComparison.OrdinalIgnoreCase))
                    {
                        // (var name, var diagnosis) on a Patient: the members, judged as a member access on the value tested.
                        name = property.ContainingType?.Name + "." + property.Name;
                        origin = property;
                        if (flow.model.IsPersonalDataSymbol(property))
                        {
                            return true;
                        }

                        if (CarriesValue(property.Type) && TryFind(tested, depth + 1, out string inner, out Provenance innerProvenance, out origin)
                            && !innerProvenance.IsCarried)
                        {
                            name = property.ContainingType?.Name + "." + property.Name;
                            provenance = Provenance.PartOf(inner);
                            return true;
                        }

                        return TryWholeObject(property.ContainingType?.Name + "." + property.Name, property.Type, out name, out provenance, out origin);
                    }
                }

                return TryFind(tested, depth + 1, out name, out provenance, out origin);
            }

            /// <summary>What a call hands out through an <c>out</c> or <c>ref</c> argument: for this compilation's methods,
            /// what their summary says the body assigns to the parameter; for other assemblies' <c>Try*</c> methods called
            /// on a collection (<c>TryGetValue</c>, <c>TryDequeue</c>), what the collection holds.</summary>
            private bool TryOutArgument(IInvocationOperation invocation, IParameterSymbol parameter, int depth, out string name, out Provenance provenance, out ISymbol? origin)
            {
                IMethodSymbol method = invocation.TargetMethod;
                name = MethodSummaries.Display(method) + (parameter.RefKind == RefKind.Ref ? "(ref " : "(out ") + parameter.Name + ")";
                provenance = Provenance.None;
                origin = parameter;
                if (flow.IsRedaction(method))
                {
                    return false;
                }

                if (flow.model.IsPersonalDataSymbol(parameter))
                {
                    return true;
                }

                MethodSummaries? summaries = flow.Summaries;
                if (summaries != null && summaries.IsSummarisable(method))
                {
                    MethodSummary summary = summaries.Get(method, query);
                    if (parameter.Ordinal < 64 && (summary.OutPersonalData & (1UL << parameter.Ordinal)) != 0)
                    {
                        origin = method;
                        return true;
                    }

                    foreach (IArgumentOperation argument in invocation.Arguments)
                    {
                        if (argument.Parameter is { Ordinal: < 64 } from && (summary.ParametersToOut & (1UL << from.Ordinal)) != 0
                            && FirstFinding(argument.Value, depth, out string inner, out Provenance innerProvenance, out origin)
                            && !innerProvenance.IsCarried)
                        {
                            provenance = Provenance.From(inner);
                            return true;
                        }
                    }

                    origin = null;
                    return false;
                }

                // dictionary.TryGetValue(key, out value), queue.TryDequeue(out item): an element of what the collection holds.
                if (invocation.Instance is { } collection && method.Name.StartsWith("Try", System.StringComparison.Ordinal)
                    && TryFind(collection, depth + 1, out name, out provenance, out origin))
                {
                    return true;
                }

                origin = null;
                return false;
            }

            /// <summary>Whether <paramref name="claim"/> is a claim (or, for <c>FindFirstValue</c>, a claim's value) looked up
            /// by a protocol claim type that names no person: <c>principal.FindFirst(JwtClaimTypes.IdentityProvider)</c>, a
            /// local assigned only such lookups (followed 3 locals deep).</summary>
            private bool IsProtocolClaim(IOperation? claim, int depth)
            {
                for (int i = 0; i < 16 && claim is IConversionOperation or IConditionalAccessInstanceOperation; i++)
                {
                    if (claim is IConversionOperation conversion)
                    {
                        claim = conversion.Operand;
                        continue;
                    }

                    // amr?.Value: the receiver of the conditional access.
                    IOperation? parent = claim.Parent;
                    while (parent is not null and not IConditionalAccessOperation)
                    {
                        parent = parent.Parent;
                    }

                    claim = (parent as IConditionalAccessOperation)?.Operation;
                }

                switch (claim)
                {
                    case IInvocationOperation { TargetMethod.Name: "FindFirst" or "FindFirstValue" or "FindAll" or "HasClaim" } lookup:
                        foreach (IArgumentOperation argument in lookup.Arguments)
                        {
                            if (argument.Parameter?.Type.SpecialType == SpecialType.System_String)
                            {
                                return PersonalDataModel.IsProtocolClaimType(argument.Value);
                            }
                        }

                        return false;
                    case IInvalidOperation lookup when IsClaimLookupCandidate(lookup):
                        // The claim type's constant comes from a package that does not bind (JwtClaimTypes of
                        // IdentityModel), so the overload is not resolved: judge the arguments by their text.
                        foreach (IOperation argument in lookup.ChildOperations)
                        {
                            if (PersonalDataModel.IsProtocolClaimType(argument))
                            {
                                return true;
                            }
                        }

                        return false;
                    case ILocalReferenceOperation local when depth < 3:
                        List<IOperation>? values = FactsOf(local).ValuesOf(local.Local, local);
                        if (values is null || values.Count == 0)
                        {
                            return false;
                        }

                        foreach (IOperation value in values)
                        {
                            if (!IsProtocolClaim(value, depth + 1))
                            {
                                return false;
                            }
                        }

                        return true;
                    default:
                        return false;
                }
            }

            /// <summary>Whether an invocation the compiler could not resolve is a claim lookup: all its candidate methods
            /// are <c>FindFirst</c>, <c>FindFirstValue</c>, <c>FindAll</c> or <c>HasClaim</c>.</summary>
            private static bool IsClaimLookupCandidate(IInvalidOperation invalid)
            {
                if (invalid.SemanticModel is not { } model)
                {
                    return false;
                }

                var candidates = model.GetSymbolInfo(invalid.Syntax).CandidateSymbols;
                if (candidates.IsDefaultOrEmpty)
                {
                    return false;
                }

                foreach (ISymbol candidate in candidates)
                {
                    if (candidate is not IMethodSymbol { Name: "FindFirst" or "FindFirstValue" or "FindAll" or "HasClaim" })
                    {
                        return false;
                    }
                }

                return true;
            }

            /// <summary>The lambda an argument passes: a delegate (<c>customers.Select(c => c.Email)</c>) or an expression
            /// tree (<c>db.Customers.Select(c => c.Email)</c>, on <c>IQueryable</c>, which EF Core translates).</summary>
            internal static IAnonymousFunctionOperation? LambdaOf(IOperation value)
            {
                while (value is IConversionOperation conversion)
                {
                    value = conversion.Operand;
                }

                return value switch
                {
                    IDelegateCreationOperation { Target: IAnonymousFunctionOperation lambda } => lambda,
                    IAnonymousFunctionOperation lambda => lambda,
                    _ => null,
                };
            }

            private bool LambdaReturnsPersonalData(IAnonymousFunctionOperation lambda, int depth, out string name, out ISymbol? origin)
            {
                name = string.Empty;
                origin = null;
                foreach (IOperation operation in lambda.Body.Descendants())
                {
                    // Its own returns only: a nested lambda's returns are its own business (and walking them from every
                    // level made nested lambdas cost exponential time).
                    // A lambda that returns an object merely carrying personal data (Include(l => l.AppUsers)) does not make
                    // the call's result personal data: that result is judged by its own type.
                    if (operation is IReturnOperation { ReturnedValue: { } returned } && !IsInNestedFunction(operation, lambda)
                        && FirstFinding(returned, depth, out name, out Provenance provenance, out origin)
                        && (!provenance.IsCarried || returned.Type is { IsAnonymousType: true } or INamedTypeSymbol { IsTupleType: true }))
                    {
                        return true;
                    }
                }

                return false;
            }

            /// <summary>A record or struct copied with <c>with</c>: what the copied value is, or a member set from personal
            /// data (<c>note with { Body = customer.Email }</c>).</summary>
            private bool TryWith(IWithOperation with, int depth, out string name, out Provenance provenance, out ISymbol? origin)
            {
                if (TryFind(with.Operand, depth + 1, out name, out provenance, out origin))
                {
                    return true;
                }

                foreach (IOperation initializer in with.Initializer.Initializers)
                {
                    if (initializer is ISimpleAssignmentOperation assignment && FirstFinding(assignment.Value, depth, out string inner, out _, out origin))
                    {
                        name = "with " + with.Type?.Name;
                        provenance = Provenance.BuiltFrom(inner);
                        return true;
                    }
                }

                return false;
            }

            private bool TryCreation(IObjectCreationOperation creation, int depth, out string name, out Provenance provenance, out ISymbol? origin)
            {
                name = "new " + creation.Type?.Name;
                provenance = Provenance.None;
                origin = null;

                // For logs, an object made by the project's own constructor holds what that constructor keeps: a log model
                // built from a request that copies its ids and masks its secrets holds neither the request nor its secrets.
                ConstructorSummary? kept = null;
                if (flow.model.ForLogs && creation.Constructor is { } constructor && flow.Summaries is { } summaries
                    && summaries.IsConstructorSummarisable(constructor))
                {
                    kept = summaries.GetConstructor(constructor, query);
                }

                bool keepsCarrier = false;
                foreach (IArgumentOperation argument in creation.Arguments)
                {
                    if (kept is { } keeps)
                    {
                        if (argument.Parameter is not { Ordinal: < 64 } parameter || (keeps.KeptParameters & (1UL << parameter.Ordinal)) == 0)
                        {
                            continue;
                        }

                        // A kept argument that is an object carrying personal data: the new object is judged by its type.
                        keepsCarrier |= argument.Value.Type is { } argumentType && flow.model.FindCarriedPersonalData(argumentType) != null;
                    }

                    if (FirstFinding(argument.Value, depth, out string inner, out _, out origin))
                    {
                        provenance = Provenance.BuiltFrom(inner);
                        return true;
                    }
                }

                if (creation.Initializer != null)
                {
                    foreach (IOperation initializer in creation.Initializer.Initializers)
                    {
                        // Member initializers (Email = customer.Email) and collection initializers ({ message }).
                        IOperation? member = initializer switch
                        {
                            ISimpleAssignmentOperation assignment => assignment.Value,
                            IInvocationOperation add when add.Arguments.Length > 0 => add.Arguments[add.Arguments.Length - 1].Value,
                            _ => null,
                        };
                        if (member != null && FirstFinding(member, depth, out string inner, out _, out origin))
                        {
                            provenance = Provenance.BuiltFrom(inner);
                            return true;
                        }
                    }
                }

                if (kept is { KeepsOwnData: false } && !keepsCarrier)
                {
                    return false;
                }

                return TryWholeObject("new " + creation.Type?.Name, creation.Type, out name, out provenance, out origin);
            }

            private bool TryMember(ISymbol member, IOperation? instance, ITypeSymbol? type, int depth, out string name, out Provenance provenance, out ISymbol? origin)
            {
                name = member.ContainingType?.Name + "." + member.Name;
                provenance = Provenance.None;
                origin = member;
                if (flow.model.IsPersonalDataSymbol(member))
                {
                    // The value of a protocol claim (amr, idp, auth_time, scope...) names no person.
                    return !(member.Name == "Value" && member.ContainingType?.Name == "Claim" && IsProtocolClaim(instance, 0));
                }

                // A static field or auto-property of the compilation assigned personal data anywhere in source.
                if (member.IsStatic && flow.statics != null && StaticMemberAssignments.IsFollowed(member)
                    && TryStatic(member, depth, out name, out provenance, out origin))
                {
                    return true;
                }

                // A member of this object assigned personal data in the same body (_lastEmail = customer.Email).
                if (instance is IInstanceReferenceOperation { ReferenceKind: InstanceReferenceKind.ContainingTypeInstance } && !member.IsStatic
                    && TryAssigned(member, instance, name, type, depth, out name, out provenance, out origin)
                    && provenance.Kind != FindingKind.Direct && !provenance.IsCarried)
                {
                    return true;
                }

                name = member.ContainingType?.Name + "." + member.Name;
                provenance = Provenance.None;
                origin = member;

                // A computed property of the project whose getter returns personal data (string Contact => customer.Email).
                // One whose type merely carries personal data (DbSet<Customer> Customers => Set<Customer>()) is judged as a
                // whole object further on, like an auto-property of that type.
                if (member is IPropertySymbol { IsIndexer: false, GetMethod: { } getter } property && flow.Summaries is { } summaries
                    && MethodSummaries.IsComputedGetter(getter) && flow.model.FindCarriedPersonalData(property.Type) is null
                    && summaries.Get(getter, query).ReturnedSource is { } source)
                {
                    provenance = Provenance.From(source);
                    return true;
                }

                // A member of a personal data value (customer.Address.City where Address is personal data) is personal data
                // unless it is a count, flag or number derived from it (email.Length). A member of a credential is a
                // credential only by itself (above): the Name of a record that also holds a Password is not.
                if (instance != null && CarriesValue(type) && !member.IsStatic && !flow.model.Credentials
                    && TryFind(instance, depth + 1, out string innerName, out Provenance innerProvenance, out origin)
                    && !innerProvenance.IsCarried
                    && !(innerProvenance.Kind == FindingKind.BuiltFrom && InitializersLeaveOut(instance, member, depth)))
                {
                    provenance = Provenance.PartOf(innerName);
                    return true;
                }

                return TryWholeObject(name, type, out name, out provenance, out origin);
            }

            /// <summary>
            /// Whether every object <paramref name="instance"/> can be was made without constructor arguments that are
            /// personal data and with initializers that give <paramref name="member"/> none (or only an object that merely
            /// carries some): an object built from a user name (<c>new Context { UserName = userName }</c>) holds it in
            /// <c>UserName</c>, not in its <c>Result</c>.
            /// False (the member may hold it) where the object comes from anything else: a constructor given personal
            /// data, a member assigned later, a call.
            /// </summary>
            private bool InitializersLeaveOut(IOperation instance, ISymbol member, int depth)
            {
                IOperation unwrapped = SymbolRelations.WithoutConversions(instance);
                List<IOperation>? values = unwrapped switch
                {
                    ILocalReferenceOperation local => FactsOf(local).ValuesOf(local.Local, local),
                    IObjectCreationOperation => new List<IOperation>(1) { unwrapped },
                    _ => null,
                };
                if (values is null || values.Count == 0)
                {
                    return false;
                }

                foreach (IOperation value in values)
                {
                    if (SymbolRelations.WithoutConversions(value) is not IObjectCreationOperation creation)
                    {
                        return false;
                    }

                    foreach (IArgumentOperation argument in creation.Arguments)
                    {
                        if (FirstFinding(argument.Value, depth, out _, out _, out _))
                        {
                            return false;
                        }
                    }

                    foreach (IOperation initializer in creation.Initializer?.Initializers ?? System.Collections.Immutable.ImmutableArray<IOperation>.Empty)
                    {
                        ISymbol? initialized = initializer switch
                        {
                            ISimpleAssignmentOperation { Target: IMemberReferenceOperation target } => target.Member,
                            IMemberInitializerOperation { InitializedMember: IMemberReferenceOperation target } => target.Member,
                            _ => null,
                        };
                        if (initialized is null)
                        {
                            return false; // A collection initializer: its elements, not a member, hold the data.
                        }

                        // The member set from personal data holds it; set from an object that merely carries some, it
                        // holds that object, whose members are judged by themselves.
                        if (SymbolEqualityComparer.Default.Equals(initialized, member)
                            && (initializer is IMemberInitializerOperation
                                || (FirstFinding(((ISimpleAssignmentOperation)initializer).Value, depth, out _, out Provenance set, out _) && !set.IsCarried)))
                        {
                            return false;
                        }
                    }
                }

                return true;
            }

            /// <summary>A static member: personal data if a value assigned to it anywhere in source is (whole objects are
            /// judged by the member's type, further on).</summary>
            private bool TryStatic(ISymbol member, int depth, out string name, out Provenance provenance, out ISymbol? origin)
            {
                name = member.ContainingType?.Name + "." + member.Name;
                provenance = Provenance.None;
                origin = null;
                visiting ??= new HashSet<ISymbol>(SymbolEqualityComparer.Default);
                if (!visiting.Add(member))
                {
                    return false;
                }

                try
                {
                    foreach (IOperation assigned in flow.statics!.ValuesOf(member))
                    {
                        if (FirstFinding(assigned, depth, out string inner, out Provenance innerProvenance, out origin)
                            && !innerProvenance.IsCarried)
                        {
                            provenance = Provenance.From(inner);
                            return true;
                        }
                    }

                    return false;
                }
                finally
                {
                    visiting.Remove(member);
                }
            }

            /// <summary>A local, parameter or <c>this</c> member: personal data if any value that flows into it in the
            /// same body is, or if its type is.</summary>
            private bool TryAssigned(ISymbol symbol, IOperation reference, string symbolName, ITypeSymbol? type, int depth, out string name, out Provenance provenance, out ISymbol? origin)
            {
                name = symbolName;
                provenance = Provenance.None;
                origin = null;
                if (symbol is ILocalSymbol && flow.model.IsPersonalDataSymbol(symbol))
                {
                    origin = symbol; // A local named as a credential (accessToken).
                    return true;
                }

                visiting ??= new HashSet<ISymbol>(SymbolEqualityComparer.Default);
                if (!visiting.Add(symbol))
                {
                    return false;
                }

                try
                {
                    BodyFacts facts = FactsOf(reference);
                    List<IOperation>? values = facts.ValuesOf(symbol, reference);
                    bool onlyKnownCreations = flow.model.ForLogs && values is { Count: > 0 } && flow.Summaries != null;
                    if (values != null)
                    {
                        foreach (IOperation assigned in values)
                        {
                            if (FirstFinding(assigned, depth, out string inner, out Provenance innerProvenance, out origin))
                            {
                                // A symbol holding a whole object keeps saying what the object carries or was built from, so
                                // that a log judges it as a whole object (by how it is written).
                                provenance = innerProvenance.Kind is FindingKind.Carries or FindingKind.BuiltFrom ? innerProvenance : Provenance.From(inner);
                                return true;
                            }

                            onlyKnownCreations &= SymbolRelations.WithoutConversions(assigned) is IObjectCreationOperation { Constructor: { } constructor }
                                && flow.Summaries!.IsConstructorSummarisable(constructor);
                        }
                    }

                    // For logs, a local that only ever holds objects made by the project's constructors holds what those
                    // constructors kept (judged above), not whatever its type could hold.
                    if (onlyKnownCreations && symbol is ILocalSymbol)
                    {
                        return false;
                    }

                    return TryWholeObject(symbolName, type, out name, out provenance, out origin);
                }
                finally
                {
                    visiting.Remove(symbol);
                }
            }

            internal static ISymbol? TargetSymbol(IOperation operation) => operation switch
            {
                ILocalReferenceOperation local => local.Local,
                IParameterReferenceOperation parameter => parameter.Parameter,
                IFieldReferenceOperation { Instance: IInstanceReferenceOperation } field => field.Field,
                _ => null,
            };

            private BodyFacts FactsOf(IOperation reference) => flow.factsByBody.GetOrAdd(Root(reference), static body => new BodyFacts(body));

            private bool FirstFinding(IOperation value, int depth, out string name, out Provenance provenance, out ISymbol? origin)
            {
                var inner = new List<PersonalDataFinding>(1);
                Collect(value, inner, depth + 1);
                name = inner.Count > 0 ? inner[0].Name : string.Empty;
                provenance = inner.Count > 0 ? inner[0].Provenance : Provenance.None;
                origin = inner.Count > 0 ? inner[0].Origin : null;
                return inner.Count > 0;
            }

            private bool TryWholeObject(string valueName, ITypeSymbol? type, out string name, out Provenance provenance, out ISymbol? origin)
            {
                name = valueName;
                provenance = Provenance.None;
                origin = null;
                if (type is null)
                {
                    return false;
                }

                if (flow.model.IsPersonalDataType(type))
                {
                    origin = type;
                    return true;
                }

                ISymbol? carried = flow.model.FindCarriedPersonalData(type);
                if (carried is null)
                {
                    return false;
                }

                provenance = Provenance.Carries(carried.ContainingType?.Name + "." + carried.Name);
                origin = carried;
                return true;
            }
        }

        /// <summary>
        /// The values that flow into each local, parameter and <c>this</c> member of one body, gathered in one walk and
        /// kept while the body lives: initializers, assignments (compound too), <c>foreach</c> variables (from the
        /// collection), deconstruction, pattern variables, and calls that put a value into a local collection or builder
        /// (<c>Add</c>, <c>Append</c>, element assignment).
        /// </summary>
        private sealed class BodyFacts
        {
            private readonly Dictionary<ISymbol, List<IOperation>> values = new(SymbolEqualityComparer.Default);
            private readonly Dictionary<ISymbol, List<IOperation>> overwrites = new(SymbolEqualityComparer.Default);

            public BodyFacts(IOperation body)
            {
                foreach (IOperation operation in body.Descendants())
                {
                    switch (operation)
                    {
                        case IVariableDeclaratorOperation { Initializer: { } initializer } declarator:
                            Add(declarator.Symbol, initializer.Value);
                            AddOverwrite(declarator.Symbol, declarator);
                            break;
                        case ISimpleAssignmentOperation { Parent: IExpressionStatementOperation } simple when Target(simple.Target) is { } written
                            && simple.Target is ILocalReferenceOperation or IParameterReferenceOperation or IFieldReferenceOperation or IPropertyReferenceOperation { Property.IsIndexer: false }:
                            Add(written, simple.Value);
                            if (simple.Target is not IFieldReferenceOperation { Instance: ILocalReferenceOperation } and not IPropertyReferenceOperation { Instance: ILocalReferenceOperation })
                            {
                                AddOverwrite(written, simple);
                            }

                            break;
                        case IConditionalOperation { WhenFalse: not null, Parent: IBlockOperation } branches:
                            // if (...) { email = a; } else { email = b; }: the whole statement overwrites what email held.
                            AddBranchOverwrites(branches);
                            break;
                        case ISwitchOperation { Parent: IBlockOperation } branches:
                            AddBranchOverwrites(branches);
                            break;
                        case IArgumentOperation { Parameter.RefKind: RefKind.Out or RefKind.Ref, Parent: IInvocationOperation } argument
                            when Target(argument.Value is IDeclarationExpressionOperation declared ? declared.Expression : argument.Value) is { } written:
                            // TryGetContact(customer, out var contact): what the call hands out through the argument.
                            Add(written, argument);
                            break;
                        case IDeconstructionAssignmentOperation deconstruction:
                            AddDeconstruction(deconstruction.Target, deconstruction.Value);
                            break;
                        case IAssignmentOperation assignment:
                            AddAssignment(assignment.Target, assignment.Value);
                            break;
                        case IForEachLoopOperation loop:
                            foreach (ILocalSymbol local in loop.Locals)
                            {
                                Add(local, loop.Collection);
                            }

                            break;
                        case IDeclarationPatternOperation { DeclaredSymbol: { } declared } pattern:
                            if (TestedValue(pattern) is { } input)
                            {
                                Add(declared, input);
                            }

                            break;
                        case IRecursivePatternOperation { DeclaredSymbol: { } declared } pattern:
                            // customer is { Email: { } email }, order is Customer { } c: the value the pattern tests.
                            if (TestedValue(pattern) is { } tested)
                            {
                                Add(declared, tested);
                            }

                            break;
                        case IInvocationOperation { Instance: { } instance } invocation when IsInsertion(invocation.TargetMethod.Name):
                            // text.Append("a").Append(email): the chain's root receiver is the builder.
                            while (instance is IInvocationOperation { Instance: { } inner } chained && IsInsertion(chained.TargetMethod.Name))
                            {
                                instance = inner;
                            }

                            if (Target(instance) is { } collection)
                            {
                                foreach (IArgumentOperation argument in invocation.Arguments)
                                {
                                    Add(collection, argument.Value);
                                }
                            }

                            break;
                    }
                }

                // In source order, so that the last overwrite before a use is found from the end without a full scan
                // (a method that reassigns one local thousands of times would otherwise cost a scan per use).
                foreach (List<IOperation> writes in overwrites.Values)
                {
                    writes.Sort(static (x, y) => x.Syntax.SpanStart.CompareTo(y.Syntax.SpanStart));
                }
            }

            /// <summary>The values that may flow into <paramref name="symbol"/> where <paramref name="use"/> reads it: all
            /// of them, less those written before an overwrite that surely runs between them and the use (a plain
            /// assignment that is a statement of a block enclosing the use, before it, with no lambda in between).</summary>
            public List<IOperation>? ValuesOf(ISymbol symbol, IOperation use)
            {
                if (!values.TryGetValue(symbol, out List<IOperation>? list))
                {
                    return null;
                }

                int killBefore = LastOverwriteBefore(symbol, use);
                if (killBefore < 0)
                {
                    return list;
                }

                var reaching = new List<IOperation>(list.Count);
                foreach (IOperation value in list)
                {
                    if (value.Syntax.SpanStart >= killBefore)
                    {
                        reaching.Add(value);
                    }
                }

                return reaching;
            }

            /// <summary>Whether a plain overwrite of <paramref name="symbol"/> surely runs before <paramref name="use"/>
            /// (so a parameter's incoming value no longer reaches it).</summary>
            public bool IsOverwrittenBefore(ISymbol symbol, IOperation use) => LastOverwriteBefore(symbol, use) >= 0;

            private int LastOverwriteBefore(ISymbol symbol, IOperation use)
            {
                if (!overwrites.TryGetValue(symbol, out List<IOperation>? writes))
                {
                    return -1;
                }

                // Writes are in source order. The statements of qualifying writes sit in blocks that enclose the use and end
                // before it, so they are disjoint: the last qualifying write, from the end, has the latest statement.
                int usePosition = use.Syntax.SpanStart;
                for (int i = LastStartingBefore(writes, usePosition); i >= 0; i--)
                {
                    IOperation statement = writes[i];
                    while (statement.Parent != null && statement.Parent is not IBlockOperation)
                    {
                        if (statement.Parent is IExpressionStatementOperation or IVariableDeclarationGroupOperation or IVariableDeclarationOperation or IVariableDeclaratorOperation)
                        {
                            statement = statement.Parent;
                            continue;
                        }

                        statement = null!;
                        break;
                    }

                    if (statement?.Parent is IBlockOperation block && statement.Syntax.Span.End <= usePosition && Encloses(block, use))
                    {
                        return statement.Syntax.SpanStart;
                    }
                }

                return -1;
            }

            /// <summary>The index of the last write (in source order) that starts before <paramref name="position"/>, or -1.</summary>
            private static int LastStartingBefore(List<IOperation> writes, int position)
            {
                int low = 0;
                int high = writes.Count - 1;
                int found = -1;
                while (low <= high)
                {
                    int middle = low + ((high - low) / 2);
                    if (writes[middle].Syntax.SpanStart < position)
                    {
                        found = middle;
                        low = middle + 1;
                    }
                    else
                    {
                        high = middle - 1;
                    }
                }

                return found;
            }

            private static bool Encloses(IOperation block, IOperation use)
            {
                for (IOperation? current = use.Parent; current != null; current = current.Parent)
                {
                    if (current == block)
                    {
                        return true;
                    }

                    if (current is IAnonymousFunctionOperation or ILocalFunctionOperation)
                    {
                        return false; // The use may run later, after other writes.
                    }
                }

                return false;
            }

            /// <summary>How many nested if/else or switch statements a branch overwrite is looked for in.</summary>
            private const int MaxBranchNesting = 16;

            /// <summary>Records an <c>if</c>/<c>else</c> or <c>switch</c> statement (with a <c>default</c>) as an overwrite of
            /// each local or parameter that every branch surely overwrites, or leaves by <c>return</c> or <c>throw</c>.</summary>
            private void AddBranchOverwrites(IOperation statement)
            {
                HashSet<ISymbol>? candidates = null;
                foreach (IOperation inner in statement.Descendants())
                {
                    if (inner is ISimpleAssignmentOperation { Parent: IExpressionStatementOperation, Target: ILocalReferenceOperation or IParameterReferenceOperation } assignment
                        && Target(assignment.Target) is { } written)
                    {
                        (candidates ??= new HashSet<ISymbol>(SymbolEqualityComparer.Default)).Add(written);
                    }
                }

                foreach (ISymbol symbol in candidates ?? (IEnumerable<ISymbol>)Array.Empty<ISymbol>())
                {
                    if (Overwrites(statement, symbol, 0))
                    {
                        AddOverwrite(symbol, statement);
                    }
                }
            }

            /// <summary>Whether every path through <paramref name="branch"/> that reaches its end overwrites
            /// <paramref name="symbol"/> with a plain assignment statement (a path that returns or throws never reaches
            /// the use).</summary>
            private static bool Overwrites(IOperation? branch, ISymbol symbol, int nesting)
            {
                if (branch is null || nesting > MaxBranchNesting)
                {
                    return false;
                }

                switch (branch)
                {
                    case IBlockOperation block:
                        foreach (IOperation statement in block.Operations)
                        {
                            if (Overwrites(statement, symbol, nesting + 1))
                            {
                                return true;
                            }
                        }

                        return false;
                    case IReturnOperation { Kind: OperationKind.Return }:
                    case IExpressionStatementOperation { Operation: IThrowOperation }:
                    case IThrowOperation:
                        return true;
                    case IExpressionStatementOperation { Operation: ISimpleAssignmentOperation { Target: ILocalReferenceOperation or IParameterReferenceOperation } assignment }:
                        return SymbolEqualityComparer.Default.Equals(Target(assignment.Target), symbol);
                    case IConditionalOperation { WhenFalse: { } whenFalse } conditional:
                        return Overwrites(conditional.WhenTrue, symbol, nesting + 1) && Overwrites(whenFalse, symbol, nesting + 1);
                    case ISwitchOperation switchStatement:
                        bool hasDefault = false;
                        foreach (ISwitchCaseOperation section in switchStatement.Cases)
                        {
                            foreach (ICaseClauseOperation clause in section.Clauses)
                            {
                                hasDefault |= clause.CaseKind == CaseKind.Default;
                            }

                            bool written = false;
                            foreach (IOperation statement in section.Body)
                            {
                                if (Overwrites(statement, symbol, nesting + 1))
                                {
                                    written = true;
                                    break;
                                }
                            }

                            if (!written)
                            {
                                return false;
                            }
                        }

                        return hasDefault;
                    default:
                        return false;
                }
            }

            private void AddOverwrite(ISymbol symbol, IOperation write)
            {
                if (!overwrites.TryGetValue(symbol, out List<IOperation>? list))
                {
                    list = new List<IOperation>(1);
                    overwrites.Add(symbol, list);
                }

                list.Add(write);
            }

            private static bool IsInsertion(string name) => name switch
            {
                "Add" or "AddRange" or "Insert" or "InsertRange" or "Append" or "AppendLine" or "AppendFormat" or "AppendJoin"
                    or "Push" or "Enqueue" or "TryAdd" or "Prepend" => true,
                _ => false,
            };

            private void AddAssignment(IOperation target, IOperation value)
            {
                if (Target(target) is { } symbol)
                {
                    Add(symbol, value);
                }
            }

            private void AddDeconstruction(IOperation target, IOperation value)
            {
                if (target is IDeclarationExpressionOperation declaration)
                {
                    target = declaration.Expression;
                }

                if (target is ITupleOperation targets)
                {
                    IOperation unwrapped = value;
                    while (unwrapped is IConversionOperation conversion)
                    {
                        unwrapped = conversion.Operand;
                    }

                    ITupleOperation? values = unwrapped is ITupleOperation tuple && tuple.Elements.Length == targets.Elements.Length ? tuple : null;
                    for (int i = 0; i < targets.Elements.Length; i++)
                    {
                        AddDeconstruction(targets.Elements[i], values?.Elements[i] ?? value);
                    }

                    return;
                }

                if (target is IDiscardOperation)
                {
                    return;
                }

                AddAssignment(target, value);
            }

            /// <summary>The local, parameter or <c>this</c> member an expression writes to (element writes count as writes
            /// to the collection).</summary>
            private static ISymbol? Target(IOperation target)
            {
                // Down nested element writes (a[i][j] = ...) in a loop: their nesting is as deep as the user's code.
                while (target is IPropertyReferenceOperation { Property.IsIndexer: true, Instance: not null } or IArrayElementReferenceOperation)
                {
                    target = target is IArrayElementReferenceOperation element ? element.ArrayReference : ((IPropertyReferenceOperation)target).Instance!;
                }

                switch (target)
                {
                    case ILocalReferenceOperation local:
                        return local.Local;
                    case IParameterReferenceOperation parameter:
                        return parameter.Parameter;
                    case IFieldReferenceOperation { Instance: IInstanceReferenceOperation } field:
                        return field.Field;
                    case IPropertyReferenceOperation { Property.IsIndexer: false, Instance: IInstanceReferenceOperation } property:
                        return property.Property;
                    case IPropertyReferenceOperation { Instance: ILocalReferenceOperation owner }:
                        return owner.Local; // entry.Email = ...: the local's object now holds it.
                    case IFieldReferenceOperation { Instance: ILocalReferenceOperation owner }:
                        return owner.Local;
                    default:
                        return null;
                }
            }

            private void Add(ISymbol symbol, IOperation value)
            {
                if (!values.TryGetValue(symbol, out List<IOperation>? list))
                {
                    list = new List<IOperation>(1);
                    values.Add(symbol, list);
                }

                list.Add(value);
            }
        }
    }
}
