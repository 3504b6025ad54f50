using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace GdprAnalyzers
{
    /// <summary>
    /// What one kind of source is, per compilation: which symbols and types hold it, and how its values behave in the
    /// flow engine (the capability properties). One class per kind: <see cref="AnnotatedPersonalDataSources"/>,
    /// <see cref="CredentialSources"/>, <see cref="ProbablePersonalDataSources"/>. Shared here: the markers of personal data
    /// (the attributes recognised, by metadata name: GdprAnalyzers' <c>[PersonalData]</c>; ASP.NET Core Identity's
    /// <c>[PersonalData]</c> and <c>[ProtectedPersonalData]</c>; subclasses of Microsoft.Extensions.Compliance's
    /// <c>DataClassificationAttribute</c> other than its "no classification" attribute), a source fact's category, and
    /// the personal data a whole object carries. The costly parts of an answer are cached; instances are thread-safe.
    /// </summary>
    internal abstract class PersonalDataModel
    {
        private readonly ConcurrentDictionary<INamedTypeSymbol, bool> attributeCache = new(SymbolEqualityComparer.Default);
        private readonly ConcurrentDictionary<ITypeSymbol, Carried> carriedCache = new(SymbolEqualityComparer.Default);

        private readonly bool honourLogExclusions;

        /// <param name="known">The compilation's well-known types.</param>
        /// <param name="honourLogExclusions">Whether members hidden from log destructuring (Destructurama's
        /// <c>[NotLogged]</c>, <c>[LogMasked]</c>) are left out of whole objects: true for log sinks only; storage and
        /// decisions still see those members.</param>
        protected PersonalDataModel(KnownSymbols known, bool honourLogExclusions)
        {
            Known = known;
            this.honourLogExclusions = honourLogExclusions;
        }

        /// <summary>The compilation's well-known types.</summary>
        protected KnownSymbols Known { get; }

        /// <summary>Whether this model serves log sinks (members hidden from log destructuring are left out, and objects
        /// created by the project's constructors hold only what the constructor keeps).</summary>
        public bool ForLogs => honourLogExclusions;

        // What the flow engine asks of the model: how the values of this kind of source behave. The engine branches on
        // these answers, not on which rule asks; each kind of source answers for itself.

        /// <summary>Whether the value of a credential query parameter in a URL (<c>?token={value}</c>) is a source:
        /// for credentials.</summary>
        public virtual bool QueryParameterValuesAreSources => false;

        /// <summary>What this kind of source says of a property read or a call from its shape, before the engine follows
        /// it further: a source with the name the message shows (<c>header X-Forwarded-For</c>, <c>the request's body</c>,
        /// <c>configuration value 'Smtp:Password'</c>), not a source whatever it reads from (a request header read by a
        /// name that is not a credential), or no opinion (the engine follows the value as usual). Asked of every
        /// property reference and invocation the engine looks at: answer cheaply. No opinion by default.</summary>
        public virtual SourceAnswer SourceOf(IOperation value) => SourceAnswer.NoOpinion;

        /// <summary>Whether another assembly's method hands back what an argument holds only as a text or bytes form of
        /// it (<c>Convert.ToBase64String(bytes)</c>), not as any object it returns: for credentials (a user returned by
        /// <c>SignIn(name, password)</c> is not the password).</summary>
        public virtual bool OnlyTextOrBytesResultsCarryArguments => false;

        /// <summary>Whether <paramref name="member"/> of a value that is a source is a source too
        /// (<c>customer.Address.City</c>): for personal data, every member; a member of a credential is a credential only
        /// by itself, or where it hands back what its object was built from (see <see cref="CredentialSources"/>).</summary>
        public virtual bool MemberOfSourceIsSource(ISymbol member) => true;

        /// <summary>Whether a method's result holds what its arguments, or the sources its body returns, hold; true by
        /// default (a customer's address trimmed, formatted, encoded is still the address). See
        /// <see cref="CredentialSources"/>.</summary>
        public virtual bool ResultCarriesArguments(IMethodSymbol method) => true;

        /// <summary>Whether another assembly's <c>ToString()</c> override is taken to show what its object holds: for
        /// personal data (an Identity user prints its user name); for credentials only a record's does.</summary>
        public virtual bool LibraryTextFormsShowSources => true;

        /// <summary>Whether a call of <paramref name="method"/> ends a flow of this kind of source, besides the
        /// redactions every kind honours (<see cref="SanitizerModel.IsRedaction"/>): for credentials kept in a store, a
        /// password hasher, and for tokens and keys also encryption (<see cref="StoredCredentialSources"/>). None by
        /// default.</summary>
        public virtual bool EndsFlow(IMethodSymbol method) => false;

        /// <summary>Whether an object made by the project's constructor holds only what the constructor keeps (a log
        /// model that masks a token), rather than whatever its type could: for log sinks.</summary>
        public bool CreationsHoldWhatConstructorsKeep => ForLogs;

        /// <summary>
        /// Whether an object of <paramref name="type"/> created in a body holds what its constructor's arguments hold
        /// (<c>new Order(customer.Email)</c> is built from the address). Not an exception, for log sinks: what its message
        /// holds is reported where it is built (GDPR009, <see cref="ExceptionSinkModel"/>), whether or not that rule is
        /// on, so the log of <c>ex.Message</c>, <c>ex.ToString()</c> or <c>ex</c> is not reported again. Opt-in sources
        /// (<see cref="ProbablePersonalDataSources"/>) keep the arguments: no rule reports probable personal data where
        /// an exception is built, so GDPR101 still reports its log.
        /// </summary>
        public virtual bool CreationHoldsArguments(ITypeSymbol? type) => !ForLogs || !SymbolRelations.DerivesFrom(type, Known.Exception);

        /// <summary>Whether <paramref name="attributeClass"/> marks personal data.</summary>
        public bool IsPersonalDataAttribute(INamedTypeSymbol? attributeClass)
        {
            if (attributeClass is null)
            {
                return false;
            }

            if (attributeCache.TryGetValue(attributeClass, out bool cached))
            {
                return cached;
            }

            bool result = false;
            for (INamedTypeSymbol? type = attributeClass; type != null; type = type.BaseType)
            {
                if (SymbolRelations.IsConstructedFrom(type, Known.NoDataClassificationAttribute))
                {
                    result = false;
                    break;
                }

                if (SymbolRelations.IsConstructedFrom(type, Known.PersonalDataAttribute) || SymbolRelations.IsConstructedFrom(type, Known.IdentityPersonalDataAttribute) || SymbolRelations.IsConstructedFrom(type, Known.DataClassificationAttribute))
                {
                    result = true;
                    break;
                }
            }

            attributeCache[attributeClass] = result;
            return result;
        }

        /// <summary>Whether one of <paramref name="attributes"/> marks personal data.</summary>
        public bool HasPersonalDataAttribute(ImmutableArray<AttributeData> attributes)
        {
            foreach (AttributeData attribute in attributes)
            {
                if (IsPersonalDataAttribute(attribute.AttributeClass))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>Whether <paramref name="attributes"/> hold a Microsoft.Extensions.Compliance data classification,
        /// which Microsoft.Extensions.Telemetry's logging generator redacts at run time.</summary>
        public bool HasDataClassification(ImmutableArray<AttributeData> attributes)
        {
            if (Known.DataClassificationAttribute is null)
            {
                return false;
            }

            foreach (AttributeData attribute in attributes)
            {
                for (INamedTypeSymbol? type = attribute.AttributeClass; type != null; type = type.BaseType)
                {
                    if (SymbolRelations.IsConstructedFrom(type, Known.NoDataClassificationAttribute))
                    {
                        break;
                    }

                    if (SymbolRelations.IsConstructedFrom(type, Known.DataClassificationAttribute))
                    {
                        return true;
                    }
                }
            }

            return false;
        }

        /// <summary>Whether a property, field, parameter, method result (or, for credentials, a local) is a source of
        /// this kind: see each kind's class.</summary>
        public abstract bool IsPersonalDataSymbol(ISymbol symbol);

        /// <summary>Whether values of <paramref name="type"/> are sources whatever holds them (a type marked
        /// <c>[PersonalData]</c>); none by default.</summary>
        public virtual bool IsPersonalDataType(ITypeSymbol? type) => false;

        /// <summary>Whether <paramref name="method"/>'s result is a source of this kind.</summary>
        public abstract bool ReturnsPersonalData(IMethodSymbol method);

        /// <summary>Whether a call's result quotes the user it was given (an Identity result whose errors quote the user
        /// name): only where framework sources of personal data count.</summary>
        public virtual bool ResultQuotesUser(IMethodSymbol method) => false;

        /// <summary>Claim types of the protocols (OpenID Connect, JWT, WS-Federation) whose values name no person: how and
        /// where the user signed in, the token's issuer, audience, times and ids, the client and the scopes.</summary>
        private static readonly HashSet<string> ProtocolClaimTypes = new(System.StringComparer.Ordinal)
        {
            "amr", "idp", "auth_time", "acr", "iss", "aud", "azp", "scope", "client_id", "iat", "exp", "nbf", "jti", "nonce",
            "at_hash", "c_hash", "typ",
            "http://schemas.microsoft.com/ws/2008/06/identity/claims/authenticationmethod",
            "http://schemas.microsoft.com/ws/2008/06/identity/claims/authenticationinstant",
            "http://schemas.microsoft.com/ws/2008/06/identity/claims/expiration",
            "http://schemas.microsoft.com/identity/claims/identityprovider",
        };

        /// <summary>The names of the constants that hold <see cref="ProtocolClaimTypes"/> in <c>ClaimTypes</c>,
        /// IdentityModel's <c>JwtClaimTypes</c> and <c>JwtRegisteredClaimNames</c>, for code whose constants do not bind.</summary>
        private static readonly HashSet<string> ProtocolClaimConstants = new(System.StringComparer.Ordinal)
        {
            "AuthenticationMethod", "IdentityProvider", "AuthenticationTime", "AuthenticationInstant", "AuthenticationContextClassReference",
            "Issuer", "Iss", "Audience", "Aud", "AuthorizedParty", "Azp", "Scope", "ClientId", "IssuedAt", "Iat", "Expiration", "Exp",
            "NotBefore", "Nbf", "JwtId", "Jti", "Nonce", "AccessTokenHash", "AtHash", "AuthorizationCodeHash", "CHash", "Amr", "Acr", "AuthTime",
        };

        /// <summary>The name of a request header that identifies the client (its IP address or user agent) read by this
        /// indexer with a constant key, or null: <c>X-Forwarded-For</c>, <c>X-Real-IP</c>, <c>Forwarded</c>,
        /// <c>User-Agent</c> (GDPR Recital 30, online identifiers).</summary>
        public static string? IdentifyingHeader(IPropertyReferenceOperation indexer)
        {
            if (ConstantKey(indexer) is not { } key)
            {
                return null;
            }

            return key.Equals("X-Forwarded-For", System.StringComparison.OrdinalIgnoreCase)
                || key.Equals("X-Real-IP", System.StringComparison.OrdinalIgnoreCase)
                || key.Equals("Forwarded", System.StringComparison.OrdinalIgnoreCase)
                || key.Equals("User-Agent", System.StringComparison.OrdinalIgnoreCase)
                ? key
                : null;
        }

        /// <summary>The constant string key an indexer reads with (<c>headers["Authorization"]</c>), or null.</summary>
        protected static string? ConstantKey(IPropertyReferenceOperation indexer) =>
            indexer.Arguments.Length == 1 ? KeyText(indexer.Arguments[0].Value) : null;

        /// <summary>The text of a key: a constant string, or a field of ASP.NET Core's <c>HeaderNames</c> (static, not
        /// constant), named as the header it holds (<c>HeaderNames.SetCookie</c> is <c>Set-Cookie</c>); otherwise null.</summary>
        internal static string? KeyText(IOperation key)
        {
            key = SymbolRelations.WithoutConversions(key);
            if (key.ConstantValue is { HasValue: true, Value: string text })
            {
                return text;
            }

            if (key is not IFieldReferenceOperation { Field: { IsStatic: true, ContainingType.Name: "HeaderNames" } field })
            {
                return null;
            }

            // XForwardedFor -> X-Forwarded-For: a dash before each capital letter but the first.
            var dashed = new System.Text.StringBuilder(field.Name.Length + 4);
            for (int i = 0; i < field.Name.Length; i++)
            {
                if (i > 0 && char.IsUpper(field.Name[i]))
                {
                    dashed.Append('-');
                }

                dashed.Append(field.Name[i]);
            }

            return dashed.ToString();
        }

        /// <summary>
        /// The category a source fact carries, for rules that treat categories apart (special categories, GDPR Art. 9;
        /// credentials, Art. 32, which <see cref="CredentialSources"/> gives): the name of the <c>PersonalDataCategory</c>
        /// given to GdprAnalyzers' <c>[PersonalData(...)]</c> on <paramref name="origin"/> (a member, parameter or type),
        /// or on its type or element type where it is not marked itself; null where none is given (<c>[PersonalData]</c> without a category, Identity's and Compliance's markers, framework sources).
        /// </summary>
        /// <param name="origin">A finding's <see cref="PersonalDataFinding.Origin"/>; null gives null.</param>
        public virtual string? CategoryOf(ISymbol? origin)
        {
            if (origin is null || Known.PersonalDataAttribute is null)
            {
                return null;
            }

            if (CategoryArgument(origin.GetAttributes()) is { } own)
            {
                return own;
            }

            ITypeSymbol? type = origin switch
            {
                IPropertySymbol property => property.Type,
                IFieldSymbol field => field.Type,
                IParameterSymbol parameter => parameter.Type,
                IMethodSymbol method => method.ReturnType,
                _ => null,
            };

            for (int nesting = 0; type != null && nesting <= MaxElementNesting; nesting++)
            {
                if (CategoryArgument(type.GetAttributes()) is { } ofType)
                {
                    return ofType;
                }

                type = ElementType(type);
            }

            return null;
        }

        /// <summary>The category name given to a GdprAnalyzers <c>[PersonalData(category)]</c> among
        /// <paramref name="attributes"/>, or null.</summary>
        protected string? CategoryArgument(ImmutableArray<AttributeData> attributes)
        {
            foreach (AttributeData attribute in attributes)
            {
                if (SymbolRelations.IsConstructedFrom(attribute.AttributeClass, Known.PersonalDataAttribute)
                    && attribute.ConstructorArguments.Length == 1
                    && attribute.ConstructorArguments[0] is { Kind: TypedConstantKind.Enum, Type: INamedTypeSymbol categoryType, Value: { } value })
                {
                    foreach (ISymbol member in categoryType.GetMembers())
                    {
                        if (member is IFieldSymbol { HasConstantValue: true } field && Equals(field.ConstantValue, value))
                        {
                            return field.Name;
                        }
                    }
                }
            }

            return null;
        }

        /// <summary>Whether a method of this name looks a claim up by its type (<c>FindFirst</c>, <c>FindFirstValue</c>,
        /// <c>FindAll</c>, <c>HasClaim</c> of <c>ClaimsPrincipal</c> and <c>ClaimsIdentity</c>).</summary>
        public static bool IsClaimLookup(string methodName) => methodName is "FindFirst" or "FindFirstValue" or "FindAll" or "HasClaim";

        /// <summary>Whether <paramref name="member"/> is a claim's value (<c>Claim.Value</c>).</summary>
        public static bool IsClaimValue(ISymbol member) => member.Name == "Value" && member.ContainingType?.Name == "Claim";

        /// <summary>Whether <paramref name="claimType"/> (a claim lookup's argument) is a protocol claim type whose value
        /// names no person: a constant of <see cref="ProtocolClaimTypes"/>, or, where the constant does not bind, a member
        /// named like one (<c>JwtClaimTypes.IdentityProvider</c>).</summary>
        public static bool IsProtocolClaimType(IOperation claimType)
        {
            if (claimType.ConstantValue is { HasValue: true, Value: string text })
            {
                return ProtocolClaimTypes.Contains(text);
            }

            string syntax = claimType.Syntax.ToString();
            int dot = syntax.LastIndexOf('.');
            return dot > 0 && ProtocolClaimConstants.Contains(syntax.Substring(dot + 1));
        }

        /// <summary>How many element types deep <see cref="IsPersonalDataType"/> looks (<c>List&lt;Customer[]&gt;</c> is two).</summary>
        protected const int MaxElementNesting = 8;
        /// <summary>
        /// For a whole object: the first personal data member that logging or serialising the object would write,
        /// looking into member objects of types declared in source; <see langword="null"/> if there is none. For log
        /// sinks, members hidden from Serilog destructuring by Destructurama's <c>[NotLogged]</c> or <c>[LogMasked]</c> do
        /// not count.
        /// </summary>
        public ISymbol? FindCarriedPersonalData(ITypeSymbol? type)
        {
            if (type is null || !MayCarry(type))
            {
                return null;
            }

            if (carriedCache.TryGetValue(type, out Carried cached))
            {
                return cached.Member;
            }

            // The walk from here saw every type it can reach (a cycle only cuts a path back to a type already on it), so its
            // answer is cached even where those of the types it passed through could not be.
            int typesLeft = MaxCarriedTypes;
            ISymbol? found = FindCarried(type, new System.Collections.Generic.HashSet<ITypeSymbol>(SymbolEqualityComparer.Default), 0, ref typesLeft, out _);
            carriedCache[type] = new Carried(found);
            return found;
        }

        /// <summary>How many member objects (or element types) deep <see cref="FindCarriedPersonalData"/> looks; deeper
        /// objects are not looked into.</summary>
        private const int MaxCarriedNesting = 32;

        /// <summary>How many types one <see cref="FindCarriedPersonalData"/> walk looks into. Generic types that expand
        /// (<c>Nest&lt;T&gt; : IEnumerable&lt;Nest&lt;Nest&lt;T&gt;&gt;&gt;</c>) make a new type at every step, which no
        /// visited set stops; past the budget nothing more is looked into.</summary>
        private const int MaxCarriedTypes = 2_000;

        private ISymbol? FindCarried(ITypeSymbol type, System.Collections.Generic.HashSet<ITypeSymbol> visiting, int nesting, ref int typesLeft, out bool cutCycle)
        {
            cutCycle = false;
            if (carriedCache.TryGetValue(type, out Carried cached))
            {
                return cached.Member;
            }

            if (nesting > MaxCarriedNesting || --typesLeft < 0 || !visiting.Add(type))
            {
                // A cycle (a Customer with Orders that point back to it): this path adds nothing new. Too deep: not looked into.
                cutCycle = true;
                return null;
            }

            ISymbol? found = null;
            ITypeSymbol? element = ElementType(type);
            if (element != null)
            {
                found = MayCarry(element) ? FindCarried(element, visiting, nesting + 1, ref typesLeft, out cutCycle) : null;
            }
            else
            {
                for (ITypeSymbol? current = type; current != null && found == null; current = current.BaseType)
                {
                    if (current.SpecialType == SpecialType.System_Object || current.SpecialType == SpecialType.System_ValueType)
                    {
                        break;
                    }

                    foreach (ISymbol member in current.GetMembers())
                    {
                        if (WrittenMemberType(member) is not { } memberType)
                        {
                            continue;
                        }

                        if (IsPersonalDataSymbol(member))
                        {
                            found = member;
                            break;
                        }

                        // Nested objects are followed only into types of this compilation, which keeps the walk short.
                        ITypeSymbol nestedType = ElementType(memberType) ?? memberType;
                        if (nestedType.Locations.Length > 0 && nestedType.Locations[0].IsInSource && MayCarry(nestedType))
                        {
                            found = FindCarried(nestedType, visiting, nesting + 1, ref typesLeft, out bool nestedCut);
                            cutCycle |= nestedCut;
                            if (found != null)
                            {
                                break;
                            }
                        }
                    }
                }
            }

            visiting.Remove(type);
            if (found != null || !cutCycle)
            {
                // A result found with a cycle cut short is still right when it found something; an empty one may not be.
                carriedCache[type] = new Carried(found);
            }

            return found;
        }

        /// <summary>
        /// The personal data members that writing a whole object of <paramref name="type"/> writes (logging it, serialising
        /// it): its own and its base types' readable instance properties and public instance fields that are personal data,
        /// less, for log sinks, those hidden from Serilog destructuring (as <see cref="FindCarriedPersonalData"/>, which
        /// names the first of them and also looks into member objects). At most 16 levels of base types.
        /// </summary>
        public IEnumerable<ISymbol> CarriedPersonalDataMembers(ITypeSymbol type)
        {
            int levels = 0;
            for (ITypeSymbol? current = type; current != null && levels++ < 16; current = current.BaseType)
            {
                if (current.SpecialType == SpecialType.System_Object || current.SpecialType == SpecialType.System_ValueType)
                {
                    yield break;
                }

                foreach (ISymbol member in current.GetMembers())
                {
                    if (WrittenMemberType(member) != null && IsPersonalDataSymbol(member))
                    {
                        yield return member;
                    }
                }
            }
        }

        /// <summary>The type of a member that writing its whole object writes (a readable instance property that is no
        /// indexer, a public instance field; for log sinks, not hidden from Serilog destructuring), or null.</summary>
        private ITypeSymbol? WrittenMemberType(ISymbol member)
        {
            ITypeSymbol? memberType = member switch
            {
                IPropertySymbol { IsStatic: false, IsIndexer: false, GetMethod: not null } property => property.Type,
                IFieldSymbol { IsStatic: false, AssociatedSymbol: null, DeclaredAccessibility: Accessibility.Public } field => field.Type,
                _ => null,
            };

            return memberType is null || (honourLogExclusions && IsHiddenFromLogs(member)) ? null : memberType;
        }

        private static bool IsHiddenFromLogs(ISymbol member)
        {
            foreach (AttributeData attribute in member.GetAttributes())
            {
                INamedTypeSymbol? type = attribute.AttributeClass;
                if (type != null
                    && (type.Name == "NotLoggedAttribute" || type.Name == "LogMaskedAttribute")
                    && type.ContainingNamespace?.ToDisplayString() == "Destructurama.Attributed")
                {
                    return true;
                }
            }

            return false;
        }

        private static bool MayCarry(ITypeSymbol type)
        {
            if (type.SpecialType != SpecialType.None)
            {
                return false;
            }

            switch (type.TypeKind)
            {
                case TypeKind.Class:
                case TypeKind.Struct:
                case TypeKind.Interface:
                case TypeKind.Array:
                    break;
                default:
                    return false;
            }

            if (type is IArrayTypeSymbol)
            {
                return true;
            }

            // Framework types (System.*) do not carry annotated personal data; skipping them keeps the walk short.
            INamespaceSymbol? ns = type.ContainingNamespace;
            while (ns != null && !ns.IsGlobalNamespace && !ns.ContainingNamespace.IsGlobalNamespace)
            {
                ns = ns.ContainingNamespace;
            }

            return ns is null || ns.IsGlobalNamespace || ns.Name != "System" || SymbolRelations.SequenceElementType(type) != null;
        }

        protected static ITypeSymbol? ElementType(ITypeSymbol type)
        {
            if (type is IArrayTypeSymbol array)
            {
                return array.ElementType;
            }

            if (type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable)
            {
                return nullable.TypeArguments[0];
            }

            return SymbolRelations.SequenceElementType(type);
        }



        private readonly struct Carried
        {
            public Carried(ISymbol? member)
            {
                Member = member;
            }

            public ISymbol? Member { get; }
        }
    }

    /// <summary>What a kind of source says of one value from its shape (<see cref="PersonalDataModel.SourceOf"/>).</summary>
    internal readonly struct SourceAnswer
    {
        private SourceAnswer(bool decided, string? name)
        {
            IsDecided = decided;
            Name = name;
        }

        /// <summary>No opinion: the engine follows the value as usual.</summary>
        public static SourceAnswer NoOpinion => default;

        /// <summary>Not a source, whatever the value is read from (a request header read by a name that is not a credential).</summary>
        public static SourceAnswer NotASource => new(true, null);

        /// <summary>A source, named <paramref name="name"/> in messages.</summary>
        public static SourceAnswer Source(string name) => new(true, name);

        /// <summary>Whether the model decided (a source or not one).</summary>
        public bool IsDecided { get; }

        /// <summary>The source's name, or null when the value is not a source.</summary>
        public string? Name { get; }
    }
}
