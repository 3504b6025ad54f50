using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace GdprAnalyzers
{
    internal sealed partial class PersonalDataFlow
    {
        /// <summary>One walk: the symbols being followed (to stop cycles), for summaries the parameter to follow, and the
        /// query whose budget and summary height it uses.</summary>
        private sealed class Walker
        {
            private readonly PersonalDataFlow flow;
            private readonly IParameterSymbol? tainted;
            private readonly FlowQuery query;
            /// <summary>The statics, locals, parameters and members whose values are being followed, innermost last (a
            /// cycle guard). A path is at most about <see cref="MaxDepth"/> long, so a list scanned from the end is cheaper
            /// than a hash set, whose symbol hashes cost more than the few comparisons.</summary>
            private List<ISymbol>? visiting;

            /// <summary>The last body whose facts this walk looked up, and those facts: a walk mostly stays in one body.</summary>
            private IOperation? lastBody;
            private BodyFacts? lastFacts;

            /// <summary>The lists <see cref="FirstFinding"/> collects into, by depth.</summary>
            private List<PersonalDataFinding>?[]? firstFindings;

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
                                if (findings.Count == before && queryName != null && flow.model.QueryParameterValuesAreSources)
                                {
                                    // https://shop.example/reset?token={value}: the value of a credential query parameter.
                                    findings.Add(new PersonalDataFinding(interpolation.Expression, queryName + " in a URL", Provenance.None, null));
                                }

                                queryName = null;
                            }
                            else if (part is IInterpolatedStringTextOperation { Text.ConstantValue: { HasValue: true, Value: string text } })
                            {
                                queryName = PropagationModel.CredentialQueryParameterBefore(text);
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
                    case IInvocationOperation invocation when PropagationModel.IsStringComposition(invocation.TargetMethod):
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
                    case IPropertyReferenceOperation or IInvocationOperation when flow.model.SourceOf(value) is { IsDecided: true } answer:
                        // The model names the source (Request.Headers["Authorization"], Request.Body) or says it is none
                        // (Request.Headers["X-Request-Id"]).
                        name = answer.Name ?? string.Empty;
                        return answer.Name != null;
                    case IPropertyReferenceOperation { Property.IsIndexer: true, Instance: { } collection }:
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
                        return PropagationModel.CarriesValue(awaited.Type)
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
                if (PropagationModel.ReturnsTypeOfValue(method))
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

                if (PropagationModel.CarriesValue(invocation.Type))
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
                    bool projection = PropagationModel.IsProjection(method);
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
            private bool TryArguments(IInvocationOperation invocation, int depth, out string name, out Provenance provenance, out ISymbol? origin)
            {
                name = string.Empty;
                provenance = Provenance.None;
                origin = null;
                MethodSummaries? summaries = flow.Summaries;
                IMethodSymbol method = invocation.TargetMethod;
                if (!flow.model.ResultCarriesArguments(method))
                {
                    return false; // Its name says its result is another thing than its sources (a host name parsed from a connection string).
                }

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
                bool wholeObjects = summarised || PropagationModel.SerialisesWholeObjects(method);

                // A credential passed to another assembly's method is in its result only where the result is a text or
                // bytes form of it (Convert.ToBase64String(Encoding.UTF8.GetBytes(password)), a URI): a user returned by
                // AuthenticateLocalUser(name, password) or a response to a request that carried a key is not a credential.
                if (!summarised && flow.model.OnlyTextOrBytesResultsCarryArguments && !PropagationModel.IsTextOrBytes(invocation.Type))
                {
                    return false;
                }

                foreach (IArgumentOperation argument in invocation.Arguments)
                {
                    IParameterSymbol? parameter = argument.Parameter;
                    if (parameter is null || LambdaOf(argument.Value) != null || parameter.Ordinal >= 64
                        || (flowing & (1UL << parameter.Ordinal)) == 0 || PropagationModel.CarriesNoData(parameter)
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

                        if (PropagationModel.CarriesValue(property.Type) && TryFind(tested, depth + 1, out string inner, out Provenance innerProvenance, out origin)
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
                if (invocation.Instance is { } collection && PropagationModel.IsTryLookup(method)
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
                    case IInvocationOperation lookup when PersonalDataModel.IsClaimLookup(lookup.TargetMethod.Name):
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
                    if (candidate is not IMethodSymbol candidateMethod || !PersonalDataModel.IsClaimLookup(candidateMethod.Name))
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
                    if (operation is IReturnOperation { ReturnedValue: { } returned } && !SymbolRelations.IsInNestedFunction(operation, lambda)
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
                if (flow.model.CreationsHoldWhatConstructorsKeep && creation.Constructor is { } constructor && flow.Summaries is { } summaries
                    && summaries.IsConstructorSummarisable(constructor))
                {
                    kept = summaries.GetConstructor(constructor, query);
                }

                bool keepsCarrier = false;
                foreach (IArgumentOperation argument in flow.model.CreationHoldsArguments(creation.Type) ? creation.Arguments : ImmutableArray<IArgumentOperation>.Empty)
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
                    return !(PersonalDataModel.IsClaimValue(member) && IsProtocolClaim(instance, 0));
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
                // credential only by itself (above), or where the model says it hands back what its object was built from
                // (a request message's RequestUri): the Name of a record that also holds a Password is not.
                if (instance != null && PropagationModel.CarriesValue(type) && !member.IsStatic && flow.model.MemberOfSourceIsSource(member)
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
            /// data, a member assigned later, a call; and where the member is a computed property, which may read the
            /// members set.
            /// </summary>
            private bool InitializersLeaveOut(IOperation instance, ISymbol member, int depth)
            {
                // A computed property (string Display => $"to {To}") may read the members that were set.
                if (member is IPropertySymbol { GetMethod: { } getter } && MethodSummaries.IsComputedGetter(getter))
                {
                    return false;
                }

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
                if (!StartVisiting(member))
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
                    StopVisiting();
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

                if (!StartVisiting(symbol))
                {
                    return false;
                }

                try
                {
                    BodyFacts facts = FactsOf(reference);
                    List<IOperation>? values = facts.ValuesOf(symbol, reference);
                    bool onlyKnownCreations = flow.model.CreationsHoldWhatConstructorsKeep && values is { Count: > 0 } && flow.Summaries != null;
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
                    StopVisiting();
                }
            }

            internal static ISymbol? TargetSymbol(IOperation operation) => operation switch
            {
                ILocalReferenceOperation local => local.Local,
                IParameterReferenceOperation parameter => parameter.Parameter,
                IFieldReferenceOperation { Instance: IInstanceReferenceOperation } field => field.Field,
                _ => null,
            };

            private BodyFacts FactsOf(IOperation reference)
            {
                IOperation body = Root(reference);
                if (!ReferenceEquals(body, lastBody) || lastFacts is null)
                {
                    lastFacts = flow.factsByBody.GetOrAdd(body, static root => new BodyFacts(root));
                    lastBody = body;
                }

                return lastFacts;
            }

            /// <summary>Puts <paramref name="symbol"/> on the path of followed symbols; false when it is already there (a
            /// cycle). Each true answer is paired with one <see cref="StopVisiting"/>.</summary>
            private bool StartVisiting(ISymbol symbol)
            {
                visiting ??= new List<ISymbol>(4);
                for (int i = visiting.Count - 1; i >= 0; i--)
                {
                    if (SymbolEqualityComparer.Default.Equals(visiting[i], symbol))
                    {
                        return false;
                    }
                }

                visiting.Add(symbol);
                return true;
            }

            /// <summary>Takes the innermost symbol off the path (see <see cref="StartVisiting"/>).</summary>
            private void StopVisiting() => visiting!.RemoveAt(visiting.Count - 1);

            private bool FirstFinding(IOperation value, int depth, out string name, out Provenance provenance, out ISymbol? origin)
            {
                // One list per depth, reused: a FirstFinding nested in this one runs at a greater depth, and this one reads
                // its list before the next call at its depth.
                List<PersonalDataFinding> inner;
                if (depth >= 0 && depth <= MaxDepth)
                {
                    if (firstFindings is null || firstFindings.Length <= depth)
                    {
                        Array.Resize(ref firstFindings, Math.Min(MaxDepth + 1, Math.Max(depth + 1, (firstFindings?.Length ?? 2) * 2)));
                    }

                    inner = firstFindings[depth] ??= new List<PersonalDataFinding>(1);
                    inner.Clear();
                }
                else
                {
                    inner = new List<PersonalDataFinding>(1);
                }

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
    }
}
