using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;

namespace GdprAnalyzers
{
    /// <summary>
    /// Resolves a call of an interface or abstract member to the compilation's only implementation of it, so that
    /// method summaries can follow the call (a mailer behind an interface). Found on demand, per member called, among the
    /// non-abstract classes and structs declared in source; cached per member. Thread-safe.
    /// </summary>
    internal sealed class Implementations
    {
        private readonly Lazy<List<INamedTypeSymbol>> concreteTypes;
        private readonly ConcurrentDictionary<IMethodSymbol, IMethodSymbol?> single = new(SymbolEqualityComparer.Default);

        /// <param name="compilation">The compilation whose source types implement the members.</param>
        public Implementations(Compilation compilation)
        {
            concreteTypes = new Lazy<List<INamedTypeSymbol>>(() => ConcreteTypes(compilation), LazyThreadSafetyMode.ExecutionAndPublication);
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

        private IMethodSymbol? FindSingle(IMethodSymbol method)
        {
            if (method.ContainingType is not { } owner)
            {
                return null;
            }

            IMethodSymbol? found = null;
            foreach (INamedTypeSymbol type in concreteTypes.Value)
            {
                IMethodSymbol? implementation = owner.TypeKind == TypeKind.Interface ? InterfaceImplementation(type, owner, method) : Override(type, owner, method);
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

        private static IMethodSymbol? Override(INamedTypeSymbol type, INamedTypeSymbol owner, IMethodSymbol method)
        {
            if (!DerivesFrom(type, owner))
            {
                return null;
            }

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

        private static bool DerivesFrom(INamedTypeSymbol type, INamedTypeSymbol owner)
        {
            for (INamedTypeSymbol? current = type.BaseType; current != null; current = current.BaseType)
            {
                if (SymbolEqualityComparer.Default.Equals(current.OriginalDefinition, owner))
                {
                    return true;
                }
            }

            return false;
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
