using System;
using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace GdprAnalyzers
{
    /// <summary>
    /// What EF Core deletes with an entity, and what it stores as part of one, for GDPR016 (erasure, GDPR Art. 17):
    /// <list type="bullet">
    /// <item><b>Cascade deletes.</b> A dependent entity with a required relationship to a principal is deleted with it
    /// (EF Core's convention, <c>DeleteBehavior.Cascade</c>). A relationship is found from the dependent's reference
    /// navigation to the principal, or from the principal's collection navigation of the dependent; it is required when
    /// its foreign key property (<c>[ForeignKey]</c>, else named <c>&lt;Navigation&gt;Id</c>,
    /// <c>&lt;Navigation&gt;&lt;Key&gt;</c>, <c>&lt;Principal&gt;Id</c> or <c>&lt;Principal&gt;&lt;Key&gt;</c>) is not
    /// nullable or is <c>[Required]</c>, or, without a foreign key property, when the navigation is <c>[Required]</c> or
    /// non-nullable under nullable reference types. The fluent configuration of a pair (<c>HasOne().WithMany()</c>,
    /// <c>HasMany().WithOne()</c>, <c>HasOne().WithOne()</c>) overrides the conventions: <c>OnDelete(...)</c> decides
    /// (cascade only with <c>Cascade</c> or <c>ClientCascade</c>), then <c>IsRequired(...)</c>, then the property of
    /// <c>HasForeignKey(...)</c>. A configuration that sets the delete behaviour of foreign keys in a loop
    /// (<c>foreignKey.DeleteBehavior = ...</c>, <c>SetDeleteBehavior</c>) leaves only explicit <c>OnDelete(Cascade)</c>
    /// cascading. ASP.NET Core Identity's model (compiled into Identity, not readable here) makes a user's claims,
    /// external logins and tokens required dependents of the user: they go with it.</item>
    /// <item><b>Owned types.</b> A type marked <c>[Owned]</c>, configured with <c>OwnsOne</c>/<c>OwnsMany</c>, or reached
    /// only by a navigation while it has no key (EF Core maps a type without a key only as owned) is stored in its owner's
    /// row: its members are the owner's.</item>
    /// </list>
    /// Only what the model configuration in source says is read (<see cref="EntityModel.Configurations"/>, bound once, on
    /// first use); conventions changed in <c>ConfigureConventions</c> and many-to-many join entities are not modelled.
    /// Thread-safe.
    /// </summary>
    internal sealed class EntityRelationships
    {
        private readonly KnownSymbols known;
        private readonly EntityModel entities;
        private readonly Lazy<Configuration> configuration;

        public EntityRelationships(KnownSymbols known, EntityModel entities, CancellationToken cancellationToken)
        {
            this.known = known;
            this.entities = entities;
            configuration = new Lazy<Configuration>(() => Read(cancellationToken), LazyThreadSafetyMode.ExecutionAndPublication);
        }

        /// <summary>Whether <paramref name="type"/> is stored as part of its owner (see the class).</summary>
        public bool IsOwned(ITypeSymbol type)
        {
            ITypeSymbol definition = type.OriginalDefinition;
            if (HasAttribute(definition, known.EfOwnedAttribute, inherited: true) || configuration.Value.Owned.Contains(definition))
            {
                return true;
            }

            return entities.IsEntity(definition) && !entities.HasOwnSet(definition) && !IsIdentityUserData(definition)
                && !configuration.Value.Keyed.Contains(definition) && KeyNameOf(definition) is null;
        }

        /// <summary>Whether <paramref name="property"/> is a key of <paramref name="entity"/>: <c>[Key]</c>, named <c>Id</c>
        /// or <c>&lt;Type&gt;Id</c>, or named in <c>HasKey(...)</c>.</summary>
        public bool IsKey(IPropertySymbol property, ITypeSymbol entity)
        {
            if (HasAttribute(property, known.KeyAttribute) || configuration.Value.KeyProperties.Contains(property.OriginalDefinition))
            {
                return true;
            }

            return !configuration.Value.Keyed.Contains(entity.OriginalDefinition)
                && (string.Equals(property.Name, "Id", StringComparison.OrdinalIgnoreCase)
                    || string.Equals(property.Name, entity.Name + "Id", StringComparison.OrdinalIgnoreCase));
        }

        /// <summary>
        /// The entity types of <paramref name="candidates"/> that EF Core deletes when the entities of
        /// <paramref name="removed"/> are deleted: those types themselves and their subtypes, then their cascade dependents,
        /// transitively. A work list: each (principal, candidate) pair is asked once, so at most candidates² questions.
        /// </summary>
        public HashSet<ITypeSymbol> DeletedWith(IEnumerable<ITypeSymbol> removed, IReadOnlyList<ITypeSymbol> candidates)
        {
            var deleted = new HashSet<ITypeSymbol>(SymbolEqualityComparer.Default);
            var principals = new Queue<ITypeSymbol>();
            foreach (ITypeSymbol type in removed)
            {
                principals.Enqueue(type.OriginalDefinition);
                foreach (ITypeSymbol candidate in candidates)
                {
                    if (IsA(candidate, type) && deleted.Add(candidate.OriginalDefinition))
                    {
                        principals.Enqueue(candidate.OriginalDefinition);
                    }
                }
            }

            var asked = new HashSet<ITypeSymbol>(SymbolEqualityComparer.Default);
            while (principals.Count > 0)
            {
                ITypeSymbol principal = principals.Dequeue();
                if (!asked.Add(principal))
                {
                    continue;
                }

                foreach (ITypeSymbol candidate in candidates)
                {
                    if (!deleted.Contains(candidate.OriginalDefinition) && CascadesTo(principal, candidate))
                    {
                        deleted.Add(candidate.OriginalDefinition);
                        principals.Enqueue(candidate.OriginalDefinition);
                    }
                }
            }

            return deleted;
        }

        /// <summary>Whether deleting an entity of <paramref name="principal"/> deletes the related entities of
        /// <paramref name="dependent"/> (see the class).</summary>
        public bool CascadesTo(ITypeSymbol principal, ITypeSymbol dependent)
        {
            Configuration config = configuration.Value;
            ITypeSymbol dependentDefinition = dependent.OriginalDefinition;
            bool byConvention = (IsIdentityUserData(dependentDefinition) && SymbolRelations.DerivesFrom(principal, known.IdentityUser))
                || RequiredByNavigations(principal.OriginalDefinition, dependentDefinition);

            // Pairs configured in the fluent API, with or without navigations, decide for themselves.
            bool configured = false;
            foreach (KeyValuePair<(ITypeSymbol Principal, ITypeSymbol Dependent), PairConfiguration> pair in config.Pairs)
            {
                if (SymbolEqualityComparer.Default.Equals(pair.Key.Dependent, dependentDefinition) && Related(principal, pair.Key.Principal))
                {
                    configured = true;
                    if (Cascades(pair.Value, config, byConvention))
                    {
                        return true;
                    }
                }
            }

            return !configured && !config.DeleteBehaviourSetInLoop && byConvention;
        }

        /// <summary>Whether a relationship found from the navigations between the two types is required by EF Core's
        /// conventions: the dependent's reference navigation to the principal, or the principal's collection navigation of
        /// the dependent where the dependent has no navigation back.</summary>
        private bool RequiredByNavigations(ITypeSymbol principal, ITypeSymbol dependent)
        {
            foreach (IPropertySymbol navigation in MappedProperties(dependent))
            {
                if (navigation.Type is INamedTypeSymbol target && SymbolRelations.SequenceElementType(target) is null
                    && entities.IsEntity(target) && !IsOwned(target) && Related(principal, target.OriginalDefinition)
                    && RequiredByConvention(navigation, dependent, target.OriginalDefinition))
                {
                    return true;
                }
            }

            foreach (IPropertySymbol collection in MappedProperties(principal))
            {
                if (SymbolRelations.SequenceElementType(collection.Type) is ITypeSymbol element
                    && SymbolEqualityComparer.Default.Equals(element.OriginalDefinition, dependent)
                    && !HasReferenceTo(dependent, principal)
                    && ForeignKeyByName(dependent, null, principal) is { } foreignKey
                    && IsRequiredProperty(foreignKey))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>Whether the entity is one of Identity's per-user tables: a user's claims, external logins or tokens
        /// (or a subclass of one).</summary>
        public bool IsIdentityUserData(ITypeSymbol type) =>
            SymbolRelations.DerivesFrom(type, known.IdentityUserClaim)
            || SymbolRelations.DerivesFrom(type, known.IdentityUserLogin)
            || SymbolRelations.DerivesFrom(type, known.IdentityUserToken);

        /// <summary>The instance, mapped properties of <paramref name="type"/> and its base types (a property overridden is
        /// listed once, the most derived first); bounded by the depth of the inheritance chain.</summary>
        public static List<IPropertySymbol> MappedProperties(ITypeSymbol type)
        {
            var result = new List<IPropertySymbol>();
            var names = new HashSet<string>(StringComparer.Ordinal);
            for (ITypeSymbol? current = type; current != null && current.SpecialType != SpecialType.System_Object; current = current.BaseType)
            {
                foreach (ISymbol member in current.GetMembers())
                {
                    if (member is IPropertySymbol { IsStatic: false, IsIndexer: false } property && EntityModel.IsMapped(property) && names.Add(property.Name))
                    {
                        result.Add(property);
                    }
                }
            }

            return result;
        }

        /// <summary>Whether one of the two types is the other or derives from it (an entity of either is one of both).</summary>
        public static bool Related(ITypeSymbol a, ITypeSymbol b) => IsA(a, b) || IsA(b, a);

        /// <summary>Whether <paramref name="type"/> is <paramref name="baseType"/> (any construction of it) or derives from
        /// it.</summary>
        public static bool IsA(ITypeSymbol type, ITypeSymbol baseType) =>
            baseType.OriginalDefinition is INamedTypeSymbol definition && SymbolRelations.DerivesFrom(type, definition);

        private bool Cascades(PairConfiguration pair, Configuration config, bool conventionRequired)
        {
            if (pair.Cascade is bool explicitBehaviour)
            {
                return explicitBehaviour;
            }

            if (config.DeleteBehaviourSetInLoop)
            {
                return false;
            }

            return pair.Required ?? (pair.ForeignKey is { } foreignKey ? IsRequiredProperty(foreignKey) : conventionRequired);
        }

        /// <summary>Whether the relationship of <paramref name="navigation"/> (a reference from
        /// <paramref name="dependent"/> to <paramref name="principal"/>) is required by EF Core's conventions.</summary>
        private bool RequiredByConvention(IPropertySymbol navigation, ITypeSymbol dependent, ITypeSymbol principal)
        {
            if (HasReferenceTo(principal, dependent) && ForeignKeyByName(dependent, navigation, principal) is null)
            {
                return false; // One-to-one without a foreign key property on this side: this side is not known as dependent.
            }

            if (ForeignKeyByName(dependent, navigation, principal) is { } foreignKey)
            {
                return IsRequiredProperty(foreignKey);
            }

            return HasAttribute(navigation, known.RequiredAttribute) || navigation.NullableAnnotation == NullableAnnotation.NotAnnotated;
        }

        /// <summary>Whether a property holds no null: a value type that is not <c>Nullable&lt;T&gt;</c>, a non-nullable
        /// reference under nullable reference types, or <c>[Required]</c>.</summary>
        private bool IsRequiredProperty(IPropertySymbol property)
        {
            if (HasAttribute(property, known.RequiredAttribute))
            {
                return true;
            }

            ITypeSymbol type = property.Type;
            if (type.IsValueType)
            {
                return type.OriginalDefinition.SpecialType != SpecialType.System_Nullable_T;
            }

            return property.NullableAnnotation == NullableAnnotation.NotAnnotated;
        }

        private bool HasReferenceTo(ITypeSymbol from, ITypeSymbol to)
        {
            foreach (IPropertySymbol property in MappedProperties(from))
            {
                if (SymbolRelations.SequenceElementType(property.Type) is null && SymbolEqualityComparer.Default.Equals(property.Type.OriginalDefinition, to.OriginalDefinition))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>The foreign key property of a relationship on <paramref name="dependent"/>: named by
        /// <c>[ForeignKey]</c> on the navigation, or marked <c>[ForeignKey("Navigation")]</c>, else by EF Core's naming
        /// conventions; null when none (a shadow foreign key, which is nullable).</summary>
        private IPropertySymbol? ForeignKeyByName(ITypeSymbol dependent, IPropertySymbol? navigation, ITypeSymbol principal)
        {
            List<IPropertySymbol> properties = MappedProperties(dependent);
            string? named = navigation is null ? null : ForeignKeyAttributeName(navigation);
            foreach (IPropertySymbol property in properties)
            {
                if (named != null && property.Name == named)
                {
                    return property;
                }

                if (navigation != null && ForeignKeyAttributeName(property) == navigation.Name)
                {
                    return property;
                }
            }

            string key = KeyNameOf(principal) ?? "Id";
            foreach (IPropertySymbol property in properties)
            {
                string name = property.Name;
                if ((navigation != null && (Same(name, navigation.Name + "Id") || Same(name, navigation.Name + key)))
                    || Same(name, principal.Name + "Id") || Same(name, principal.Name + key))
                {
                    return SymbolEqualityComparer.Default.Equals(property, navigation) ? null : property;
                }
            }

            return null;

            static bool Same(string a, string b) => string.Equals(a, b, StringComparison.OrdinalIgnoreCase);
        }

        private string? ForeignKeyAttributeName(IPropertySymbol property)
        {
            foreach (AttributeData attribute in property.GetAttributes())
            {
                if (SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, known.ForeignKeyAttribute)
                    && attribute.ConstructorArguments.Length == 1 && attribute.ConstructorArguments[0].Value is string name)
                {
                    return name;
                }
            }

            return null;
        }

        /// <summary>The name of the key property of <paramref name="type"/> by convention or <c>[Key]</c> (its first when
        /// several), null when it has none.</summary>
        private string? KeyNameOf(ITypeSymbol type)
        {
            foreach (IPropertySymbol property in MappedPropertiesOrReadOnly(type))
            {
                if (HasAttribute(property, known.KeyAttribute)
                    || string.Equals(property.Name, "Id", StringComparison.OrdinalIgnoreCase)
                    || string.Equals(property.Name, type.Name + "Id", StringComparison.OrdinalIgnoreCase))
                {
                    return property.Name;
                }
            }

            return null;
        }

        private static IEnumerable<IPropertySymbol> MappedPropertiesOrReadOnly(ITypeSymbol type)
        {
            for (ITypeSymbol? current = type; current != null && current.SpecialType != SpecialType.System_Object; current = current.BaseType)
            {
                foreach (ISymbol member in current.GetMembers())
                {
                    if (member is IPropertySymbol { IsStatic: false, IsIndexer: false } property)
                    {
                        yield return property;
                    }
                }
            }
        }

        private static bool HasAttribute(ISymbol symbol, INamedTypeSymbol? attributeType, bool inherited = false)
        {
            if (attributeType is null)
            {
                return false;
            }

            for (ISymbol? current = symbol; current != null; current = inherited ? (current as ITypeSymbol)?.BaseType : null)
            {
                foreach (AttributeData attribute in current.GetAttributes())
                {
                    if (SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, attributeType))
                    {
                        return true;
                    }
                }
            }

            return false;
        }

        /// <summary>Reads the fluent configuration: relationships' delete behaviour, requiredness and foreign keys per
        /// (principal, dependent) pair, owned types, keys, and delete behaviours set in a loop.</summary>
        private Configuration Read(CancellationToken cancellationToken)
        {
            var result = new Configuration();
            foreach (IInvocationOperation call in entities.ConfigurationCalls(
                name => name is "OnDelete" or "IsRequired" or "HasForeignKey" or "OwnsOne" or "OwnsMany" or "HasKey" or "SetDeleteBehavior",
                cancellationToken))
            {
                ReadCall(result, call.TargetMethod.Name, call);
            }

            // foreignKey.DeleteBehavior = ... in a loop over the model's foreign keys: read from the syntax alone.
            foreach (IMethodSymbol method in entities.Configurations)
            {
                foreach (SyntaxReference reference in method.DeclaringSyntaxReferences)
                {
                    foreach (SyntaxNode node in reference.GetSyntax(cancellationToken).DescendantNodes())
                    {
                        if (node is AssignmentExpressionSyntax { Left: MemberAccessExpressionSyntax { Name.Identifier.ValueText: "DeleteBehavior" } })
                        {
                            result.DeleteBehaviourSetInLoop = true;
                        }
                    }
                }
            }

            return result;
        }

        private void ReadCall(Configuration result, string name, IInvocationOperation call)
        {
            IOperation? receiver = call.Instance ?? (call.TargetMethod.IsExtensionMethod && call.Arguments.Length > 0 ? call.Arguments[0].Value : null);
            ITypeSymbol? receiverType = receiver is null ? null : SymbolRelations.WithoutConversions(receiver).Type;
            switch (name)
            {
                case "SetDeleteBehavior":
                    result.DeleteBehaviourSetInLoop = true;
                    return;
                case "OwnsOne" or "OwnsMany":
                    if (call.TargetMethod.TypeArguments.Length >= 1)
                    {
                        result.Owned.Add(call.TargetMethod.TypeArguments[call.TargetMethod.TypeArguments.Length - 1].OriginalDefinition);
                    }

                    return;
                case "HasKey":
                    if (receiverType is INamedTypeSymbol { TypeArguments.Length: 1 } builder && SymbolRelations.IsConstructedFrom(builder, known.EfEntityTypeBuilder))
                    {
                        ITypeSymbol entity = builder.TypeArguments[0].OriginalDefinition;
                        result.Keyed.Add(entity);
                        foreach (IPropertySymbol property in PropertiesNamed(call, entity))
                        {
                            result.KeyProperties.Add(property.OriginalDefinition);
                        }
                    }

                    return;
            }

            if (receiverType is not INamedTypeSymbol { TypeArguments.Length: 2 } relationship)
            {
                return;
            }

            bool oneToMany = SymbolRelations.IsConstructedFrom(relationship, known.EfReferenceCollectionBuilder);
            if (!oneToMany && !SymbolRelations.IsConstructedFrom(relationship, known.EfReferenceReferenceBuilder))
            {
                return;
            }

            ITypeSymbol first = relationship.TypeArguments[0].OriginalDefinition;
            ITypeSymbol second = relationship.TypeArguments[1].OriginalDefinition;

            // One-to-many: (principal, dependent). One-to-one: either may be the dependent; HasForeignKey<TDependent> says.
            var pairs = new List<(ITypeSymbol Principal, ITypeSymbol Dependent)> { (first, second) };
            if (!oneToMany)
            {
                if (name == "HasForeignKey" && call.TargetMethod.TypeArguments.Length == 1)
                {
                    ITypeSymbol chosen = call.TargetMethod.TypeArguments[0].OriginalDefinition;
                    pairs[0] = SymbolEqualityComparer.Default.Equals(chosen, first) ? (second, first) : (first, second);
                }
                else
                {
                    pairs.Add((second, first));
                }
            }

            foreach ((ITypeSymbol principal, ITypeSymbol dependent) in pairs)
            {
                if (!result.Pairs.TryGetValue((principal, dependent), out PairConfiguration? pair))
                {
                    pair = new PairConfiguration();
                    result.Pairs.Add((principal, dependent), pair);
                }

                switch (name)
                {
                    case "OnDelete":
                        if (call.Arguments.Length > 0 && SymbolRelations.WithoutConversions(call.Arguments[call.Arguments.Length - 1].Value) is IFieldReferenceOperation { Field.Name: var behaviour })
                        {
                            // A pair configured twice (two relationships between the same types) cascades only if both do.
                            bool cascades = behaviour is "Cascade" or "ClientCascade";
                            pair.Cascade = (pair.Cascade ?? true) && cascades;
                        }

                        break;
                    case "IsRequired":
                        pair.Required = call.Arguments.Length == 0
                            || call.Arguments[0].Value.ConstantValue is not { HasValue: true, Value: false };
                        break;
                    case "HasForeignKey":
                        foreach (IPropertySymbol property in PropertiesNamed(call, dependent))
                        {
                            pair.ForeignKey ??= property;
                        }

                        break;
                }
            }
        }

        /// <summary>The properties of <paramref name="entity"/> a configuration call names: read in its lambda
        /// (<c>e =&gt; e.UserId</c>, <c>e =&gt; new { e.A, e.B }</c>) or given as strings.</summary>
        private static List<IPropertySymbol> PropertiesNamed(IInvocationOperation call, ITypeSymbol entity)
        {
            var result = new List<IPropertySymbol>();
            foreach (IArgumentOperation argument in call.Arguments)
            {
                foreach (IOperation operation in argument.Value.DescendantsAndSelf())
                {
                    if (operation is IPropertyReferenceOperation reference && Related(entity, reference.Property.ContainingType))
                    {
                        result.Add(reference.Property);
                    }
                    else if (operation.ConstantValue is { HasValue: true, Value: string text })
                    {
                        foreach (IPropertySymbol property in MappedProperties(entity))
                        {
                            if (property.Name == text)
                            {
                                result.Add(property);
                            }
                        }
                    }
                }
            }

            return result;
        }

        /// <summary>What the fluent configuration says.</summary>
        private sealed class Configuration
        {
            public Dictionary<(ITypeSymbol Principal, ITypeSymbol Dependent), PairConfiguration> Pairs { get; } = new(TypePairComparer.Instance);

            public HashSet<ITypeSymbol> Owned { get; } = new(SymbolEqualityComparer.Default);

            public HashSet<ITypeSymbol> Keyed { get; } = new(SymbolEqualityComparer.Default);

            public HashSet<ISymbol> KeyProperties { get; } = new(SymbolEqualityComparer.Default);

            public bool DeleteBehaviourSetInLoop { get; set; }
        }

        /// <summary>One (principal, dependent) pair's configuration; null where not configured.</summary>
        private sealed class PairConfiguration
        {
            public bool? Cascade { get; set; }

            public bool? Required { get; set; }

            public IPropertySymbol? ForeignKey { get; set; }
        }
    }
}
