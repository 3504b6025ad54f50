using System;
using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;

namespace GdprAnalyzers
{
    /// <summary>
    /// The EF Core entity types of a compilation, found through symbols only (no method body is bound): the type
    /// arguments of <c>DbSet&lt;T&gt;</c> properties of <c>DbContext</c> subclasses declared in source (inherited ones
    /// included, so <c>IdentityDbContext&lt;TUser&gt;.Users</c> counts), then the types their navigation properties reach.
    /// Built lazily, once per compilation, on first use; thread-safe.
    /// </summary>
    internal sealed class EntityModel
    {
        private readonly Compilation compilation;
        private readonly INamedTypeSymbol? dbContext;
        private readonly INamedTypeSymbol? dbSet;
        private readonly Lazy<Dictionary<ITypeSymbol, List<EntityStore>>> entities;
        private readonly HashSet<ITypeSymbol> entityTypes = new(SymbolEqualityComparer.Default);

        public EntityModel(Compilation compilation, CancellationToken cancellationToken)
        {
            this.compilation = compilation;
            dbContext = compilation.GetTypeByMetadataName("Microsoft.EntityFrameworkCore.DbContext");
            dbSet = compilation.GetTypeByMetadataName("Microsoft.EntityFrameworkCore.DbSet`1");
            entities = new Lazy<Dictionary<ITypeSymbol, List<EntityStore>>>(() => Build(cancellationToken), LazyThreadSafetyMode.ExecutionAndPublication);
        }

        /// <summary>The <c>DbContext</c> type, or null where EF Core is not referenced.</summary>
        public INamedTypeSymbol? DbContext => dbContext;

        /// <summary>Whether EF Core is referenced at all.</summary>
        public bool IsAvailable => dbContext != null && dbSet != null;

        /// <summary>Where <paramref name="type"/> (an entity, or a base type of one) is stored, ordered by name; null if it
        /// is not stored.</summary>
        public IReadOnlyList<EntityStore>? StoresOf(ITypeSymbol type)
        {
            if (!IsAvailable)
            {
                return null;
            }

            return entities.Value.TryGetValue(type.OriginalDefinition, out List<EntityStore>? stores) ? stores : null;
        }

        /// <summary>Whether <paramref name="type"/> is itself an entity (exposed by a DbSet or reached by a navigation),
        /// not only the base type of one.</summary>
        public bool IsEntity(ITypeSymbol type) => IsAvailable && entities.Value != null && entityTypes.Contains(type.OriginalDefinition);

        /// <summary>Whether <paramref name="type"/> derives from <c>DbContext</c>.</summary>
        public bool IsDbContext(ITypeSymbol? type)
        {
            for (ITypeSymbol? current = type; current != null; current = current.BaseType)
            {
                if (SymbolEqualityComparer.Default.Equals(current, dbContext))
                {
                    return true;
                }
            }

            return false;
        }

        private Dictionary<ITypeSymbol, List<EntityStore>> Build(CancellationToken cancellationToken)
        {
            var result = new Dictionary<ITypeSymbol, List<EntityStore>>(SymbolEqualityComparer.Default);
            var queue = new Queue<ITypeSymbol>();
            foreach (INamedTypeSymbol type in SourceTypes(compilation.Assembly.GlobalNamespace, cancellationToken))
            {
                if (type.TypeKind != TypeKind.Class || !IsDbContext(type))
                {
                    continue;
                }

                for (INamedTypeSymbol? current = type; current != null && !SymbolEqualityComparer.Default.Equals(current, dbContext); current = current.BaseType)
                {
                    foreach (ISymbol member in current.GetMembers())
                    {
                        if (member is IPropertySymbol { IsStatic: false, Type: INamedTypeSymbol propertyType } property
                            && SymbolEqualityComparer.Default.Equals(propertyType.OriginalDefinition, dbSet))
                        {
                            // For an inherited DbSet<TUser>, find the type argument as seen from the derived context.
                            ITypeSymbol entity = Substitute(propertyType.TypeArguments[0], type, current);
                            Add(result, queue, entity, new EntityStore(type, property));
                        }
                    }
                }
            }

            // Navigations: entity members whose type (or element type) is a class or struct of this compilation.
            while (queue.Count > 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
                ITypeSymbol entity = queue.Dequeue();
                EntityStore store = result[entity][0];
                foreach (ISymbol member in entity.GetMembers())
                {
                    if (member is IPropertySymbol { IsStatic: false, IsIndexer: false } property && IsMapped(property))
                    {
                        ITypeSymbol target = SymbolRelations.SequenceElementType(property.Type) ?? property.Type;
                        if (target is INamedTypeSymbol { TypeKind: TypeKind.Class or TypeKind.Struct } named
                            && named.SpecialType == SpecialType.None
                            && SymbolEqualityComparer.Default.Equals(named.ContainingAssembly, compilation.Assembly))
                        {
                            Add(result, queue, named, store);
                        }
                    }
                }
            }

            foreach (List<EntityStore> stores in result.Values)
            {
                stores.Sort((a, b) => string.CompareOrdinal(a.DisplayName, b.DisplayName));
            }

            return result;
        }

