using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace GdprAnalyzers
{
    /// <summary>One place where personal data arrives in a value: the operation to flag and the words for the message.</summary>
    internal readonly struct PersonalDataFinding
    {
        public PersonalDataFinding(IOperation operation, string name, string provenance, ISymbol? origin)
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

        /// <summary>Where it came from, as a message suffix (<c> (from 'Customer.Email')</c>), or empty.</summary>
        public string Provenance { get; }

        /// <summary>The symbol that makes the value personal data: a property, field or parameter marked as such, a method
        /// whose result is, the member a whole object carries, or a type marked <c>[PersonalData]</c>; null if unknown.</summary>
        public ISymbol? Origin { get; }
    }

    /// <summary>
    /// Finds the personal data in a value passed to a sink: member chains, parameters, locals assigned in the same method,
    /// string interpolation, concatenation, <c>string.Format</c>/<c>Concat</c>/<c>Join</c>, <c>ToString()</c> and other
    /// calls on personal data, whole objects whose type has personal data members. Redaction calls (<c>Redact.*</c>,
    /// Microsoft.Extensions.Compliance's <c>Redactor.Redact</c>, methods marked <c>[Redaction]</c>) end a flow.
    /// </summary>
    internal sealed class PersonalDataFlow
    {
        private const int MaxDepth = 16;

        /// <summary>How a provenance that says "a whole object carries personal data" begins. A member of such an object
        /// is not personal data for that reason alone (order.Reference of an order that also has a customer e-mail).</summary>
        private const string CarriesPrefix = " (it carries '";
        private static readonly ConditionalWeakTable<IOperation, LocalAssignments> AssignmentsByBody = new();

        private readonly KnownSymbols known;
        private readonly PersonalDataModel model;

        public PersonalDataFlow(KnownSymbols known, PersonalDataModel model)
        {
            this.known = known;
            this.model = model;
        }

        /// <summary>Adds to <paramref name="findings"/> each place where <paramref name="value"/> carries personal data.</summary>
        public void Collect(IOperation? value, List<PersonalDataFinding> findings) => Collect(value, findings, 0, null);

        private void Collect(IOperation? value, List<PersonalDataFinding> findings, int depth, HashSet<ILocalSymbol>? visiting)
        {
            if (value is null || depth > MaxDepth)
            {
                return;
            }

            switch (value)
            {
                case IConversionOperation conversion:
                    Collect(conversion.Operand, findings, depth + 1, visiting);
                    return;
                case IInterpolatedStringOperation interpolated:
                    foreach (IInterpolatedStringContentOperation part in interpolated.Parts)
                    {
                        if (part is IInterpolationOperation interpolation)
                        {
                            Collect(interpolation.Expression, findings, depth + 1, visiting);
                        }
                    }

                    return;
                case IBinaryOperation { OperatorKind: BinaryOperatorKind.Add, Type.SpecialType: SpecialType.System_String } concatenation:
                    Collect(concatenation.LeftOperand, findings, depth + 1, visiting);
                    Collect(concatenation.RightOperand, findings, depth + 1, visiting);
                    return;
                case IConditionalOperation { WhenFalse: not null } conditional:
                    Collect(conditional.WhenTrue, findings, depth + 1, visiting);
                    Collect(conditional.WhenFalse, findings, depth + 1, visiting);
                    return;
                case ICoalesceOperation coalesce:
                    Collect(coalesce.Value, findings, depth + 1, visiting);
                    Collect(coalesce.WhenNull, findings, depth + 1, visiting);
                    return;
                case IArrayCreationOperation { Initializer: { } initializer }:
                    foreach (IOperation element in initializer.ElementValues)
                    {
                        Collect(element, findings, depth + 1, visiting);
                    }

                    return;
                case IInvocationOperation invocation when IsRedaction(invocation.TargetMethod):
                    return;
                case IInvocationOperation invocation when IsStringComposition(invocation.TargetMethod):
                    foreach (IArgumentOperation argument in invocation.Arguments)
                    {
                        if (argument.Parameter?.Type.Name != "IFormatProvider")
                        {
                            Collect(argument.Value, findings, depth + 1, visiting);
                        }
                    }

                    return;
            }

            if (TryFind(value, depth, visiting, out string name, out string provenance, out ISymbol? origin))
            {
                findings.Add(new PersonalDataFinding(value, name, provenance, origin));
            }
        }

        /// <summary>Whether a single value (not a composition) is or holds personal data.</summary>
        private bool TryFind(IOperation value, int depth, HashSet<ILocalSymbol>? visiting, out string name, out string provenance, out ISymbol? origin)
        {
            name = string.Empty;
            provenance = string.Empty;
            origin = null;
            if (depth > MaxDepth)
            {
                return false;
            }

            switch (value)
            {
                case IPropertyReferenceOperation property:
                    return TryMember(property.Property, property.Instance, property.Type, value, depth, visiting, out name, out provenance, out origin);
                case IFieldReferenceOperation field:
                    return TryMember(field.Field, field.Instance, field.Type, value, depth, visiting, out name, out provenance, out origin);
                case IParameterReferenceOperation parameter:
                    if (model.IsPersonalDataSymbol(parameter.Parameter))
                    {
                        name = parameter.Parameter.Name;
                        origin = parameter.Parameter;
                        return true;
                    }

                    return TryWholeObject(parameter.Parameter.Name, parameter.Type, out name, out provenance, out origin);
                case ILocalReferenceOperation local:
                    return TryLocal(local, depth, visiting, out name, out provenance, out origin);
                case IInvocationOperation invocation:
                    if (IsRedaction(invocation.TargetMethod))
                    {
                        return false;
                    }

                    if (model.ReturnsPersonalData(invocation.TargetMethod))
                    {
                        name = invocation.TargetMethod.ContainingType.Name + "." + invocation.TargetMethod.Name + "()";
                        origin = invocation.TargetMethod;
                        return true;
                    }

                    if (invocation.Instance != null && CarriesValue(invocation.Type)
                        && TryFind(invocation.Instance, depth + 1, visiting, out name, out provenance, out origin))
                    {
                        return true;
                    }

                    return TryWholeObject(invocation.TargetMethod.Name + "()", invocation.Type, out name, out provenance, out origin);
                case IConversionOperation conversion:
                    return TryFind(conversion.Operand, depth + 1, visiting, out name, out provenance, out origin);
                case IAwaitOperation awaited:
                    return TryFind(awaited.Operation, depth + 1, visiting, out name, out provenance, out origin);
                case IConditionalAccessOperation conditionalAccess:
                    return TryFind(conditionalAccess.WhenNotNull, depth + 1, visiting, out name, out provenance, out origin);
                case IConditionalAccessInstanceOperation:
                    for (IOperation? parent = value.Parent; parent != null; parent = parent.Parent)
                    {
                        if (parent is IConditionalAccessOperation access)
                        {
                            return TryFind(access.Operation, depth + 1, visiting, out name, out provenance, out origin);
                        }
                    }

                    return false;
                case IAnonymousObjectCreationOperation anonymous:
                    foreach (IOperation initializer in anonymous.Initializers)
                    {
                        IOperation member = initializer is ISimpleAssignmentOperation assignment ? assignment.Value : initializer;
                        if (FirstFinding(member, depth, visiting, out string inner, out origin))
                        {
                            name = "anonymous object";
                            provenance = CarriesPrefix + inner + "')";
                            return true;
                        }
                    }

                    return false;
                case IObjectCreationOperation creation:
                    foreach (IArgumentOperation argument in creation.Arguments)
                    {
                        if (FirstFinding(argument.Value, depth, visiting, out string inner, out origin))
                        {
                            name = "new " + creation.Type?.Name;
                            provenance = " (built from '" + inner + "')";
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
                            if (member != null && FirstFinding(member, depth, visiting, out string inner, out origin))
                            {
                                name = "new " + creation.Type?.Name;
                                provenance = " (built from '" + inner + "')";
                                return true;
                            }
                        }
                    }

                    return TryWholeObject("new " + creation.Type?.Name, creation.Type, out name, out provenance, out origin);
                default:
                    return false;
            }
        }

        private bool TryMember(ISymbol member, IOperation? instance, ITypeSymbol? type, IOperation value, int depth, HashSet<ILocalSymbol>? visiting, out string name, out string provenance, out ISymbol? origin)
        {
            name = member.ContainingType?.Name + "." + member.Name;
            provenance = string.Empty;
            origin = member;
            if (model.IsPersonalDataSymbol(member))
            {
                return true;
            }

            // A member of a personal data value (customer.Address.City where Address is personal data) is personal data
            // unless it is a count, flag or number derived from it (email.Length).
            if (instance != null && CarriesValue(type) && !member.IsStatic
                && TryFind(instance, depth + 1, visiting, out string innerName, out string innerProvenance, out origin)
                && !innerProvenance.StartsWith(CarriesPrefix, StringComparison.Ordinal))
            {
                provenance = " (part of '" + innerName + "')";
                return true;
            }

            return TryWholeObject(name, type, out name, out provenance, out origin);
        }

        private bool TryLocal(ILocalReferenceOperation local, int depth, HashSet<ILocalSymbol>? visiting, out string name, out string provenance, out ISymbol? origin)
        {
            name = local.Local.Name;
            provenance = string.Empty;
            origin = null;
            visiting ??= new HashSet<ILocalSymbol>(SymbolEqualityComparer.Default);
            if (!visiting.Add(local.Local))
            {
                return false;
            }

            try
            {
                IOperation root = local;
                while (root.Parent != null)
                {
                    root = root.Parent;
                }

                LocalAssignments assignments = AssignmentsByBody.GetValue(root, static body => new LocalAssignments(body));
                List<IOperation>? values = assignments.ValuesOf(local.Local);
                if (values != null)
                {
                    foreach (IOperation assigned in values)
                    {
                        if (FirstFinding(assigned, depth, visiting, out string inner, out string innerProvenance, out origin))
                        {
                            // A local holding a whole object keeps saying what the object carries.
                            provenance = innerProvenance.StartsWith(CarriesPrefix, StringComparison.Ordinal) ? innerProvenance : " (from '" + inner + "')";
                            return true;
                        }
                    }
                }

                return TryWholeObject(local.Local.Name, local.Type, out name, out provenance, out origin);
            }
            finally
            {
                visiting.Remove(local.Local);
            }
        }

        private bool FirstFinding(IOperation value, int depth, HashSet<ILocalSymbol>? visiting, out string name, out ISymbol? origin) =>
            FirstFinding(value, depth, visiting, out name, out _, out origin);

        private bool FirstFinding(IOperation value, int depth, HashSet<ILocalSymbol>? visiting, out string name, out string provenance, out ISymbol? origin)
        {
            var inner = new List<PersonalDataFinding>(1);
            Collect(value, inner, depth + 1, visiting);
            name = inner.Count > 0 ? inner[0].Name : string.Empty;
            provenance = inner.Count > 0 ? inner[0].Provenance : string.Empty;
            origin = inner.Count > 0 ? inner[0].Origin : null;
            return inner.Count > 0;
        }

        private bool TryWholeObject(string valueName, ITypeSymbol? type, out string name, out string provenance, out ISymbol? origin)
        {
            name = valueName;
            provenance = string.Empty;
            origin = null;
            if (type is null)
            {
                return false;
            }

            if (model.IsPersonalDataType(type))
            {
                origin = type;
                return true;
            }

            ISymbol? carried = model.FindCarriedPersonalData(type);
            if (carried is null)
            {
                return false;
            }

            provenance = CarriesPrefix + carried.ContainingType?.Name + "." + carried.Name + "')";
            origin = carried;
            return true;
        }

        /// <summary>Whether a value of this type can hold the data it was derived from (a string, an object), as opposed
        /// to a number, flag or enum computed from it.</summary>
        private static bool CarriesValue(ITypeSymbol? type)
        {
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

        /// <summary>Whether <paramref name="method"/> redacts: <c>GdprAnalyzers.Annotations.Redact.*</c>,
        /// <c>Redactor.Redact</c> of Microsoft.Extensions.Compliance, or a method marked <c>[Redaction]</c>.</summary>
        public bool IsRedaction(IMethodSymbol method)
        {
            INamedTypeSymbol? type = method.ContainingType;
            if (type is null)
            {
                return false;
            }

            if (known.Redact != null && SymbolEqualityComparer.Default.Equals(type, known.Redact))
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

        private static bool IsStringComposition(IMethodSymbol method) =>
            method.IsStatic
            && method.ContainingType?.SpecialType == SpecialType.System_String
            && (method.Name == "Format" || method.Name == "Concat" || method.Name == "Join");

        /// <summary>The values assigned to each local of one body, gathered in one walk and kept while the body lives.</summary>
        private sealed class LocalAssignments
        {
            private readonly Dictionary<ILocalSymbol, List<IOperation>> values = new(SymbolEqualityComparer.Default);

            public LocalAssignments(IOperation body)
            {
                foreach (IOperation operation in body.Descendants())
                {
                    switch (operation)
                    {
                        case IVariableDeclaratorOperation { Initializer: { } initializer } declarator:
                            Add(declarator.Symbol, initializer.Value);
                            break;
                        case IAssignmentOperation { Target: ILocalReferenceOperation target } assignment:
                            Add(target.Local, assignment.Value);
                            break;
                    }
                }
            }

            public List<IOperation>? ValuesOf(ILocalSymbol local) => values.TryGetValue(local, out List<IOperation>? list) ? list : null;

            private void Add(ILocalSymbol local, IOperation value)
            {
                if (!values.TryGetValue(local, out List<IOperation>? list))
                {
                    list = new List<IOperation>(1);
                    values.Add(local, list);
                }

                list.Add(value);
            }
        }
    }
}
