using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace GdprAnalyzers
{
    /// <summary>
    /// The sources of GDPR001 to GDPR004 and GDPR007: personal data the code declares. A property, field, parameter or
    /// method result is personal data when it is marked (GdprAnalyzers' <c>[PersonalData]</c>, ASP.NET Core Identity's
    /// <c>[PersonalData]</c> and <c>[ProtectedPersonalData]</c>, a Microsoft.Extensions.Compliance data classification),
    /// through an overridden or implemented member or a positional record parameter, when its type is marked, when the
    /// user's models file (<c>GdprAnalyzers.Models.txt</c>) says so, or, with <c>gdpr.framework_sources</c> on, when it is
    /// a framework member whose value identifies a person wherever it comes from (a claim's value, the signed-in user's
    /// name, the client's IP address). Thread-safe; the costly answers are cached.
    /// </summary>
    internal sealed class AnnotatedPersonalDataSources : PersonalDataModel
    {
        private readonly ConcurrentDictionary<IMethodSymbol, bool> returnCache = new(SymbolEqualityComparer.Default);
        private readonly ConcurrentDictionary<ITypeSymbol, bool> typeCache = new(SymbolEqualityComparer.Default);
        private readonly ConcurrentDictionary<INamedTypeSymbol, ImmutableArray<IPropertySymbol>> markedInterfaceProperties = new(SymbolEqualityComparer.Default);

        /// <param name="known">The compilation's well-known types.</param>
        /// <param name="honourLogExclusions">See <see cref="PersonalDataModel(KnownSymbols, bool)"/>.</param>
        /// <param name="rawBodies">Whether raw request and HTTP message bodies are sources (<see cref="RawBodySources"/>);
        /// by default where log exclusions are honoured, that is for the log rules. GDPR009 says false: on real code the
        /// bodies that reached exception messages were manifests and checksums of downloads, never a person's data.</param>
        public AnnotatedPersonalDataSources(KnownSymbols known, bool honourLogExclusions, bool? rawBodies = null)
            : base(known, honourLogExclusions)
        {
            RawBodies = rawBodies ?? honourLogExclusions;
        }

        /// <summary>Whether raw request and HTTP message bodies are sources (see the constructor).</summary>
        public bool RawBodies { get; }

        /// <summary>With framework sources on: a request header that identifies the client
        /// (<see cref="PersonalDataModel.IdentifyingHeader"/>), named <c>header X-Forwarded-For</c>; with <see cref="RawBodies"/>, the raw
        /// body or form of a request or HTTP message (<see cref="RawBodySources"/>), named <c>the request's body</c>.</summary>
        public override SourceAnswer SourceOf(IOperation value)
        {
            if (!Known.FrameworkSources)
            {
                return SourceAnswer.NoOpinion;
            }

            if (value is IPropertyReferenceOperation { Property.IsIndexer: true } indexer)
            {
                return IdentifyingHeader(indexer) is { } header ? SourceAnswer.Source("header " + header) : SourceAnswer.NoOpinion;
            }

            return RawBodies && RawBodySources.NameOf(value) is { } raw ? SourceAnswer.Source(raw) : SourceAnswer.NoOpinion;
        }

        /// <inheritdoc/>
        public override bool IsPersonalDataSymbol(ISymbol symbol)
        {
            if (symbol is not (IPropertySymbol or IFieldSymbol or IParameterSymbol or IMethodSymbol))
            {
                return false; // Locals and the like are personal data only through the values they hold (the flow engine).
            }

            // Not cached per symbol: a flow touches many symbols once, and each part of the answer (attributes, types,
            // interface members) is cached where it is costly; a dictionary write per symbol cost more than it saved.
            if (Known.User.IsPersonalData(symbol) is bool declared)
            {
                return declared;
            }

            if (Known.FrameworkSources && FrameworkSources.Contains(symbol))
            {
                return true;
            }

            return symbol switch
            {
                IPropertySymbol property => IsPersonalDataProperty(property),
                IFieldSymbol field => HasPersonalDataAttribute(field.GetAttributes())
                    || (field.AssociatedSymbol is IPropertySymbol associated && IsPersonalDataProperty(associated))
                    || IsPersonalDataType(field.Type),
                IParameterSymbol parameter => IsPersonalDataParameter(parameter),
                IMethodSymbol method => ReturnsPersonalData(method),
                _ => false,
            };
        }

        /// <summary>Framework members whose values are personal data wherever they come from (GDPR Recital 30: online
        /// identifiers; Art. 4(1): the signed-in person's identity).</summary>
        private static readonly LibraryMembers FrameworkSources = new(
            "Microsoft.AspNetCore.Http.ConnectionInfo.RemoteIpAddress",
            "Microsoft.AspNetCore.Http.IHeaderDictionary.UserAgent",
            "Microsoft.AspNetCore.Http.IHeaderDictionary.XForwardedFor",
            "System.Security.Principal.IIdentity.Name",
            "System.Security.Claims.ClaimsIdentity.Name",
            "System.Security.Principal.GenericIdentity.Name",
            "System.Security.Claims.Claim.Value",
            "System.Security.Claims.ClaimsPrincipalExtensions.FindFirstValue",
            "System.Security.Claims.PrincipalExtensions.FindFirstValue",
            "System.Environment.UserName");

        /// <summary>
        /// Whether a call's result quotes the user it was given: an <c>IdentityResult</c> (or a task of one) returned by a
        /// method of ASP.NET Core Identity's <c>UserManager&lt;TUser&gt;</c> that validates the user (every method that
        /// updates it: <c>CreateAsync</c>, <c>SetEmailAsync</c>, <c>AddPasswordAsync</c>, <c>RemovePasswordAsync</c>...),
        /// whose errors (<c>DuplicateUserName</c>, <c>DuplicateEmail</c>, <c>InvalidUserName</c>, <c>InvalidEmail</c> of
        /// <c>IdentityErrorDescriber</c>) quote the user's name or e-mail address. <c>DeleteAsync</c> does not validate and
        /// its errors quote nothing.
        /// </summary>
        public override bool ResultQuotesUser(IMethodSymbol method)
        {
            if (!Known.FrameworkSources || method.Name == "DeleteAsync"
                || method.ContainingType is not { Name: "UserManager", TypeArguments.Length: 1 } manager
                || manager.ContainingNamespace?.ToDisplayString() != "Microsoft.AspNetCore.Identity")
            {
                return false;
            }

            ITypeSymbol result = method.ReturnType is INamedTypeSymbol { Name: "Task", TypeArguments.Length: 1 } task ? task.TypeArguments[0] : method.ReturnType;
            return result.Name == "IdentityResult";
        }

        /// <summary>Whether values of <paramref name="type"/> are personal data: the type (or a base type) is marked,
        /// or it is a nullable, array or sequence of such a type (element types followed at most
        /// <see cref="PersonalDataModel.MaxElementNesting"/> deep, and not past a type already seen).</summary>
        public override bool IsPersonalDataType(ITypeSymbol? type)
        {
            if (type is null || type.SpecialType != SpecialType.None || type.TypeKind == TypeKind.Enum)
            {
                return false;
            }

            if (typeCache.TryGetValue(type, out bool cached))
            {
                return cached;
            }

            // Down the chain of element types (a list of arrays of nullable customers), in a loop: a type that is a
            // sequence of itself (class Node : IEnumerable<Node>, Newtonsoft's JToken) or of a type that is a sequence of
            // it ends the chain where it comes back, and the chain is at most MaxElementNesting long.
            bool result = false;
            HashSet<ITypeSymbol>? seen = null;
            ITypeSymbol? current = type;
            for (int nesting = 0; current != null && nesting <= MaxElementNesting; nesting++)
            {
                if (Known.User.IsPersonalData(current) is bool declared)
                {
                    result = declared;
                    break;
                }

                if (IsMarkedType(current))
                {
                    result = true;
                    break;
                }

                ITypeSymbol? element = ElementType(current);
                if (element is null)
                {
                    break;
                }

                seen ??= new HashSet<ITypeSymbol>(SymbolEqualityComparer.Default) { type };
                if (element.SpecialType != SpecialType.None || element.TypeKind == TypeKind.Enum || !seen.Add(element))
                {
                    break;
                }

                if (typeCache.TryGetValue(element, out cached))
                {
                    result = cached;
                    break;
                }

                current = element;
            }

            typeCache[type] = result;
            return result;
        }


        /// <summary>Whether the type or one of its base types is marked as personal data (a bounded walk: base type chains
        /// are finite and acyclic in any compilation that binds; broken code is cut at <see cref="MaxBaseTypes"/>).</summary>
        private bool IsMarkedType(ITypeSymbol type)
        {
            int steps = 0;
            for (INamedTypeSymbol? current = type as INamedTypeSymbol; current != null && steps < MaxBaseTypes; current = current.BaseType, steps++)
            {
                if (HasPersonalDataAttribute(current.GetAttributes()))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>How many base types a walk up the inheritance chain looks at.</summary>
        private const int MaxBaseTypes = 1_000;

        private bool IsPersonalDataProperty(IPropertySymbol property)
        {
            if (HasPersonalDataAttribute(property.GetAttributes()) || IsPersonalDataType(property.Type))
            {
                return true;
            }

            if (property.OverriddenProperty is { } overridden && IsPersonalDataSymbol(overridden))
            {
                return true;
            }

            foreach (IPropertySymbol implemented in property.ExplicitInterfaceImplementations)
            {
                if (IsPersonalDataSymbol(implemented))
                {
                    return true;
                }
            }

            INamedTypeSymbol? containing = property.ContainingType;
            if (containing is null)
            {
                return false;
            }

            if (containing.IsRecord && property.Locations.Length == 1 && property.Locations[0].IsInSource)
            {
                // A positional record's property is declared by the primary constructor's parameter, at the same place.
                foreach (IMethodSymbol constructor in containing.InstanceConstructors)
                {
                    foreach (IParameterSymbol parameter in constructor.Parameters)
                    {
                        if (parameter.Name == property.Name && parameter.Locations.Length == 1 && parameter.Locations[0] == property.Locations[0])
                        {
                            return HasPersonalDataAttribute(parameter.GetAttributes());
                        }
                    }
                }
            }

            // Implicit interface implementation: the interface member may carry the mark.
            foreach (IPropertySymbol interfaceProperty in MarkedInterfaceProperties(containing))
            {
                if (interfaceProperty.Name == property.Name
                    && SymbolEqualityComparer.Default.Equals(containing.FindImplementationForInterfaceMember(interfaceProperty), property))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>The properties marked as personal data on the interfaces <paramref name="type"/> implements (usually
        /// none), cached per type: asking each property of a type would list the type's interfaces again and again.</summary>
        private ImmutableArray<IPropertySymbol> MarkedInterfaceProperties(INamedTypeSymbol type)
        {
            if (markedInterfaceProperties.TryGetValue(type, out ImmutableArray<IPropertySymbol> cached))
            {
                return cached;
            }

            ImmutableArray<IPropertySymbol>.Builder? marked = null;
            foreach (INamedTypeSymbol @interface in type.AllInterfaces)
            {
                foreach (ISymbol member in @interface.GetMembers())
                {
                    if (member is IPropertySymbol interfaceProperty && HasPersonalDataAttribute(interfaceProperty.GetAttributes()))
                    {
                        (marked ??= ImmutableArray.CreateBuilder<IPropertySymbol>()).Add(interfaceProperty);
                    }
                }
            }

            ImmutableArray<IPropertySymbol> result = marked?.ToImmutable() ?? ImmutableArray<IPropertySymbol>.Empty;
            markedInterfaceProperties[type] = result;
            return result;
        }

        private bool IsPersonalDataParameter(IParameterSymbol parameter)
        {
            if (HasPersonalDataAttribute(parameter.GetAttributes()) || IsPersonalDataType(parameter.Type))
            {
                return true;
            }

            if (parameter.ContainingSymbol is IMethodSymbol { OverriddenMethod: { } overridden } && parameter.Ordinal < overridden.Parameters.Length)
            {
                return IsPersonalDataSymbol(overridden.Parameters[parameter.Ordinal]);
            }

            if (parameter.ContainingSymbol is IMethodSymbol method)
            {
                foreach (IMethodSymbol implemented in ImplementedInterfaceMethods(method))
                {
                    if (parameter.Ordinal < implemented.Parameters.Length && HasPersonalDataAttribute(implemented.Parameters[parameter.Ordinal].GetAttributes()))
                    {
                        return true;
                    }
                }
            }

            return false;
        }

        /// <summary>Whether <paramref name="method"/>'s result is personal data: <c>[return: PersonalData]</c> on it or on
        /// a member it overrides, or a return type marked <c>[PersonalData]</c>.</summary>
        public override bool ReturnsPersonalData(IMethodSymbol method)
        {
            if (method.ReturnsVoid)
            {
                return false;
            }

            if (returnCache.TryGetValue(method, out bool cached))
            {
                return cached;
            }

            bool result = ComputeReturnsPersonalData(method);
            returnCache[method] = result;
            return result;
        }

        private bool ComputeReturnsPersonalData(IMethodSymbol method)
        {
            if (Known.FrameworkSources && FrameworkSources.Contains(method))
            {
                return true; // User.FindFirstValue(ClaimTypes.Email): a claim value.
            }

            for (IMethodSymbol? current = method; current != null; current = current.OverriddenMethod)
            {
                if (HasPersonalDataAttribute(current.GetReturnTypeAttributes()))
                {
                    return true;
                }
            }

            foreach (IMethodSymbol implemented in ImplementedInterfaceMethods(method))
            {
                if (HasPersonalDataAttribute(implemented.GetReturnTypeAttributes()))
                {
                    return true;
                }
            }

            return IsPersonalDataType(method.ReturnType);
        }

        /// <summary>The interface methods <paramref name="method"/> implements, explicitly or implicitly.</summary>
        private static IEnumerable<IMethodSymbol> ImplementedInterfaceMethods(IMethodSymbol method)
        {
            foreach (IMethodSymbol explicitImplementation in method.ExplicitInterfaceImplementations)
            {
                yield return explicitImplementation;
            }

            INamedTypeSymbol? type = method.ContainingType;
            if (type is null || method.IsStatic || method.MethodKind != MethodKind.Ordinary || type.TypeKind == TypeKind.Interface)
            {
                yield break;
            }

            foreach (INamedTypeSymbol @interface in type.AllInterfaces)
            {
                foreach (ISymbol member in @interface.GetMembers(method.Name))
                {
                    if (member is IMethodSymbol interfaceMethod
                        && SymbolEqualityComparer.Default.Equals(type.FindImplementationForInterfaceMember(interfaceMethod), method))
                    {
                        yield return interfaceMethod;
                    }
                }
            }
        }

    }
}
