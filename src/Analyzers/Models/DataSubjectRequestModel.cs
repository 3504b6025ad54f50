using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace GdprAnalyzers
{
    /// <summary>The two requests of a data subject that GDPR016 checks.</summary>
    internal enum DataSubjectRequest
    {
        /// <summary>Erasure (GDPR Art. 17): every entity type with personal data removed, anonymised or kept with a
        /// reason.</summary>
        Erasure,

        /// <summary>Access (GDPR Art. 15): every entity type with personal data read.</summary>
        Access,
    }

    /// <summary>
    /// The handlers of data subjects' requests and what they do to the stored personal data, for GDPR016 (erasure, GDPR
    /// Art. 17; access, Art. 15):
    /// <list type="bullet">
    /// <item>A handler is a method marked <c>[ErasureRequestHandler]</c> or <c>[AccessRequestHandler]</c>. What it does is
    /// what its body and the project's methods it calls do (calls resolved to a single implementation, at most
    /// <see cref="MaxDepth"/> calls deep and <see cref="MaxMethods"/> methods, each method read once).</item>
    /// <item>The contexts it uses: the EF Core contexts of the project whose instances it touches (a field, parameter,
    /// local, <c>this</c> in a context's own method, a new context), and those that store the user type of an Identity
    /// <c>UserManager&lt;TUser&gt;</c> it calls.</item>
    /// <item>The entity types with personal data of a context: its entity types (<see cref="EntityModel"/>) with a mapped
    /// member that is personal data, or marked as a whole; an owned type's members are its owner's
    /// (<see cref="EntityRelationships.IsOwned"/>); Identity's user claims (<c>ClaimType</c>, <c>ClaimValue</c>) and
    /// external logins (<c>ProviderKey</c>, <c>ProviderDisplayName</c>) count, since each row is one user's data, though
    /// Identity marks only its tokens' <c>Value</c>.</item>
    /// <item>Removed: <c>Remove</c>/<c>RemoveRange</c> on its set or the context, <c>ExecuteDelete(Async)</c> on a query
    /// of it, <c>Entry(x).State = EntityState.Deleted</c>, Identity's <c>UserManager.DeleteAsync</c> (the user) and
    /// <c>RemoveLoginAsync</c>/<c>RemoveClaim(s)Async</c>/<c>RemoveAuthenticationTokenAsync</c>, a removed base type, or
    /// a cascade delete from a removed entity (<see cref="EntityRelationships.DeletedWith"/>).</item>
    /// <item>Anonymised: every personal data member that is not a key written (an assignment, or <c>SetProperty</c> of
    /// <c>ExecuteUpdate</c>), except members kept with a reason; object initializers build new objects and do not
    /// count.</item>
    /// <item>Kept: <c>[RetainedAfterErasure("reason")]</c> on the type, a base type, its <c>DbSet</c>, or a member; a
    /// placeholder reason (<c>TODO</c>) counts as none.</item>
    /// <item>Read (access): a query over its set (<c>db.Tickets</c>, <c>Set&lt;T&gt;()</c> other than to add, update or
    /// remove), <c>Find</c>, a navigation to it, one of its personal data members, or Identity's getters
    /// (<c>GetUserAsync</c>, <c>FindBy...Async</c>, <c>GetLoginsAsync</c>, <c>GetClaimsAsync</c>,
    /// <c>GetAuthenticationTokenAsync</c>, <c>GetAuthenticatorKeyAsync</c>).</item>
    /// </list>
    /// Thread-safe; each method's facts are read once per compilation.
    /// </summary>
    internal sealed class DataSubjectRequestModel
    {
        /// <summary>How many calls below the handler the walk follows.</summary>
        public const int MaxDepth = 4;

        /// <summary>How many methods (the handler included) the walk reads at most.</summary>
        public const int MaxMethods = 64;

        /// <summary>How many entity types and members a message names before "and N more".</summary>
        private const int Shown = 4;

        private readonly Compilation compilation;
        private readonly KnownSymbols known;
        private readonly EntityModel entities;
        private readonly EntityRelationships relationships;
        private readonly Implementations implementations;
        private readonly ConcurrentDictionary<IMethodSymbol, MethodFacts> facts = new(SymbolEqualityComparer.Default);
        private readonly ConcurrentDictionary<SyntaxTree, SemanticModel> models = new();

        public DataSubjectRequestModel(SharedCompilationState shared, CancellationToken cancellationToken)
        {
            compilation = shared.Compilation;
            known = shared.Known;
            implementations = shared.Implementations;
            entities = shared.Entities;
            relationships = new EntityRelationships(known, entities, cancellationToken);
        }

        /// <summary>Whether a handler can be declared and can use a context: the annotations declare a handler attribute
        /// and EF Core is referenced.</summary>
        public bool IsAvailable => (known.ErasureRequestHandlerAttribute != null || known.AccessRequestHandlerAttribute != null) && entities.IsAvailable;

        /// <summary>The requests <paramref name="method"/> is declared to serve.</summary>
        public List<DataSubjectRequest> RequestsServedBy(IMethodSymbol method)
        {
            var requests = new List<DataSubjectRequest>(1);
            foreach (AttributeData attribute in method.GetAttributes())
            {
                if (attribute.AttributeClass is null)
                {
                    continue;
                }

                if (SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, known.ErasureRequestHandlerAttribute) && !requests.Contains(DataSubjectRequest.Erasure))
                {
                    requests.Add(DataSubjectRequest.Erasure);
                }
                else if (SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, known.AccessRequestHandlerAttribute) && !requests.Contains(DataSubjectRequest.Access))
                {
                    requests.Add(DataSubjectRequest.Access);
                }
            }

            return requests;
        }

        /// <summary>
        /// What <paramref name="handler"/> does, with the project's methods it calls (see the class): null when it has no
        /// body to read.
        /// </summary>
        public HandlerFacts? FactsOf(IMethodSymbol handler, CancellationToken cancellationToken)
        {
            IMethodSymbol root = implementations.Resolve(handler.OriginalDefinition);
            if (BodyOf(root, cancellationToken) is null)
            {
                return null;
            }

            var result = new HandlerFacts();
            // A generic method is read once per set of type arguments it is called with (a repository of each entity type).
            var visited = new Dictionary<IMethodSymbol, HashSet<string>>(SymbolEqualityComparer.Default) { [root] = new HashSet<string> { string.Empty } };
            int visits = 1;
            var queue = new Queue<(IMethodSymbol Method, int Depth, TypeMap Map)>();
            queue.Enqueue((root, 0, TypeMap.Empty));
            while (queue.Count > 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
                (IMethodSymbol method, int depth, TypeMap map) = queue.Dequeue();
                MethodFacts methodFacts = facts.GetOrAdd(method, m => Read(m, cancellationToken));
                result.Add(methodFacts, map);
                if (depth >= MaxDepth)
                {
                    continue;
                }

                foreach ((IMethodSymbol callee, IMethodSymbol callSite) in methodFacts.Callees)
                {
                    if (visits >= MaxMethods)
                    {
                        break;
                    }

                    TypeMap calleeMap = map.Through(callee, callSite);
                    if (!visited.TryGetValue(callee, out HashSet<string>? maps))
                    {
                        maps = new HashSet<string>(StringComparer.Ordinal);
                        visited.Add(callee, maps);
                    }

                    if (maps.Add(calleeMap.Key(callee)))
                    {
                        visits++;
                        queue.Enqueue((callee, depth + 1, calleeMap));
                    }
                }
            }

            foreach (ITypeSymbol user in result.UserTypes)
            {
                if (entities.StoresOf(user) is { } stores)
                {
                    foreach (EntityStore store in stores)
                    {
                        result.Contexts.Add(store.Context.OriginalDefinition);
                    }
                }
            }

            return result;
        }

        /// <summary>
        /// The entity types with personal data, of the contexts <paramref name="facts"/> uses, that the handler misses for
        /// <paramref name="request"/>, each with the members it leaves, ordered by name; empty when none.
        /// <paramref name="personalData"/> says what personal data is; with <paramref name="exclude"/>, entity types that
        /// have personal data by that model are left out (they are another rule's).
        /// </summary>
        public List<MissedEntity> Missed(HandlerFacts facts, DataSubjectRequest request, PersonalDataModel personalData, PersonalDataModel? exclude)
        {
            var missed = new List<MissedEntity>();
            foreach ((_, _, MissedEntity? miss) in Examine(facts, request, personalData, exclude))
            {
                if (miss != null)
                {
                    missed.Add(miss);
                }
            }

            missed.Sort((a, b) => string.CompareOrdinal(a.Name, b.Name));
            return missed;
        }

        /// <summary>
        /// What a handler does to each personal data member of the entity types of the contexts <paramref name="facts"/>
        /// uses, for the record of processing: the members it covers (removes, anonymises or reads), those it misses (what
        /// <see cref="Missed"/> reports), and, for an erasure, those kept with a stated reason and that reason. Members are
        /// named <c>Type.Member</c> by the type that declares them (<c>PostalAddress.Street</c> for an owned type's), and
        /// the navigations to owned types by theirs (<c>Customer.Address</c>); each list is ordered and without repeats.
        /// </summary>
        public HandlerCoverage Coverage(HandlerFacts facts, DataSubjectRequest request, PersonalDataModel personalData)
        {
            var coverage = new HandlerCoverage();
            foreach ((ITypeSymbol entity, List<DataMember> members, MissedEntity? miss) in Examine(facts, request, personalData, exclude: null))
            {
                var missedPaths = new HashSet<string>(miss?.Members ?? new List<string>(), StringComparer.Ordinal);
                AttributeData? typeKept = null;
                bool typeStated = request == DataSubjectRequest.Erasure && TypeRetention(entity, out typeKept) == Retention.Stated;
                foreach (DataMember member in members)
                {
                    AttributeData? kept = typeStated ? typeKept : null;
                    bool stated = typeStated || (request == DataSubjectRequest.Erasure && MemberRetention(member, out kept) == Retention.Stated);
                    foreach (string name in MemberItems(member))
                    {
                        if (missedPaths.Contains(member.Path))
                        {
                            coverage.Missed.Add(name);
                        }
                        else if (stated && kept != null)
                        {
                            coverage.Retained[name] = (ReasonOf(kept) ?? string.Empty, kept.ApplicationSyntaxReference?.GetSyntax().GetLocation() ?? Location.None);
                        }
                        else
                        {
                            coverage.Covered.Add(name);
                        }
                    }
                }
            }

            coverage.Covered.ExceptWith(coverage.Missed);
            return coverage;

            static IEnumerable<string> MemberItems(DataMember member)
            {
                yield return member.Symbol.ContainingType.Name + "." + member.Symbol.Name;
                foreach (ISymbol owner in member.Owners)
                {
                    yield return owner.ContainingType.Name + "." + owner.Name;
                }
            }
        }

        /// <summary>Each candidate entity type of the contexts <paramref name="facts"/> uses that has personal data, with
        /// its personal data members and what the handler misses of it (null when nothing).</summary>
        private IEnumerable<(ITypeSymbol Entity, List<DataMember> Members, MissedEntity? Miss)> Examine(HandlerFacts facts, DataSubjectRequest request, PersonalDataModel personalData, PersonalDataModel? exclude)
        {
            var candidates = new List<ITypeSymbol>();
            var seen = new HashSet<ITypeSymbol>(SymbolEqualityComparer.Default);
            foreach (INamedTypeSymbol context in facts.Contexts)
            {
                foreach (ITypeSymbol entity in entities.EntitiesOf(context))
                {
                    if (seen.Add(entity) && !relationships.IsOwned(entity))
                    {
                        candidates.Add(entity);
                    }
                }
            }

            HashSet<ITypeSymbol>? deleted = request == DataSubjectRequest.Erasure ? relationships.DeletedWith(facts.Removed, candidates) : null;
            foreach (ITypeSymbol entity in candidates)
            {
                List<DataMember> members = PersonalDataMembers(entity, personalData);
                if (members.Count == 0 || (exclude != null && PersonalDataMembers(entity, exclude).Count > 0))
                {
                    continue;
                }

                MissedEntity? miss = request == DataSubjectRequest.Erasure
                    ? MissedByErasure(entity, members, facts, deleted!)
                    : MissedByAccess(entity, members, facts);
                yield return (entity, members, miss);
            }
        }

        /// <summary>The list of missed entity types for a message: <c>'SupportTicket' (Body) and 'ExternalLogin' (Token)</c>,
        /// at most <see cref="Shown"/> of them, then "and N more".</summary>
        public static string Display(List<MissedEntity> missed)
        {
            var text = new StringBuilder();
            int shown = Math.Min(missed.Count, Shown);
            for (int i = 0; i < shown; i++)
            {
                text.Append(i == 0 ? string.Empty : i == missed.Count - 1 ? " and " : ", ");
                MissedEntity miss = missed[i];
                text.Append('\'').Append(miss.Name).Append("' (").Append(Names(miss.Members));
                if (miss.PlaceholderReason)
                {
                    text.Append("; its [RetainedAfterErasure] states no reason");
                }

                text.Append(')');
            }

            if (missed.Count > shown)
            {
                text.Append(" and ").Append(missed.Count - shown).Append(" more");
            }

            return text.ToString();
        }

        private MissedEntity? MissedByErasure(ITypeSymbol entity, List<DataMember> members, HandlerFacts facts, HashSet<ITypeSymbol> deleted)
        {
            Retention typeRetention = TypeRetention(entity, out _);
            if (typeRetention == Retention.Stated || deleted.Contains(entity.OriginalDefinition))
            {
                return null;
            }

            bool placeholder = typeRetention == Retention.Placeholder;
            var left = new List<string>();
            var keys = new List<string>();
            foreach (DataMember member in members)
            {
                Retention retention = MemberRetention(member, out _);
                placeholder |= retention == Retention.Placeholder;
                if (retention == Retention.Stated)
                {
                    continue;
                }

                if (member.IsKey)
                {
                    keys.Add(member.Path);
                }
                else if (!facts.Written.Contains(member.Symbol.OriginalDefinition))
                {
                    left.Add(member.Path);
                }
            }

            if (left.Count == 0 && (keys.Count == 0 || HasNonKeyMember(members)))
            {
                return null; // Anonymised: every member that is not kept or a key overwritten (or all kept).
            }

            return new MissedEntity(entity.Name, left.Count > 0 ? left : keys, placeholder);

            bool HasNonKeyMember(List<DataMember> all)
            {
                foreach (DataMember member in all)
                {
                    if (!member.IsKey && MemberRetention(member, out _) != Retention.Stated)
                    {
                        return true;
                    }
                }

                return false;
            }
        }

        private MissedEntity? MissedByAccess(ITypeSymbol entity, List<DataMember> members, HandlerFacts facts)
        {
            foreach (ITypeSymbol read in facts.Read)
            {
                if (EntityRelationships.Related(entity, read))
                {
                    return null;
                }
            }

            var names = new List<string>(members.Count);
            foreach (DataMember member in members)
            {
                if (facts.ReadMembers.Contains(member.Symbol.OriginalDefinition))
                {
                    return null; // The handler reads its personal data.
                }

                names.Add(member.Path);
            }

            return new MissedEntity(entity.Name, names, placeholderReason: false);
        }

        /// <summary>The personal data members of an entity type: its mapped properties that are personal data (all of
        /// them for a type marked as a whole), those of its owned types with their navigation's name, and Identity's claim
        /// and login values; navigations to other entities are not members.</summary>
        private List<DataMember> PersonalDataMembers(ITypeSymbol entity, PersonalDataModel personalData)
        {
            var result = new List<DataMember>();
            AddMembers(result, entity, entity, personalData, prefix: string.Empty, path: new List<ISymbol>(), depth: 0);
            return result;
        }

        private void AddMembers(List<DataMember> result, ITypeSymbol entity, ITypeSymbol type, PersonalDataModel personalData, string prefix, List<ISymbol> path, int depth)
        {
            bool whole = personalData.IsPersonalDataType(type);
            bool identityData = depth == 0 && relationships.IsIdentityUserData(type) && personalData is AnnotatedPersonalDataSources;
            foreach (IPropertySymbol property in EntityRelationships.MappedProperties(type))
            {
                ITypeSymbol target = SymbolRelations.SequenceElementType(property.Type) ?? property.Type;
                if (target.SpecialType == SpecialType.None && target.TypeKind is TypeKind.Class or TypeKind.Struct && entities.IsEntity(target))
                {
                    // A navigation: to an owned type, whose members are this entity's (bounded, without cycles); to another
                    // entity, which is checked itself.
                    if (depth < 2 && relationships.IsOwned(target) && !path.Contains(target.OriginalDefinition))
                    {
                        path.Add(property);
                        path.Add(target.OriginalDefinition);
                        AddMembers(result, entity, target.OriginalDefinition, personalData, prefix + property.Name + ".", path, depth + 1);
                        path.RemoveAt(path.Count - 1);
                        path.RemoveAt(path.Count - 1);
                    }

                    continue;
                }

                if (whole || personalData.IsPersonalDataSymbol(property) || (identityData && IsIdentityValue(property)))
                {
                    var owners = new List<ISymbol>(path.Count / 2);
                    for (int i = 0; i < path.Count; i += 2)
                    {
                        owners.Add(path[i]);
                    }

                    result.Add(new DataMember(property, prefix + property.Name, depth == 0 && relationships.IsKey(property, entity), owners));
                }
            }
        }

        /// <summary>Identity's claim and login values, which hold one user's data though Identity does not mark them.</summary>
        private static bool IsIdentityValue(IPropertySymbol property) =>
            property.Name is "ClaimType" or "ClaimValue" or "ProviderKey" or "ProviderDisplayName";

        /// <summary>Whether the entity type is kept after erasure as a whole: <c>[RetainedAfterErasure]</c> on it, a base
        /// type or its own <c>DbSet</c>, the nearest deciding; <paramref name="decided"/> is that attribute.</summary>
        private Retention TypeRetention(ITypeSymbol entity, out AttributeData? decided)
        {
            decided = null;
            for (ITypeSymbol? current = entity; current != null && current.SpecialType != SpecialType.System_Object; current = current.BaseType)
            {
                if (RetentionOn(current, out decided) is { } retention)
                {
                    return retention;
                }
            }

            if (entities.StoresOf(entity) is { } stores)
            {
                foreach (EntityStore store in stores)
                {
                    if (store.Set.Type is INamedTypeSymbol { TypeArguments.Length: 1 } set
                        && SymbolEqualityComparer.Default.Equals(set.TypeArguments[0].OriginalDefinition, entity.OriginalDefinition)
                        && RetentionOn(store.Set, out decided) is { } retention)
                    {
                        return retention;
                    }
                }
            }

            decided = null;
            return Retention.None;
        }

        /// <summary>Whether a member is kept after erasure: <c>[RetainedAfterErasure]</c> on it or on a navigation to the
        /// owned type it is in, a stated reason winning over a placeholder; <paramref name="decided"/> is that attribute.</summary>
        private Retention MemberRetention(DataMember member, out AttributeData? decided)
        {
            Retention found = RetentionOn(member.Symbol, out decided) ?? Retention.None;
            foreach (ISymbol owner in member.Owners)
            {
                if (found == Retention.Stated)
                {
                    break;
                }

                if (RetentionOn(owner, out AttributeData? ownerAttribute) is { } retention)
                {
                    found = retention;
                    decided = ownerAttribute;
                }
            }

            return found;
        }

        /// <summary>The reason a <c>[RetainedAfterErasure]</c> states, as written; null when none is given.</summary>
        private static string? ReasonOf(AttributeData attribute) =>
            attribute.ConstructorArguments.Length == 1 ? attribute.ConstructorArguments[0].Value as string : null;

        private Retention? RetentionOn(ISymbol symbol, out AttributeData? decided)
        {
            foreach (AttributeData attribute in symbol.GetAttributes())
            {
                if (SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, known.RetainedAfterErasureAttribute))
                {
                    decided = attribute;
                    return DeclarationModel.IsStatedPurpose(ReasonOf(attribute)) ? Retention.Stated : Retention.Placeholder;
                }
            }

            decided = null;

            return null;
        }

        private static string Names(List<string> members)
        {
            var text = new StringBuilder();
            int shown = Math.Min(members.Count, Shown);
            for (int i = 0; i < shown; i++)
            {
                text.Append(i == 0 ? string.Empty : ", ").Append(members[i]);
            }

            if (members.Count > shown)
            {
                text.Append(" and ").Append(members.Count - shown).Append(" more");
            }

            return text.ToString();
        }

        /// <summary>Reads what one method's body does (see the class).</summary>
        private MethodFacts Read(IMethodSymbol method, CancellationToken cancellationToken)
        {
            var result = new MethodFacts();
            if (BodyOf(method, cancellationToken) is not { } body)
            {
                return result;
            }

            foreach (IOperation operation in body.DescendantsAndSelf())
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (operation.Type is INamedTypeSymbol { TypeKind: TypeKind.Class } type && entities.IsDbContext(type)
                    && !SymbolEqualityComparer.Default.Equals(type, known.EfDbContext) && SymbolRelations.IsInSource(type))
                {
                    result.Contexts.Add((INamedTypeSymbol)type.OriginalDefinition);
                }

                switch (operation)
                {
                    case IInvocationOperation invocation:
                        ReadCall(result, invocation);
                        break;
                    case IMethodReferenceOperation reference:
                        AddCallee(result, reference.Method);
                        break;
                    case IPropertyReferenceOperation property:
                        ReadProperty(result, property);
                        break;
                    case IAssignmentOperation assignment when SymbolRelations.WithoutConversions(assignment.Target) is IPropertyReferenceOperation target:
                        ReadWrite(result, assignment, target);
                        break;
                }
            }

            return result;
        }

        private void ReadCall(MethodFacts result, IInvocationOperation call)
        {
            IMethodSymbol method = call.TargetMethod;
            string name = method.Name;
            if (SetElement(call.Type) is { } queried && !IsWriteReceiver(call))
            {
                result.Read.Add(queried); // Set<T>() of a context, other than to write.
            }

            IOperation? receiver = call.Instance ?? (method.IsExtensionMethod && call.Arguments.Length > 0 ? call.Arguments[0].Value : null);
            ITypeSymbol? receiverType = receiver is null ? null : SymbolRelations.WithoutConversions(receiver).Type;
            if (SetElement(receiverType) is { } element)
            {
                if (name is "Remove" or "RemoveRange")
                {
                    result.Removed.Add(element);
                }
                else if (name is "Find" or "FindAsync")
                {
                    result.Read.Add(element);
                }

                return;
            }

            if (entities.IsDbContext(method.ContainingType))
            {
                switch (name)
                {
                    case "Remove" or "RemoveRange":
                        AddRemovedArguments(result, call);
                        return;
                    case "Find" or "FindAsync" when method.IsGenericMethod:
                        result.Read.Add(method.TypeArguments[0].OriginalDefinition);
                        return;
                }
            }

            if (name is "ExecuteDelete" or "ExecuteDeleteAsync" && method.IsGenericMethod && IsEfCore(method))
            {
                result.Removed.Add(method.TypeArguments[0].OriginalDefinition);
                return;
            }

            if (name == "SetProperty" && IsEfCore(method) && call.Arguments.Length > 0)
            {
                foreach (IOperation operation in call.Arguments[0].Value.DescendantsAndSelf())
                {
                    if (operation is IPropertyReferenceOperation written)
                    {
                        result.Written.Add(written.Property.OriginalDefinition);
                        break;
                    }
                }

                return;
            }

            if (SymbolRelations.IsConstructedFrom(method.ContainingType, known.IdentityUserManager) && method.ContainingType.TypeArguments.Length == 1)
            {
                ReadUserManagerCall(result, name, method.ContainingType.TypeArguments[0]);
                return;
            }

            AddCallee(result, method);
        }

        /// <summary>Identity's <c>UserManager&lt;TUser&gt;</c>: what a call removes or reads of the user's tables.</summary>
        private void ReadUserManagerCall(MethodFacts result, string name, ITypeSymbol user)
        {
            result.UserTypes.Add(user.OriginalDefinition);
            INamedTypeSymbol? removed = null;
            INamedTypeSymbol? read = null;
            switch (name)
            {
                case "DeleteAsync":
                    result.Removed.Add(user.OriginalDefinition);
                    return;
                case "FindByIdAsync" or "FindByNameAsync" or "FindByEmailAsync" or "FindByLoginAsync" or "GetUserAsync":
                    result.Read.Add(user.OriginalDefinition);
                    return;
                case "RemoveLoginAsync":
                    removed = known.IdentityUserLogin;
                    break;
                case "RemoveClaimAsync" or "RemoveClaimsAsync":
                    removed = known.IdentityUserClaim;
                    break;
                case "RemoveAuthenticationTokenAsync":
                    removed = known.IdentityUserToken;
                    break;
                case "GetLoginsAsync":
                    read = known.IdentityUserLogin;
                    break;
                case "GetClaimsAsync":
                    read = known.IdentityUserClaim;
                    break;
                case "GetAuthenticationTokenAsync" or "GetAuthenticatorKeyAsync":
                    read = known.IdentityUserToken;
                    break;
            }

            if (removed != null)
            {
                result.Removed.Add(removed);
            }

            if (read != null)
            {
                result.Read.Add(read);
            }
        }

        /// <summary><c>context.Remove(entity)</c>, <c>context.RemoveRange(a, b)</c>, <c>context.RemoveRange(query)</c>: the
        /// type argument, or the static types of the entities given.</summary>
        private static void AddRemovedArguments(MethodFacts result, IInvocationOperation call)
        {
            if (call.TargetMethod.IsGenericMethod)
            {
                result.Removed.Add(call.TargetMethod.TypeArguments[0].OriginalDefinition);
                return;
            }

            foreach (IArgumentOperation argument in call.Arguments)
            {
                IOperation value = SymbolRelations.WithoutConversions(argument.Value);
                if (value is IArrayCreationOperation { Initializer: { } initializer })
                {
                    foreach (IOperation element in initializer.ElementValues)
                    {
                        AddType(result.Removed, SymbolRelations.WithoutConversions(element).Type);
                    }
                }
                else if (value.Type is { } type)
                {
                    AddType(result.Removed, SymbolRelations.SequenceElementType(type) ?? type);
                }
            }
        }

        private static void AddType(HashSet<ITypeSymbol> set, ITypeSymbol? type)
        {
            if (type is INamedTypeSymbol { SpecialType: SpecialType.None, TypeKind: TypeKind.Class or TypeKind.Struct })
            {
                set.Add(type.OriginalDefinition);
            }
        }

        private void ReadProperty(MethodFacts result, IPropertyReferenceOperation reference)
        {
            if (IsWriteTarget(reference))
            {
                return;
            }

            IPropertySymbol property = reference.Property;
            if (SetElement(property.Type) is { } element)
            {
                if (!IsWriteReceiver(reference))
                {
                    result.Read.Add(element); // A query over the set.
                }

                return;
            }

            result.ReadMembers.Add(property.OriginalDefinition);

            // A navigation (or a query such as UserManager.Users): reads the entities it leads to.
            ITypeSymbol target = SymbolRelations.SequenceElementType(property.Type) ?? property.Type;
            if (target is INamedTypeSymbol { SpecialType: SpecialType.None, TypeKind: TypeKind.Class or TypeKind.Struct } && entities.IsEntity(target))
            {
                result.Read.Add(target.OriginalDefinition);
            }
        }

        private void ReadWrite(MethodFacts result, IAssignmentOperation assignment, IPropertyReferenceOperation target)
        {
            if (target.Instance is IInstanceReferenceOperation { ReferenceKind: InstanceReferenceKind.ImplicitReceiver })
            {
                return; // An object or with initializer: a new object, not the stored one overwritten.
            }

            IPropertySymbol property = target.Property;
            if (property.Name == "State" && target.Instance?.Type is INamedTypeSymbol { TypeArguments.Length: 1 } entry
                && SymbolRelations.IsConstructedFrom(entry, known.EfEntityEntry))
            {
                if (SymbolRelations.WithoutConversions(assignment.Value) is IFieldReferenceOperation { Field.Name: "Deleted" })
                {
                    result.Removed.Add(entry.TypeArguments[0].OriginalDefinition);
                }

                return;
            }

            result.Written.Add(property.OriginalDefinition);
        }

        private void AddCallee(MethodFacts result, IMethodSymbol method)
        {
            IMethodSymbol callSite = method.ReducedFrom != null ? method.GetConstructedReducedFrom() ?? method : method;
            IMethodSymbol callee = implementations.Resolve(callSite.OriginalDefinition);
            if (callee.MethodKind is MethodKind.Ordinary or MethodKind.ExplicitInterfaceImplementation
                && !callee.IsAbstract && callee.DeclaringSyntaxReferences.Length == 1
                && SymbolEqualityComparer.Default.Equals(callee.ContainingAssembly, compilation.Assembly))
            {
                result.Callees.Add((callee, callSite));
            }
        }

        /// <summary>The entity type of a <c>DbSet&lt;T&gt;</c> (its definition), or null.</summary>
        private ITypeSymbol? SetElement(ITypeSymbol? type) =>
            type is INamedTypeSymbol { TypeArguments.Length: 1 } set && SymbolRelations.IsConstructedFrom(set, known.EfDbSet)
                ? set.TypeArguments[0].OriginalDefinition
                : null;

        private static bool IsEfCore(IMethodSymbol method) =>
            method.ContainingNamespace?.ToDisplayString() is { } ns && ns.StartsWith("Microsoft.EntityFrameworkCore", StringComparison.Ordinal);

        private static bool IsWriteTarget(IOperation reference) =>
            reference.Parent is IAssignmentOperation assignment && ReferenceEquals(assignment.Target, reference);

        /// <summary>Whether a set is the receiver of a call that adds, updates, attaches or removes: no read.</summary>
        private static bool IsWriteReceiver(IOperation set)
        {
            IOperation current = set;
            for (int i = 0; i < 4 && current.Parent is IConversionOperation or IArgumentOperation; i++)
            {
                current = current.Parent;
            }

            return current.Parent is IInvocationOperation call
                && (ReferenceEquals(call.Instance, current) || (call.Arguments.Length > 0 && ReferenceEquals(call.Arguments[0], current)))
                && (call.TargetMethod.Name.StartsWith("Add", StringComparison.Ordinal)
                    || call.TargetMethod.Name.StartsWith("Update", StringComparison.Ordinal)
                    || call.TargetMethod.Name.StartsWith("Attach", StringComparison.Ordinal)
                    || call.TargetMethod.Name.StartsWith("Remove", StringComparison.Ordinal)
                    || call.TargetMethod.Name.StartsWith("ExecuteDelete", StringComparison.Ordinal));
        }

        /// <summary>The body of a source method, bound through its tree's semantic model (once per tree).</summary>
        private IOperation? BodyOf(IMethodSymbol method, CancellationToken cancellationToken)
        {
            if (method.IsAbstract || method.DeclaringSyntaxReferences.Length != 1)
            {
                return null;
            }

            SyntaxReference reference = method.DeclaringSyntaxReferences[0];
#pragma warning disable RS1030 // A handler and the methods it calls, bound only where a handler is declared (as MethodSummaries).
            SemanticModel model = models.GetOrAdd(reference.SyntaxTree, tree => compilation.GetSemanticModel(tree));
#pragma warning restore RS1030
            return model.GetOperation(reference.GetSyntax(cancellationToken), cancellationToken);
        }

        private enum Retention
        {
            None,
            Placeholder,
            Stated,
        }

        /// <summary>What one method's body does: its facts and the project's methods it calls.</summary>
        internal sealed class MethodFacts : HandlerFacts
        {
            /// <summary>Each callee (a definition in source) with the call's own symbol, whose type arguments say what the
            /// callee's type parameters stand for.</summary>
            public List<(IMethodSymbol Callee, IMethodSymbol CallSite)> Callees { get; } = new();
        }

        /// <summary>What a handler does, with the methods it calls (or what one method does).</summary>
        internal class HandlerFacts
        {
            /// <summary>The contexts used (definitions).</summary>
            public HashSet<INamedTypeSymbol> Contexts { get; } = new(SymbolEqualityComparer.Default);

            /// <summary>The entity types removed directly (not by cascade).</summary>
            public HashSet<ITypeSymbol> Removed { get; } = new(SymbolEqualityComparer.Default);

            /// <summary>The entity types read.</summary>
            public HashSet<ITypeSymbol> Read { get; } = new(SymbolEqualityComparer.Default);

            /// <summary>The members overwritten.</summary>
            public HashSet<ISymbol> Written { get; } = new(SymbolEqualityComparer.Default);

            /// <summary>The members read.</summary>
            public HashSet<ISymbol> ReadMembers { get; } = new(SymbolEqualityComparer.Default);

            /// <summary>The user types of the Identity user managers called.</summary>
            public HashSet<ITypeSymbol> UserTypes { get; } = new(SymbolEqualityComparer.Default);

            /// <summary>Adds what <paramref name="other"/> does, its type parameters replaced through
            /// <paramref name="map"/> (a generic repository's <c>Set&lt;T&gt;().Remove</c> removes the type it was called
            /// with).</summary>
            public void Add(HandlerFacts other, TypeMap map)
            {
                Contexts.UnionWith(other.Contexts);
                Written.UnionWith(other.Written);
                ReadMembers.UnionWith(other.ReadMembers);
                AddMapped(Removed, other.Removed, map);
                AddMapped(Read, other.Read, map);
                AddMapped(UserTypes, other.UserTypes, map);
            }

            private static void AddMapped(HashSet<ITypeSymbol> target, HashSet<ITypeSymbol> source, TypeMap map)
            {
                foreach (ITypeSymbol type in source)
                {
                    target.Add(map.Apply(type).OriginalDefinition);
                }
            }
        }

        /// <summary>What the type parameters of a method reached by the walk stand for, from the calls that led to it
        /// (by ordinal: a call through an interface maps the interface's type arguments onto the implementation's type
        /// parameters, which is right where the implementation passes them on in order, as repositories do).</summary>
        internal sealed class TypeMap
        {
            public static readonly TypeMap Empty = new(new Dictionary<ITypeSymbol, ITypeSymbol>(SymbolEqualityComparer.Default));

            private readonly Dictionary<ITypeSymbol, ITypeSymbol> map;

            private TypeMap(Dictionary<ITypeSymbol, ITypeSymbol> map) => this.map = map;

            /// <summary>The type itself, or what it stands for when it is a mapped type parameter.</summary>
            public ITypeSymbol Apply(ITypeSymbol type) => type is ITypeParameterSymbol && map.TryGetValue(type, out ITypeSymbol? argument) ? argument : type;

            /// <summary>What the type parameters of <paramref name="method"/> and its type stand for, as text: equal for two
            /// maps that read the method alike.</summary>
            public string Key(IMethodSymbol method)
            {
                if (map.Count == 0)
                {
                    return string.Empty;
                }

                var text = new System.Text.StringBuilder();
                foreach (ITypeParameterSymbol parameter in method.TypeParameters)
                {
                    text.Append(Apply(parameter).ToDisplayString()).Append(';');
                }

                for (INamedTypeSymbol? type = method.ContainingType; type != null; type = type.ContainingType)
                {
                    foreach (ITypeParameterSymbol parameter in type.TypeParameters)
                    {
                        text.Append(Apply(parameter).ToDisplayString()).Append(';');
                    }
                }

                return text.ToString();
            }

            /// <summary>The map of <paramref name="callee"/> called as <paramref name="callSite"/> from a method with this
            /// map.</summary>
            public TypeMap Through(IMethodSymbol callee, IMethodSymbol callSite)
            {
                var next = new Dictionary<ITypeSymbol, ITypeSymbol>(SymbolEqualityComparer.Default);
                AddArguments(next, callee.TypeParameters, callSite.TypeArguments);
                if (callee.ContainingType is { } type && callSite.ContainingType is { } called)
                {
                    AddArguments(next, type.TypeParameters, called.TypeArguments);
                }

                return next.Count == 0 ? Empty : new TypeMap(next);
            }

            private void AddArguments(Dictionary<ITypeSymbol, ITypeSymbol> next, ImmutableArray<ITypeParameterSymbol> parameters, ImmutableArray<ITypeSymbol> arguments)
            {
                if (parameters.Length != arguments.Length)
                {
                    return;
                }

                for (int i = 0; i < parameters.Length; i++)
                {
                    if (!SymbolEqualityComparer.Default.Equals(parameters[i], arguments[i]))
                    {
                        next[parameters[i]] = Apply(arguments[i]);
                    }
                }
            }
        }

        /// <summary>A personal data member of an entity: the property, its path from the entity (<c>Home.Street</c> for an
        /// owned type's), whether it is a key, and the navigations to the owned types it is in.</summary>
        private sealed class DataMember
        {
            public DataMember(IPropertySymbol symbol, string path, bool isKey, List<ISymbol> owners)
            {
                Symbol = symbol;
                Path = path;
                IsKey = isKey;
                Owners = owners;
            }

            public IPropertySymbol Symbol { get; }

            public string Path { get; }

            public bool IsKey { get; }

            public List<ISymbol> Owners { get; }
        }
    }

    /// <summary>What a handler covers, for the record of processing (<see cref="DataSubjectRequestModel.Coverage"/>): item
    /// names (<c>Type.Member</c>) covered and missed, and those kept after erasure with the reason stated and the
    /// attribute's place.</summary>
    internal sealed class HandlerCoverage
    {
        public SortedSet<string> Covered { get; } = new(StringComparer.Ordinal);

        public SortedSet<string> Missed { get; } = new(StringComparer.Ordinal);

        public SortedDictionary<string, (string Reason, Location Location)> Retained { get; } = new(StringComparer.Ordinal);
    }

    /// <summary>An entity type a handler misses: its name, the personal data members it leaves, and whether a
    /// <c>[RetainedAfterErasure]</c> on it states no reason.</summary>
    internal sealed class MissedEntity
    {
        public MissedEntity(string name, List<string> members, bool placeholderReason)
        {
            Name = name;
            Members = members;
            PlaceholderReason = placeholderReason;
        }

        public string Name { get; }

        public List<string> Members { get; }

        public bool PlaceholderReason { get; }
    }
}
