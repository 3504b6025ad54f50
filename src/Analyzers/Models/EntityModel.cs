using System;
using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace GdprAnalyzers
{
    /// <summary>
    /// The EF Core entity types of a compilation that are stored: the type arguments of <c>DbSet&lt;T&gt;</c> properties
    /// of <c>DbContext</c> subclasses declared in source (inherited ones included, so
    /// <c>IdentityDbContext&lt;TUser&gt;.Users</c> counts), then the types their navigation properties reach. Read models
    /// are left out: an entity that has no key (<c>[Keyless]</c>, <c>HasNoKey()</c>) or that is mapped to a view, a SQL
    /// query or a function (<c>ToView</c>, <c>ToSqlQuery</c>, <c>ToFunction</c>) and not to a table (<c>ToTable</c>) can
    /// not be saved, EF Core refuses to. The fluent configuration is read from <c>OnModelCreating</c> of the contexts and
    /// <c>Configure</c> of the <c>IEntityTypeConfiguration&lt;T&gt;</c> classes in source: only the calls with those names
    /// are bound. Built lazily, once per compilation, on first use; thread-safe.
    /// </summary>
    internal sealed class EntityModel
    {
        private readonly Compilation compilation;
        private readonly KnownSymbols known;
        private readonly INamedTypeSymbol? dbContext;
        private readonly INamedTypeSymbol? dbSet;
        private readonly Lazy<Dictionary<ITypeSymbol, List<EntityStore>>> entities;
        private readonly HashSet<ITypeSymbol> entityTypes = new(SymbolEqualityComparer.Default);
        private readonly HashSet<ITypeSymbol> setTypes = new(SymbolEqualityComparer.Default);
        private readonly Lazy<Dictionary<ISymbol, List<IInvocationOperation>>> conversions;

        /// <summary>The model configuration methods in source (<c>OnModelCreating</c>, <c>Configure</c>), found by
        /// <see cref="Build"/>.</summary>
        private readonly List<IMethodSymbol> configurations = new();

        public EntityModel(Compilation compilation, KnownSymbols known, CancellationToken cancellationToken)
        {
            this.compilation = compilation;
            this.known = known;
            dbContext = known.EfDbContext;
            dbSet = known.EfDbSet;
            entities = new Lazy<Dictionary<ITypeSymbol, List<EntityStore>>>(() => Build(cancellationToken), LazyThreadSafetyMode.ExecutionAndPublication);
            conversions = new Lazy<Dictionary<ISymbol, List<IInvocationOperation>>>(() => Conversions(cancellationToken), LazyThreadSafetyMode.ExecutionAndPublication);
        }

        /// <summary>
        /// The value conversions configured for an entity's <paramref name="property"/>: the <c>HasConversion(...)</c>
        /// calls on <c>Property(e =&gt; e.Member)</c> or <c>Property("Member")</c> of an <c>EntityTypeBuilder&lt;T&gt;</c> in
        /// the project's <c>OnModelCreating</c> and <c>IEntityTypeConfiguration&lt;T&gt;.Configure</c> methods, bound; empty
        /// when none. What a conversion does (encrypt, serialise) is for the caller to judge from its arguments.
        /// </summary>
        public IReadOnlyList<IInvocationOperation> ConversionsOf(IPropertySymbol property) =>
            IsAvailable && conversions.Value.TryGetValue(property.OriginalDefinition, out List<IInvocationOperation>? calls)
                ? calls
                : Array.Empty<IInvocationOperation>();

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

        /// <summary>The entity types stored through <paramref name="context"/> (exposed by its <c>DbSet</c> properties or
        /// reached by their navigations), ordered by name; empty when it stores none.</summary>
        public IReadOnlyList<ITypeSymbol> EntitiesOf(INamedTypeSymbol context)
        {
            var result = new List<ITypeSymbol>();
            if (!IsAvailable)
            {
                return result;
            }

            foreach (KeyValuePair<ITypeSymbol, List<EntityStore>> entry in entities.Value)
            {
                if (!entityTypes.Contains(entry.Key))
                {
                    continue; // A base type of an entity only.
                }

                foreach (EntityStore store in entry.Value)
                {
                    if (SymbolEqualityComparer.Default.Equals(store.Context, context.OriginalDefinition))
                    {
                        result.Add(entry.Key);
                        break;
                    }
                }
            }

            result.Sort((a, b) => string.CompareOrdinal(a.ToDisplayString(), b.ToDisplayString()));
            return result;
        }

        /// <summary>Whether <paramref name="type"/> is exposed by a <c>DbSet</c> property of a context (not only reached by
        /// a navigation).</summary>
        public bool HasOwnSet(ITypeSymbol type) => IsAvailable && entities.Value != null && setTypes.Contains(type.OriginalDefinition);

        /// <summary>The model configuration methods in source: the contexts' <c>OnModelCreating</c> and the
        /// <c>IEntityTypeConfiguration&lt;T&gt;.Configure</c> methods.</summary>
        public IReadOnlyList<IMethodSymbol> Configurations => IsAvailable && entities.Value != null ? configurations : Array.Empty<IMethodSymbol>();

        /// <summary>Whether <paramref name="type"/> derives from <c>DbContext</c>.</summary>
        public bool IsDbContext(ITypeSymbol? type) => SymbolRelations.DerivesFrom(type, dbContext);

        private Dictionary<ITypeSymbol, List<EntityStore>> Build(CancellationToken cancellationToken)
        {
            var result = new Dictionary<ITypeSymbol, List<EntityStore>>(SymbolEqualityComparer.Default);
            // Each entity type is followed once per context that stores it (a bound: types times contexts), with the first
            // store that reached it there.
            var queue = new Queue<(ITypeSymbol Entity, EntityStore Store)>();
            var reached = new HashSet<(ITypeSymbol Context, ITypeSymbol Entity)>(TypePairComparer.Instance);
            var contexts = new List<INamedTypeSymbol>();
            var ownSets = new HashSet<(ITypeSymbol Context, ITypeSymbol Entity)>(TypePairComparer.Instance);
            INamedTypeSymbol? entityConfiguration = known.EfEntityTypeConfiguration;
            foreach (INamedTypeSymbol type in SourceTypes(compilation.Assembly.GlobalNamespace, cancellationToken))
            {
                if (type.TypeKind == TypeKind.Class && IsDbContext(type))
                {
                    contexts.Add(type);
                    AddMethods(configurations, type, "OnModelCreating");
                }
                else if (entityConfiguration != null && type.TypeKind is TypeKind.Class or TypeKind.Struct)
                {
                    foreach (INamedTypeSymbol @interface in type.AllInterfaces)
                    {
                        if (SymbolEqualityComparer.Default.Equals(@interface.OriginalDefinition, entityConfiguration))
                        {
                            AddMethods(configurations, type, "Configure");
                            break;
                        }
                    }
                }
            }

            HashSet<ITypeSymbol> readModels = ReadModels(contexts, configurations, cancellationToken);
            foreach (INamedTypeSymbol type in contexts)
            {

                for (INamedTypeSymbol? current = type; current != null && !SymbolEqualityComparer.Default.Equals(current, dbContext); current = current.BaseType)
                {
                    foreach (ISymbol member in current.GetMembers())
                    {
                        if (member is IPropertySymbol { IsStatic: false, Type: INamedTypeSymbol propertyType } property
                            && SymbolEqualityComparer.Default.Equals(propertyType.OriginalDefinition, dbSet))
                        {
                            // For an inherited DbSet<TUser>, find the type argument as seen from the derived context.
                            ITypeSymbol entity = Substitute(propertyType.TypeArguments[0], type, current);
                            if (!readModels.Contains(entity.OriginalDefinition))
                            {
                                setTypes.Add(entity.OriginalDefinition);
                                ownSets.Add((type, entity.OriginalDefinition));
                                Add(result, queue, reached, entity, new EntityStore(type, property));
                            }
                        }
                    }
                }
            }

            // Navigations: entity members whose type (or element type) is a class or struct of this compilation.
            while (queue.Count > 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
                (ITypeSymbol entity, EntityStore store) = queue.Dequeue();
                foreach (ISymbol member in entity.GetMembers())
                {
                    if (member is IPropertySymbol { IsStatic: false, IsIndexer: false } property && IsMapped(property))
                    {
                        ITypeSymbol target = SymbolRelations.SequenceElementType(property.Type) ?? property.Type;
                        if (target is INamedTypeSymbol { TypeKind: TypeKind.Class or TypeKind.Struct } named
                            && named.SpecialType == SpecialType.None
                            && SymbolEqualityComparer.Default.Equals(named.ContainingAssembly, compilation.Assembly)
                            && !readModels.Contains(named.OriginalDefinition)
                            && !ownSets.Contains((store.Context, named.OriginalDefinition)))
                        {
                            // A type the same context exposes by its own DbSet is stored in that set's table, not in the
                            // navigating entity's: EF Core writes only a key there.
                            Add(result, queue, reached, named, store);
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

        private void Add(Dictionary<ITypeSymbol, List<EntityStore>> result, Queue<(ITypeSymbol Entity, EntityStore Store)> queue, HashSet<(ITypeSymbol Context, ITypeSymbol Entity)> reached, ITypeSymbol entity, EntityStore store)
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

                if (SymbolEqualityComparer.Default.Equals(current, entity))
                {
                    entityTypes.Add(key);
                    if (reached.Add((store.Context, key)))
                    {
                        queue.Enqueue((key, store));
                    }
                }
            }
        }

        /// <summary>
        /// The entity types that EF Core can read but not save: marked <c>[Keyless]</c>; configured with
        /// <c>HasNoKey()</c>; or mapped with <c>ToView</c>, <c>ToSqlQuery</c> or <c>ToFunction</c> and never with
        /// <c>ToTable</c> (EF Core then refuses to save them: the entity type is not mapped to a table). Read from the
        /// attributes of the DbSet types and from the calls with those names in <paramref name="configurations"/>, bound
        /// to find the <c>EntityTypeBuilder&lt;T&gt;</c> they configure.
        /// </summary>
        private HashSet<ITypeSymbol> ReadModels(List<INamedTypeSymbol> contexts, List<IMethodSymbol> configurations, CancellationToken cancellationToken)
        {
            var readModels = new HashSet<ITypeSymbol>(SymbolEqualityComparer.Default);
            INamedTypeSymbol? keyless = known.EfKeylessAttribute;
            if (keyless != null)
            {
                foreach (INamedTypeSymbol context in contexts)
                {
                    for (INamedTypeSymbol? current = context; current != null && !SymbolEqualityComparer.Default.Equals(current, dbContext); current = current.BaseType)
                    {
                        foreach (ISymbol member in current.GetMembers())
                        {
                            if (member is IPropertySymbol { Type: INamedTypeSymbol { TypeArguments.Length: 1 } set }
                                && SymbolEqualityComparer.Default.Equals(set.OriginalDefinition, dbSet)
                                && HasAttribute(set.TypeArguments[0], keyless))
                            {
                                readModels.Add(set.TypeArguments[0].OriginalDefinition);
                            }
                        }
                    }
                }
            }

            INamedTypeSymbol? builder = known.EfEntityTypeBuilder;
            if (builder is null || configurations.Count == 0)
            {
                return readModels;
            }

            var viewsOrQueries = new HashSet<ITypeSymbol>(SymbolEqualityComparer.Default);
            var tables = new HashSet<ITypeSymbol>(SymbolEqualityComparer.Default);
            foreach (IInvocationOperation call in BoundCalls(configurations, name => name is "HasNoKey" or "ToView" or "ToSqlQuery" or "ToFunction" or "ToTable", cancellationToken))
            {
                if (ConfiguredEntity(call, builder) is not { } entity)
                {
                    continue;
                }

                switch (call.TargetMethod.Name)
                {
                    case "HasNoKey":
                        readModels.Add(entity);
                        break;
                    case "ToTable":
                        tables.Add(entity);
                        break;
                    default:
                        viewsOrQueries.Add(entity);
                        break;
                }
            }

            foreach (ITypeSymbol entity in viewsOrQueries)
            {
                if (!tables.Contains(entity))
                {
                    readModels.Add(entity);
                }
            }

            return readModels;
        }

        private Dictionary<ISymbol, List<IInvocationOperation>> Conversions(CancellationToken cancellationToken)
        {
            var result = new Dictionary<ISymbol, List<IInvocationOperation>>(SymbolEqualityComparer.Default);
            INamedTypeSymbol? builder = known.EfEntityTypeBuilder;
            if (builder is null || entities.Value is null || configurations.Count == 0)
            {
                return result;
            }

            foreach (IInvocationOperation conversion in BoundCalls(configurations, name => name == "HasConversion", cancellationToken))
            {
                if (ConfiguredProperty(conversion, builder) is { } property)
                {
                    if (!result.TryGetValue(property, out List<IInvocationOperation>? calls))
                    {
                        calls = new List<IInvocationOperation>(1);
                        result.Add(property, calls);
                    }

                    calls.Add(conversion);
                }
            }

            return result;
        }

        /// <summary>The calls of the model configuration methods in source (<c>OnModelCreating</c>, <c>Configure</c>) whose
        /// method name <paramref name="names"/> accepts, such as <c>HasConversion</c> or <c>OnDelete</c>, bound; only those
        /// calls are bound, each tree's semantic model made once per enumeration.</summary>
        public IEnumerable<IInvocationOperation> ConfigurationCalls(Func<string, bool> names, CancellationToken cancellationToken) =>
            IsAvailable && entities.Value != null ? BoundCalls(configurations, names, cancellationToken) : Array.Empty<IInvocationOperation>();

        private IEnumerable<IInvocationOperation> BoundCalls(List<IMethodSymbol> methods, Func<string, bool> names, CancellationToken cancellationToken)
        {
            var models = new Dictionary<SyntaxTree, SemanticModel>();
            foreach (IMethodSymbol method in methods)
            {
                foreach (SyntaxReference reference in method.DeclaringSyntaxReferences)
                {
                    if (!compilation.ContainsSyntaxTree(reference.SyntaxTree))
                    {
                        continue; // A context of another project's source (an IDE's compilation reference): not bound here.
                    }

                    foreach (SyntaxNode node in reference.GetSyntax(cancellationToken).DescendantNodes())
                    {
                        cancellationToken.ThrowIfCancellationRequested();
                        if (node is not InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Name.Identifier.ValueText: var name } } call || !names(name))
                        {
                            continue;
                        }

                        if (!models.TryGetValue(call.SyntaxTree, out SemanticModel? model))
                        {
#pragma warning disable RS1030 // The model configuration is in method bodies of its own; bound once per tree, only these calls (as MethodSummaries).
                            model = compilation.GetSemanticModel(call.SyntaxTree);
#pragma warning restore RS1030
                            models.Add(call.SyntaxTree, model);
                        }

                        if (model.GetOperation(call, cancellationToken) is IInvocationOperation operation)
                        {
                            yield return operation;
                        }
                    }
                }
            }
        }

        /// <summary>The entity property a <c>HasConversion</c> call configures: its receiver is <c>Property(e =&gt;
        /// e.Member)</c> or <c>Property("Member")</c> of an <c>EntityTypeBuilder&lt;T&gt;</c>; null otherwise.</summary>
        private static ISymbol? ConfiguredProperty(IInvocationOperation conversion, INamedTypeSymbol builder)
        {
            IOperation? receiver = conversion.Instance ?? (conversion.TargetMethod.IsExtensionMethod && conversion.Arguments.Length > 0 ? conversion.Arguments[0].Value : null);
            if (receiver is null || SymbolRelations.WithoutConversions(receiver) is not IInvocationOperation { TargetMethod.Name: "Property" } propertyCall
                || ConfiguredEntity(propertyCall, builder) is not { } entity)
            {
                return null;
            }

            int first = propertyCall.TargetMethod.IsExtensionMethod && propertyCall.Instance is null ? 1 : 0;
            if (propertyCall.Arguments.Length <= first)
            {
                return null;
            }

            IOperation selector = SymbolRelations.WithoutConversions(propertyCall.Arguments[first].Value);
            string? name = selector.ConstantValue is { HasValue: true, Value: string text } ? text : null;
            if (name is null)
            {
                // A lambda (an expression tree here, however the compiler wraps it): the first member it reads.
                foreach (IOperation operation in selector.DescendantsAndSelf())
                {
                    if (operation is IPropertyReferenceOperation reference)
                    {
                        name = reference.Property.Name;
                        break;
                    }
                }
            }

            for (ITypeSymbol? type = entity; name != null && type != null; type = type.BaseType)
            {
                foreach (ISymbol member in type.GetMembers(name))
                {
                    if (member is IPropertySymbol property)
                    {
                        return property.OriginalDefinition;
                    }
                }
            }

            return null;
        }

        /// <summary>The <c>T</c> of the <c>EntityTypeBuilder&lt;T&gt;</c> a call configures (its receiver, or the first
        /// argument of an extension method such as <c>ToView</c>), or null.</summary>
        private static ITypeSymbol? ConfiguredEntity(IInvocationOperation? call, INamedTypeSymbol builder)
        {
            if (call is null)
            {
                return null;
            }

            IOperation? receiver = call.Instance ?? (call.TargetMethod.IsExtensionMethod && call.Arguments.Length > 0 ? call.Arguments[0].Value : null);
            if (receiver is null)
            {
                return null;
            }

            return SymbolRelations.WithoutConversions(receiver).Type is INamedTypeSymbol { TypeArguments.Length: 1 } type && SymbolEqualityComparer.Default.Equals(type.OriginalDefinition, builder)
                ? type.TypeArguments[0].OriginalDefinition
                : null;
        }

        private static void AddMethods(List<IMethodSymbol> methods, INamedTypeSymbol type, string name)
        {
            foreach (ISymbol member in type.GetMembers(name))
            {
                if (member is IMethodSymbol { IsAbstract: false } method && method.DeclaringSyntaxReferences.Length > 0)
                {
                    methods.Add(method);
                }
            }
        }

        private static bool HasAttribute(ITypeSymbol type, INamedTypeSymbol attributeType)
        {
            foreach (AttributeData attribute in type.GetAttributes())
            {
                if (SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, attributeType))
                {
                    return true;
                }
            }

            return false;
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
