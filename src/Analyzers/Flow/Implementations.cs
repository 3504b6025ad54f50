using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;

namespace GdprAnalyzers
{
    /// <summary>
    /// Resolves a call of an interface or abstract member to the compilation's only implementation of it, so that
    /// method summaries can follow the call (a mailer behind an interface). One pass over the source types indexes the
    /// non-abstract classes and structs by the interfaces and base classes they have; each member called is then resolved
    /// among its type's subtypes only, and cached. Thread-safe.
    /// </summary>
    internal sealed class Implementations
    {
        private readonly Lazy<Dictionary<INamedTypeSymbol, List<INamedTypeSymbol>>> subtypes;
        private readonly ConcurrentDictionary<IMethodSymbol, IMethodSymbol?> single = new(SymbolEqualityComparer.Default);

        /// <param name="compilation">The compilation whose source types implement the members.</param>
        public Implementations(Compilation compilation)
        {
            subtypes = new Lazy<Dictionary<INamedTypeSymbol, List<INamedTypeSymbol>>>(() => Subtypes(compilation), LazyThreadSafetyMode.ExecutionAndPublication);
        }

        /// <summary>The only source implementation of an abstract or interface <paramref name="method"/> (an original
        /// definition); the method itself when it is not abstract, or has no or several implementations.</summary>
        public IMethodSymbol Resolve(IMethodSymbol method)
        {
            if (!method.IsAbstract)
            {
                return method;
            }

            return single.GetOrAdd(method, FindSingle) ?? method;
        }

        /// <summary>The non-abstract source classes and structs that implement or derive from <paramref name="type"/> (an
        /// original definition), in source order; empty when none does.</summary>
        public IReadOnlyList<INamedTypeSymbol> SubtypesOf(INamedTypeSymbol type) =>
            subtypes.Value.TryGetValue(type.OriginalDefinition, out List<INamedTypeSymbol>? types) ? types : Array.Empty<INamedTypeSymbol>();

        /// <summary>
        /// The source types a type parameter may stand for at run time, at most <paramref name="limit"/>: the source
        /// classes and structs that satisfy all its constraint types; for an unconstrained request type of a MediatR
        /// pipeline behaviour (the first type argument of <c>IPipelineBehavior&lt;TRequest, TResponse&gt;</c>, which
        /// MediatR instantiates for every request), the source requests (<c>IBaseRequest</c>) and, for a notification
        /// handler's, notifications (<c>INotification</c>). Empty when nothing constrains it.
        /// </summary>
        public List<INamedTypeSymbol> InstantiationsOf(ITypeParameterSymbol parameter, KnownSymbols known, int limit)
        {
            var result = new List<INamedTypeSymbol>();
            IReadOnlyList<INamedTypeSymbol>? candidates = null;
            var constraints = new List<INamedTypeSymbol>();
            foreach (ITypeSymbol constraint in parameter.ConstraintTypes)
            {
                if (constraint is INamedTypeSymbol named && constraint.SpecialType != SpecialType.System_Object)
                {
                    constraints.Add(named);
                }
            }

            if (constraints.Count > 0)
            {
                candidates = SubtypesOf(constraints[0]);
            }
            else if (parameter.DeclaringType is { } owner)
            {
                foreach (INamedTypeSymbol @interface in owner.AllInterfaces)
                {
                    if (@interface.TypeArguments.Length > 0 && SymbolEqualityComparer.Default.Equals(@interface.TypeArguments[0], parameter)
                        && known.MediatRMessageMarker(@interface) is { } marker)
                    {
                        candidates = SubtypesOf(marker);
                        break;
                    }
                }
            }

            foreach (INamedTypeSymbol candidate in candidates ?? Array.Empty<INamedTypeSymbol>())
            {
                if (result.Count >= limit)
                {
                    break;
                }

                bool satisfies = true;
                for (int i = 1; i < constraints.Count && satisfies; i++)
                {
                    satisfies = SubtypesOf(constraints[i]).Contains(candidate, SymbolEqualityComparer.Default);
                }

                if (satisfies && !candidate.IsGenericType)
                {
                    result.Add(candidate);
                }
            }

            return result;
        }

