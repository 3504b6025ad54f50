using System.Collections.Concurrent;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace GdprAnalyzers
{
    /// <summary>A credential member that a serializer writes when given an object of some type: the type as written
    /// (<c>ApplicationUser</c>) and the path of members to the credential (<c>PasswordHash</c>,
    /// <c>Owner.PasswordHash</c>).</summary>
    internal sealed class SerializedCredential
    {
        public SerializedCredential(string typeName, string path)
        {
            TypeName = typeName;
            Path = path;
        }

        /// <summary>The serialized type (an element type for a collection).</summary>
        public string TypeName { get; }

        /// <summary>The members from that type to the credential, dot-separated.</summary>
        public string Path { get; }
    }

    /// <summary>
    /// Which credentials a JSON serializer (System.Text.Json, Newtonsoft.Json) writes when it serializes an object of a
    /// given type (GDPR010, Art. 32). It writes the public instance properties with a public getter, and fields marked
    /// <c>[JsonInclude]</c>, except those marked <c>[JsonIgnore]</c> (System.Text.Json's without a condition or with
    /// <c>Condition = JsonIgnoreCondition.Always</c>; Newtonsoft.Json's). A member is a credential when:
    /// <list type="bullet">
    /// <item>it is ASP.NET Core Identity's <c>PasswordHash</c>, <c>SecurityStamp</c> or <c>ConcurrencyStamp</c> of
    /// <c>IdentityUser&lt;TKey&gt;</c> (a password's hash and the stamps that validate a user's cookies and tokens);</item>
    /// <item>it is marked <c>[PersonalData(PersonalDataCategory.Credential)]</c>;</item>
    /// <item>GDPR006's <see cref="CredentialNames"/> call its name a credential and it holds text or bytes
    /// (<c>Password</c>, <c>ClientSecret</c>, <c>ApiKey</c>, <c>ConnectionString</c>), except a token or one-time code
    /// (<see cref="CredentialNames.IsIssuedToken"/>: what a login or token endpoint returns by design) outside an Identity
    /// user, where it is stored rather than issued.</item>
    /// </list>
    /// The walk looks through tasks, <c>ActionResult&lt;T&gt;</c>, <c>Nullable&lt;T&gt;</c>, arrays and sequences (a
    /// dictionary's values too) to the element type, and into the members of the types it finds down to
    /// <see cref="MaxDepth"/> levels (<c>order.Customer.Account.PasswordHash</c>); it skips the types of the <c>System</c>
    /// namespaces, enums, delegates and framework results (<c>IActionResult</c>, <c>IResult</c>: their body is
    /// reported where it is given to them). A type already on the path is not entered again, and a walk looks at
    /// most <see cref="MaxMembers"/> members. Answers are cached per type; thread-safe.
    /// </summary>
    internal sealed class SerializedCredentialModel
    {
        /// <summary>How many levels of members the walk looks into: the type's own, its members' and theirs.</summary>
        public const int MaxDepth = 3;

        /// <summary>How many members one walk looks at.</summary>
        public const int MaxMembers = 512;

        /// <summary>How many wrappers (tasks, collections, results) are looked through to reach an element type.</summary>
        private const int MaxWrappers = 8;

        private readonly KnownSymbols known;
        private readonly CredentialSources credentials;
        private readonly ConcurrentDictionary<ITypeSymbol, SerializedCredential?> cache = new(SymbolEqualityComparer.Default);

        public SerializedCredentialModel(KnownSymbols known)
        {
            this.known = known;
            credentials = new CredentialSources(known, honourLogExclusions: false);
        }

        /// <summary>The first credential a serializer writes for a value of <paramref name="type"/>, or null.</summary>
        public SerializedCredential? Find(ITypeSymbol? type)
        {
            ITypeSymbol? element = ElementType(type);
            return element is null ? null : cache.GetOrAdd(element, Walk);
        }

        private SerializedCredential? Walk(ITypeSymbol type)
        {
            var path = new List<ISymbol>(MaxDepth);
            var onPath = new HashSet<ITypeSymbol>(SymbolEqualityComparer.Default);
            int budget = MaxMembers;
            if (!Walk(type, path, onPath, ref budget))
            {
                return null;
            }

            var names = new List<string>(path.Count);
            foreach (ISymbol member in path)
            {
                names.Add(member.Name);
            }

            return new SerializedCredential(type.IsAnonymousType ? "anonymous type" : type.Name, string.Join(".", names));
        }

        /// <summary>Whether a credential is found under <paramref name="type"/>; <paramref name="path"/> then holds the
        /// members down to it.</summary>
        private bool Walk(ITypeSymbol type, List<ISymbol> path, HashSet<ITypeSymbol> onPath, ref int budget)
        {
            if (path.Count >= MaxDepth || !IsSerializedObject(type) || !onPath.Add(type))
            {
                return false;
            }

            bool identityUser = SymbolRelations.DerivesFrom(type, known.IdentityUser);
            var nested = new List<(ISymbol Member, ITypeSymbol Type)>();
            for (ITypeSymbol? current = type; current != null && current.SpecialType != SpecialType.System_Object; current = current.BaseType)
            {
                foreach (ISymbol member in current.GetMembers())
                {
                    if (--budget < 0)
                    {
                        onPath.Remove(type);
                        return false;
                    }

                    if (SerializedType(member) is not { } memberType)
                    {
                        continue;
                    }

                    if (IsCredential(member, identityUser))
                    {
                        path.Add(member);
                        return true;
                    }

                    nested.Add((member, memberType));
                }
            }

            foreach ((ISymbol member, ITypeSymbol memberType) in nested)
            {
                if (ElementType(memberType) is not { } element)
                {
                    continue;
                }

                path.Add(member);
                if (Walk(element, path, onPath, ref budget))
                {
                    return true;
                }

                path.RemoveAt(path.Count - 1);
            }

            onPath.Remove(type);
            return false;
        }

        private bool IsCredential(ISymbol member, bool inIdentityUser)
        {
            if (member.Name is "PasswordHash" or "SecurityStamp" or "ConcurrencyStamp"
                && SymbolRelations.IsConstructedFrom(member.ContainingType, known.IdentityUser))
            {
                return true;
            }

            if (credentials.IsMarkedCredential(member))
            {
                return true;
            }

            return credentials.IsPersonalDataSymbol(member) && (inIdentityUser || !CredentialNames.IsIssuedToken(member.Name));
        }

        /// <summary>The type of a member the serializer writes, or null: a public instance property with a public getter
        /// (not an indexer), or a public field marked <c>[JsonInclude]</c>; not marked <c>[JsonIgnore]</c>.</summary>
        private ITypeSymbol? SerializedType(ISymbol member)
        {
            ITypeSymbol? type = member switch
            {
                IPropertySymbol { IsStatic: false, IsIndexer: false, DeclaredAccessibility: Accessibility.Public, GetMethod.DeclaredAccessibility: Accessibility.Public } property => property.Type,
                IFieldSymbol { IsStatic: false, DeclaredAccessibility: Accessibility.Public, IsImplicitlyDeclared: false } field when HasAttributeNamed(field, "JsonIncludeAttribute") => field.Type,
                _ => null,
            };

            return type is null || IsIgnored(member) ? null : type;
        }

        /// <summary>Whether the serializers skip the member: Newtonsoft.Json's <c>[JsonIgnore]</c>, or System.Text.Json's
        /// without a condition or with <c>JsonIgnoreCondition.Always</c> (1); <c>WhenWritingNull</c> and
        /// <c>WhenWritingDefault</c> still write a value that is set.</summary>
        private bool IsIgnored(ISymbol member)
        {
            foreach (AttributeData attribute in member.GetAttributes())
            {
                if (SymbolRelations.IsConstructedFrom(attribute.AttributeClass, known.NewtonsoftJsonIgnoreAttribute))
                {
                    return true;
                }

                if (SymbolRelations.IsConstructedFrom(attribute.AttributeClass, known.SystemTextJsonIgnoreAttribute))
                {
                    bool always = true;
                    foreach (KeyValuePair<string, TypedConstant> argument in attribute.NamedArguments)
                    {
                        if (argument.Key == "Condition" && argument.Value.Value is int condition)
                        {
                            always = condition == 1;
                        }
                    }

                    if (always)
                    {
                        return true;
                    }
                }
            }

            return false;
        }

        private static bool HasAttributeNamed(ISymbol symbol, string name)
        {
            foreach (AttributeData attribute in symbol.GetAttributes())
            {
                if (attribute.AttributeClass?.Name == name)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>The type whose members are serialized for a value of <paramref name="type"/>: through tasks,
        /// <c>ActionResult&lt;T&gt;</c>, <c>Nullable&lt;T&gt;</c>, arrays, sequences and a dictionary's values.</summary>
        private ITypeSymbol? ElementType(ITypeSymbol? type)
        {
            for (int i = 0; type != null && i < MaxWrappers; i++)
            {
                if (type is INamedTypeSymbol { IsGenericType: true } generic
                    && (SymbolRelations.IsConstructedFrom(generic, known.TaskOfT) || SymbolRelations.IsConstructedFrom(generic, known.ValueTaskOfT)
                        || SymbolRelations.IsConstructedFrom(generic, known.MvcActionResultOfT)
                        || generic.OriginalDefinition.SpecialType == SpecialType.System_Nullable_T))
                {
                    type = generic.TypeArguments[0];
                    continue;
                }

                if (type is INamedTypeSymbol { Name: "KeyValuePair", TypeArguments.Length: 2 } pair)
                {
                    type = pair.TypeArguments[1];
                    continue;
                }

                if (type.SpecialType != SpecialType.System_String && SymbolRelations.SequenceElementType(type) is { } element)
                {
                    type = element;
                    continue;
                }

                return type;
            }

            return null;
        }

        /// <summary>Whether the serializer writes a value of <paramref name="type"/> member by member and it may hold a
        /// credential: a class, struct, record, interface or anonymous type outside the <c>System</c> namespaces, and not
        /// a framework result.</summary>
        private bool IsSerializedObject(ITypeSymbol type)
        {
            if (type.SpecialType != SpecialType.None || type.TypeKind is not (TypeKind.Class or TypeKind.Struct or TypeKind.Interface))
            {
                return false;
            }

            if (type.IsAnonymousType)
            {
                return true;
            }

            string? ns = type.ContainingNamespace?.ToDisplayString();
            if (ns != null && (ns == "System" || ns.StartsWith("System.", System.StringComparison.Ordinal)))
            {
                return false;
            }

            return !SymbolRelations.Implements(type, known.MvcActionResult) && !SymbolRelations.Implements(type, known.AspNetResult)
                && !SymbolRelations.Implements(type, known.MvcConvertToActionResult);
        }
    }
}