        /// <summary>Whether EF Core maps a property by convention: it has a setter and no <c>[NotMapped]</c>.</summary>
        public static bool IsMapped(IPropertySymbol property)
        {
            if (property.SetMethod is null)
            {
                return false;
            }

            foreach (AttributeData attribute in property.GetAttributes())
            {
                if (attribute.AttributeClass is { Name: "NotMappedAttribute" } notMapped
                    && notMapped.ContainingNamespace?.ToDisplayString() == "System.ComponentModel.DataAnnotations.Schema")
                {
                    return false;
                }
            }

            return true;
        }

        private void Add(Dictionary<ITypeSymbol, List<EntityStore>> result, Queue<ITypeSymbol> queue, ITypeSymbol entity, EntityStore store)
        {
            // The entity and its base types (members declared there are stored too), each with every store it is in.
            for (ITypeSymbol? current = entity; current != null && current.SpecialType != SpecialType.System_Object; current = current.BaseType)
            {
                ITypeSymbol key = current.OriginalDefinition;
                if (!result.TryGetValue(key, out List<EntityStore>? stores))
                {
                    stores = new List<EntityStore>(1);
                    result.Add(key, stores);
                }

                bool known = false;
                foreach (EntityStore existing in stores)
                {
                    known |= SymbolEqualityComparer.Default.Equals(existing.Set, store.Set) && SymbolEqualityComparer.Default.Equals(existing.Context, store.Context);
                }

                if (!known)
                {
                    stores.Add(store);
                }

                if (SymbolEqualityComparer.Default.Equals(current, entity) && entityTypes.Add(key))
                {
                    queue.Enqueue(key);
                }
            }
        }

        private static ITypeSymbol Substitute(ITypeSymbol type, INamedTypeSymbol derived, INamedTypeSymbol declaring)
        {
            if (type is not ITypeParameterSymbol parameter)
            {
                return type;
            }

            for (INamedTypeSymbol? current = derived; current != null; current = current.BaseType)
            {
                if (SymbolEqualityComparer.Default.Equals(current.OriginalDefinition, declaring.OriginalDefinition))
                {
                    int index = parameter.Ordinal;
                    return index < current.TypeArguments.Length ? current.TypeArguments[index] : type;
                }
            }

            return type;
        }


        private static IEnumerable<INamedTypeSymbol> SourceTypes(INamespaceSymbol ns, CancellationToken cancellationToken)
        {
            var stack = new Stack<INamespaceOrTypeSymbol>();
            stack.Push(ns);
            while (stack.Count > 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
                INamespaceOrTypeSymbol current = stack.Pop();
                if (current is INamespaceSymbol currentNamespace)
                {
                    foreach (INamespaceSymbol childNamespace in currentNamespace.GetNamespaceMembers())
                    {
                        stack.Push(childNamespace);
                    }
                }

                // Types only: GetMembers() would make the compiler build every member of every type.
                foreach (INamedTypeSymbol type in current.GetTypeMembers())
                {
                    yield return type;
                    stack.Push(type);
                }
            }
        }
    }

    /// <summary>Where an entity is stored: the <c>DbContext</c> and its <c>DbSet</c> property, e.g. <c>AppDb.Customers</c>.</summary>
    internal sealed class EntityStore
    {
        public EntityStore(INamedTypeSymbol context, IPropertySymbol set)
        {
            Context = context;
            Set = set;
        }

        /// <summary>The context class of this compilation.</summary>
        public INamedTypeSymbol Context { get; }

        /// <summary>The <c>DbSet&lt;T&gt;</c> property (perhaps inherited, as <c>IdentityDbContext.Users</c>).</summary>
        public IPropertySymbol Set { get; }

        /// <summary>The name shown in messages.</summary>
        public string DisplayName => Context.Name + "." + Set.Name;
    }
}