        private IMethodSymbol? FindSingle(IMethodSymbol method)
        {
            if (method.ContainingType is not { } owner || !subtypes.Value.TryGetValue(owner, out List<INamedTypeSymbol>? types))
            {
                return null;
            }

            IMethodSymbol? found = null;
            foreach (INamedTypeSymbol type in types)
            {
                IMethodSymbol? implementation = owner.TypeKind == TypeKind.Interface ? InterfaceImplementation(type, owner, method) : Override(type, method);
                if (implementation is null || SymbolEqualityComparer.Default.Equals(implementation, found))
                {
                    continue;
                }

                if (found != null)
                {
                    return null; // Several implementations: the call cannot be resolved.
                }

                found = implementation;
            }

            return found;
        }

        private static IMethodSymbol? InterfaceImplementation(INamedTypeSymbol type, INamedTypeSymbol owner, IMethodSymbol method)
        {
            foreach (INamedTypeSymbol @interface in type.AllInterfaces)
            {
                if (!SymbolEqualityComparer.Default.Equals(@interface.OriginalDefinition, owner))
                {
                    continue;
                }

                foreach (ISymbol member in @interface.GetMembers(method.Name))
                {
                    if (member is IMethodSymbol interfaceMethod && SymbolEqualityComparer.Default.Equals(interfaceMethod.OriginalDefinition, method)
                        && type.FindImplementationForInterfaceMember(interfaceMethod) is IMethodSymbol implementation
                        && implementation.Locations.Length > 0 && implementation.Locations[0].IsInSource)
                    {
                        return implementation;
                    }
                }
            }

            return null;
        }

        private static IMethodSymbol? Override(INamedTypeSymbol type, IMethodSymbol method)
        {
            foreach (ISymbol member in type.GetMembers(method.Name))
            {
                for (IMethodSymbol? overridden = (member as IMethodSymbol)?.OverriddenMethod; overridden != null; overridden = overridden.OverriddenMethod)
                {
                    if (SymbolEqualityComparer.Default.Equals(overridden.OriginalDefinition, method))
                    {
                        return (IMethodSymbol)member;
                    }
                }
            }

            return null;
        }

        /// <summary>Every interface and base class (original definitions) with the non-abstract source classes and
        /// structs that implement or derive from it.</summary>
        private static Dictionary<INamedTypeSymbol, List<INamedTypeSymbol>> Subtypes(Compilation compilation)
        {
            var result = new Dictionary<INamedTypeSymbol, List<INamedTypeSymbol>>(SymbolEqualityComparer.Default);
            foreach (INamedTypeSymbol type in ConcreteTypes(compilation))
            {
                foreach (INamedTypeSymbol @interface in type.AllInterfaces)
                {
                    Add(result, @interface.OriginalDefinition, type);
                }

                for (INamedTypeSymbol? baseType = type.BaseType; baseType != null && baseType.SpecialType != SpecialType.System_Object; baseType = baseType.BaseType)
                {
                    Add(result, baseType.OriginalDefinition, type);
                }
            }

            return result;
        }

        private static void Add(Dictionary<INamedTypeSymbol, List<INamedTypeSymbol>> result, INamedTypeSymbol key, INamedTypeSymbol type)
        {
            if (!result.TryGetValue(key, out List<INamedTypeSymbol>? list))
            {
                list = new List<INamedTypeSymbol>();
                result.Add(key, list);
            }

            if (list.Count == 0 || !SymbolEqualityComparer.Default.Equals(list[list.Count - 1], type))
            {
                list.Add(type);
            }
        }

        private static List<INamedTypeSymbol> ConcreteTypes(Compilation compilation)
        {
            var result = new List<INamedTypeSymbol>();
            var stack = new Stack<INamespaceOrTypeSymbol>();
            stack.Push(compilation.Assembly.GlobalNamespace);
            while (stack.Count > 0)
            {
                INamespaceOrTypeSymbol current = stack.Pop();
                IEnumerable<INamespaceOrTypeSymbol> members = current is INamespaceSymbol ns ? ns.GetMembers() : current.GetTypeMembers();
                foreach (INamespaceOrTypeSymbol member in members)
                {
                    stack.Push(member);
                    if (member is INamedTypeSymbol { TypeKind: TypeKind.Class or TypeKind.Struct, IsAbstract: false } type)
                    {
                        result.Add(type);
                    }
                }
            }

            return result;
        }
    }
}
