using System.Collections.Concurrent;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace GdprAnalyzers
{
    /// <summary>
    /// Where a <c>[PersonalData]</c> contract on a method's return value or parameter is worth proposing (GDPR007): the
    /// boundaries the flow engine cannot see across, and the declared types that are not a place for one. Thread-safe;
    /// one per compilation.
    /// </summary>
    internal sealed class ContractBoundaryModel
    {
        private readonly KnownSymbols known;
        private readonly List<INamedTypeSymbol> frameworkResults;
        private readonly List<INamedTypeSymbol> endpoints;
        private readonly ConcurrentDictionary<IMethodSymbol, OwnerBox> owners = new(SymbolEqualityComparer.Default);
        private readonly ConcurrentDictionary<ITypeSymbol, bool> results = new(SymbolEqualityComparer.Default);

        public ContractBoundaryModel(KnownSymbols known)
        {
            this.known = known;
            frameworkResults = Referenced(FrameworkResultTypes(known));
            endpoints = Referenced(EndpointTypes(known));
        }

        /// <summary>Framework result wrappers: what a method returns to the framework (an HTTP response, the outcome of an
        /// Identity operation, a validation message), never data a caller reads. A type that is, derives from or
        /// implements one of these, or a <c>Task</c> or <c>ValueTask</c> of one, takes no contract.</summary>
        private static INamedTypeSymbol?[] FrameworkResultTypes(KnownSymbols known) =>
            new[]
            {
                known.MvcActionResult,
                known.MvcConvertToActionResult,
                known.AspNetResult,
                known.IdentityResult,
                known.IdentitySignInResult,
                known.ValidationResult,
            };

        /// <summary>Types whose public methods the framework calls and whose results it writes to a response: MVC and API
        /// controllers, Razor Pages page models, SignalR hubs.</summary>
        private static INamedTypeSymbol?[] EndpointTypes(KnownSymbols known) =>
            new[]
            {
                known.MvcControllerBase,
                known.RazorPageModel,
                known.SignalRHub,
            };

        /// <summary>Those of <paramref name="types"/> that the compilation references.</summary>
        private static List<INamedTypeSymbol> Referenced(INamedTypeSymbol?[] types)
        {
            var referenced = new List<INamedTypeSymbol>(types.Length);
            foreach (INamedTypeSymbol? type in types)
            {
                if (type != null)
                {
                    referenced.Add(type);
                }
            }

            return referenced;
        }

        /// <summary>The type a <c>Task&lt;T&gt;</c> or <c>ValueTask&lt;T&gt;</c> completes with; any other type itself.</summary>
        public ITypeSymbol Awaited(ITypeSymbol type) =>
            type is INamedTypeSymbol { IsGenericType: true } generic
            && (SymbolEqualityComparer.Default.Equals(generic.OriginalDefinition, known.TaskOfT) || SymbolEqualityComparer.Default.Equals(generic.OriginalDefinition, known.ValueTaskOfT))
                ? generic.TypeArguments[0]
                : type;

        /// <summary>
        /// Where the contract of <paramref name="method"/>'s return value and parameters is declared, or null when none
        /// is worth proposing. For an override or an interface implementation, the member it overrides or implements
        /// (the root of the chain of overrides, or the first interface member in source): the contract is written there
        /// and inherited. That member, or <paramref name="method"/> itself, must be declared in this compilation's source
        /// and sit at a boundary that the flow engine's summaries do not cross: a member of an interface, an abstract
        /// member, or a member visible outside the assembly (public or protected, in types that are all public or
        /// protected). A private or internal helper is followed through its summary, and a member that implements another
        /// assembly's interface (an Identity user store) takes its contract from there.
        /// </summary>
        public IMethodSymbol? ContractOwner(IMethodSymbol method) => owners.GetOrAdd(method, ComputeOwner).Owner;

        /// <summary>Whether a value of <paramref name="type"/> can carry personal data to a caller: not <c>void</c>,
        /// <c>bool</c>, an enum, a delegate, a <c>Task</c> or <c>ValueTask</c> without a result, or a task of one of
        /// these.</summary>
        public bool CarriesValue(ITypeSymbol type)
        {
            if (SymbolEqualityComparer.Default.Equals(type, known.Task) || SymbolEqualityComparer.Default.Equals(type, known.ValueTask))
            {
                return false;
            }

            type = Awaited(type);
            return type.SpecialType is not (SpecialType.System_Boolean or SpecialType.System_Void) && type.TypeKind != TypeKind.Enum
                && type.TypeKind != TypeKind.Delegate;
        }

        /// <summary>Whether <paramref name="type"/> is a framework result wrapper (<see cref="FrameworkResultTypes"/>) or
        /// a task of one.</summary>
        public bool IsFrameworkResult(ITypeSymbol type)
        {
            if (frameworkResults.Count == 0)
            {
                return false;
            }

            return results.GetOrAdd(Awaited(type), ComputeFrameworkResult);
        }

        /// <summary>Whether <paramref name="method"/> is an endpoint the framework calls (a public instance method of a
        /// controller, page model or hub, <see cref="EndpointTypes"/>): its result goes to the response, not to a caller
        /// that could rely on a contract.</summary>
        public bool IsEndpoint(IMethodSymbol method)
        {
            if (endpoints.Count == 0 || method.IsStatic || method.DeclaredAccessibility != Accessibility.Public)
            {
                return false;
            }

            for (INamedTypeSymbol? type = method.ContainingType?.BaseType; type != null; type = type.BaseType)
            {
                foreach (INamedTypeSymbol endpoint in endpoints)
                {
                    if (SymbolEqualityComparer.Default.Equals(type.OriginalDefinition, endpoint))
                    {
                        return true;
                    }
                }
            }

            return false;
        }

        /// <summary>Whether <paramref name="type"/> is a type parameter or is built on one (<c>T</c>, <c>Message&lt;T&gt;</c>,
        /// <c>T[]</c>, <c>Task&lt;List&lt;T&gt;&gt;</c>): a generic value carries whatever its callers put in, and a
        /// contract on it would mark every use.</summary>
        public static bool IsGeneric(ITypeSymbol type)
        {
            if (type is not (ITypeParameterSymbol or IArrayTypeSymbol or INamedTypeSymbol { IsGenericType: true }))
            {
                return false; // Most types: nothing to look into.
            }

            var pending = new Stack<ITypeSymbol>();
            pending.Push(type);
            for (int visited = 0; pending.Count > 0 && visited < 64; visited++)
            {
                switch (pending.Pop())
                {
                    case ITypeParameterSymbol:
                        return true;
                    case IArrayTypeSymbol array:
                        pending.Push(array.ElementType);
                        break;
                    case INamedTypeSymbol { IsGenericType: true } named:
                        foreach (ITypeSymbol argument in named.TypeArguments)
                        {
                            pending.Push(argument);
                        }

                        break;
                }
            }

            return false;
        }

        private bool ComputeFrameworkResult(ITypeSymbol type)
        {
            for (ITypeSymbol? current = type; current != null; current = current.BaseType)
            {
                if (IsKnownResult(current.OriginalDefinition))
                {
                    return true;
                }
            }

            foreach (INamedTypeSymbol @interface in type.AllInterfaces)
            {
                if (IsKnownResult(@interface.OriginalDefinition))
                {
                    return true;
                }
            }

            return false;
        }

        private bool IsKnownResult(ITypeSymbol type)
        {
            foreach (INamedTypeSymbol result in frameworkResults)
            {
                if (SymbolEqualityComparer.Default.Equals(type, result))
                {
                    return true;
                }
            }

            return false;
        }

        private static OwnerBox ComputeOwner(IMethodSymbol method)
        {
            IMethodSymbol owner = method;
            while (owner.OverriddenMethod is { } overridden)
            {
                owner = overridden.OriginalDefinition;
            }

            if (SymbolEqualityComparer.Default.Equals(owner, method) && ImplementedInterfaceMember(method) is { } implemented)
            {
                owner = implemented;
            }

            if (SymbolEqualityComparer.Default.Equals(owner, method) && MayImplementUnresolved(method))
            {
                return new OwnerBox(null);
            }

            return new OwnerBox(IsBoundary(owner) ? owner : null);
        }

        /// <summary>Whether <paramref name="method"/> may override or implement a member the compilation cannot see: it is
        /// an <c>override</c> whose base does not bind, or its type lists a base class or interface that does not bind
        /// (a project reference not built yet). The contract would then belong to that member, so none is proposed here.</summary>
        private static bool MayImplementUnresolved(IMethodSymbol method)
        {
            if (method.IsOverride && method.OverriddenMethod is null)
            {
                return true;
            }

            if (method.IsStatic || method.DeclaredAccessibility != Accessibility.Public || method.ContainingType is not { } type)
            {
                return false;
            }

            int depth = 0;
            for (INamedTypeSymbol? current = type; current != null && depth < 32; current = current.BaseType, depth++)
            {
                if (current.TypeKind == TypeKind.Error)
                {
                    return true;
                }

                foreach (INamedTypeSymbol @interface in current.Interfaces)
                {
                    if (@interface.TypeKind == TypeKind.Error)
                    {
                        return true;
                    }
                }
            }

            return false;
        }

        private static bool IsBoundary(IMethodSymbol method)
        {
            if (method.Locations.Length == 0 || !method.Locations[0].IsInSource || method.IsImplicitlyDeclared || !method.CanBeReferencedByName
                || method.MethodKind != MethodKind.Ordinary)
            {
                return false;
            }

            if (method.ContainingType is { TypeKind: TypeKind.Interface } || method.IsAbstract)
            {
                return true; // Followed into an implementation only when there is exactly one.
            }

            for (ISymbol? current = method; current != null && current is not INamespaceSymbol; current = current.ContainingType)
            {
                if (current.DeclaredAccessibility is not (Accessibility.Public or Accessibility.Protected or Accessibility.ProtectedOrInternal))
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>The interface member <paramref name="method"/> implements, explicitly or implicitly (one declared in
        /// source first), or null.</summary>
        private static IMethodSymbol? ImplementedInterfaceMember(IMethodSymbol method)
        {
            IMethodSymbol? found = null;
            foreach (IMethodSymbol explicitImplementation in method.ExplicitInterfaceImplementations)
            {
                found = Prefer(found, explicitImplementation.OriginalDefinition);
            }

            INamedTypeSymbol? type = method.ContainingType;
            if (type is null || method.IsStatic || method.MethodKind != MethodKind.Ordinary || type.TypeKind == TypeKind.Interface)
            {
                return found;
            }

            foreach (INamedTypeSymbol @interface in type.AllInterfaces)
            {
                foreach (ISymbol member in @interface.GetMembers(method.Name))
                {
                    if (member is IMethodSymbol interfaceMethod && SymbolEqualityComparer.Default.Equals(type.FindImplementationForInterfaceMember(member), method))
                    {
                        found = Prefer(found, interfaceMethod.OriginalDefinition);
                    }
                }
            }

            return found;
        }

        private static IMethodSymbol Prefer(IMethodSymbol? current, IMethodSymbol candidate) =>
            current is null || (!SymbolRelations.IsInSource(current) && SymbolRelations.IsInSource(candidate)) ? candidate : current;


        /// <summary>A cache entry that may hold null.</summary>
        private sealed class OwnerBox
        {
            public OwnerBox(IMethodSymbol? owner) => Owner = owner;

            public IMethodSymbol? Owner { get; }
        }
    }
}
