using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace GdprAnalyzers
{
    /// <summary>
    /// Decides, per compilation, which symbols and types are personal data. Sources recognised (by metadata name):
    /// GdprAnalyzers' <c>[PersonalData]</c>; ASP.NET Core Identity's <c>[PersonalData]</c> and <c>[ProtectedPersonalData]</c>;
    /// subclasses of Microsoft.Extensions.Compliance's <c>DataClassificationAttribute</c> other than its "no
    /// classification" attribute. The costly parts of an answer (attributes, types, interface members, method results,
    /// credential names) are cached; the instance is thread-safe.
    /// </summary>
    internal sealed class PersonalDataModel
    {
        private readonly KnownSymbols known;
        private readonly ConcurrentDictionary<INamedTypeSymbol, bool> attributeCache = new(SymbolEqualityComparer.Default);
        private readonly ConcurrentDictionary<ISymbol, bool> symbolCache = new(SymbolEqualityComparer.Default);
        private readonly ConcurrentDictionary<string, bool> credentialNames = new(System.StringComparer.Ordinal);
        private readonly ConcurrentDictionary<IMethodSymbol, bool> returnCache = new(SymbolEqualityComparer.Default);
        private readonly ConcurrentDictionary<ITypeSymbol, bool> typeCache = new(SymbolEqualityComparer.Default);
        private readonly ConcurrentDictionary<ITypeSymbol, Carried> carriedCache = new(SymbolEqualityComparer.Default);
        private readonly ConcurrentDictionary<INamedTypeSymbol, ImmutableArray<IPropertySymbol>> markedInterfaceProperties = new(SymbolEqualityComparer.Default);

        private readonly bool honourLogExclusions;
        private readonly System.Func<ISymbol, bool>? probable;

        /// <param name="known">The compilation's well-known types.</param>
        /// <param name="honourLogExclusions">Whether members hidden from log destructuring (Destructurama's
        /// <c>[NotLogged]</c>, <c>[LogMasked]</c>) are left out of whole objects: true for log sinks only; storage and
        /// decisions still see those members.</param>
        public PersonalDataModel(KnownSymbols known, bool honourLogExclusions)
            : this(known, honourLogExclusions, credentials: false)
        {
        }

        /// <param name="known">The compilation's well-known types.</param>
        /// <param name="honourLogExclusions">See the other constructor.</param>
        /// <param name="credentials">True: the "personal data" this model finds is credentials, by name
        /// (<see cref="CredentialNames"/>), for GDPR006; attributes do not count then.</param>
        public PersonalDataModel(KnownSymbols known, bool honourLogExclusions, bool credentials)
        {
            this.known = known;
            this.honourLogExclusions = honourLogExclusions;
            Credentials = credentials;
        }

        /// <param name="known">The compilation's well-known types.</param>
        /// <param name="honourLogExclusions">See the first constructor.</param>
        /// <param name="probable">The opt-in mode (GDPR101 to GDPR104): the "personal data" this model finds is probable
        /// personal data, the unannotated properties, fields and parameters this classifier (GDPR005's) accepts; marked
        /// values, types and method results do not count then, the rules that follow annotations report them.</param>
        public PersonalDataModel(KnownSymbols known, bool honourLogExclusions, System.Func<ISymbol, bool> probable)
            : this(known, honourLogExclusions, credentials: false)
        {
            this.probable = probable;
        }

        /// <summary>Whether this model serves log sinks (members hidden from log destructuring are left out, and objects
        /// created by the project's constructors hold only what the constructor keeps).</summary>
        public bool ForLogs => honourLogExclusions;

        /// <summary>Whether this model finds credentials (GDPR006) rather than personal data.</summary>
        public bool Credentials { get; }

        /// <summary>Whether this model finds probable personal data (GDPR101 to GDPR104) rather than marked personal data.</summary>
        public bool Probable => probable != null;

        // What the flow engine asks of the model: how the values of this kind of source behave. The engine branches on
        // these answers, not on which rule asks.

        /// <summary>Whether the value of a credential query parameter in a URL (<c>?token={value}</c>) is a source:
        /// for credentials.</summary>
        public bool QueryParameterValuesAreSources => Credentials;

        /// <summary>Whether request headers that identify the client (<c>X-Forwarded-For</c>, <c>User-Agent</c>) are
        /// sources: for marked personal data with framework sources on.</summary>
        public bool IdentifyingHeadersAreSources => known.FrameworkSources && !Credentials && !Probable;

        /// <summary>Whether another assembly's method hands back what an argument holds only as a text or bytes form of
        /// it (<c>Convert.ToBase64String(bytes)</c>), not as any object it returns: for credentials (a user returned by
        /// <c>SignIn(name, password)</c> is not the password).</summary>
        public bool OnlyTextOrBytesResultsCarryArguments => Credentials;

        /// <summary>Whether a member of a value that is a source is a source too (<c>customer.Address.City</c>): for
        /// personal data; a member of a credential is a credential only by itself.</summary>
        public bool MembersOfSourcesAreSources => !Credentials;

        /// <summary>Whether another assembly's <c>ToString()</c> override is taken to show what its object holds: for
        /// personal data (an Identity user prints its user name); for credentials only a record's does.</summary>
        public bool LibraryTextFormsShowSources => !Credentials;

        /// <summary>Whether an object made by the project's constructor holds only what the constructor keeps (a log
        /// model that masks a token), rather than whatever its type could: for log sinks.</summary>
        public bool CreationsHoldWhatConstructorsKeep => ForLogs;

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
                if (SymbolRelations.IsConstructedFrom(type, known.NoDataClassificationAttribute))
                {
                    result = false;
                    break;
                }

                if (SymbolRelations.IsConstructedFrom(type, known.PersonalDataAttribute) || SymbolRelations.IsConstructedFrom(type, known.IdentityPersonalDataAttribute) || SymbolRelations.IsConstructedFrom(type, known.DataClassificationAttribute))
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
            if (known.DataClassificationAttribute is null)
            {
                return false;
            }

            foreach (AttributeData attribute in attributes)
            {
                for (INamedTypeSymbol? type = attribute.AttributeClass; type != null; type = type.BaseType)
                {
                    if (SymbolRelations.IsConstructedFrom(type, known.NoDataClassificationAttribute))
                    {
                        break;
                    }

                    if (SymbolRelations.IsConstructedFrom(type, known.DataClassificationAttribute))
                    {
                        return true;
                    }
                }
            }

            return false;
        }

        /// <summary>
        /// Whether a property, field or parameter is personal data: marked itself, through an overridden or implemented
        /// member, through a positional record parameter, or by having a type marked <c>[PersonalData]</c>.
        /// </summary>
        public bool IsPersonalDataSymbol(ISymbol symbol)
        {
            if (!Credentials && symbol is not (IPropertySymbol or IFieldSymbol or IParameterSymbol or IMethodSymbol))
            {
                return false; // Locals and the like are personal data only through the values they hold (the flow engine).
            }

            if (Credentials)
            {
                return IsCredential(symbol);
            }

            if (probable != null)
            {
                if (symbolCache.TryGetValue(symbol, out bool cached))
                {
                    return cached;
                }

                bool found = probable(symbol);
                symbolCache[symbol] = found;
                return found;
            }

            // Not cached per symbol: a flow touches many symbols once, and each part of the answer (attributes, types,
            // interface members) is cached where it is costly; a dictionary write per symbol cost more than it saved.
            if (known.User.IsPersonalData(symbol) is bool declared)
            {
                return declared;
            }

            if (known.FrameworkSources && IsFrameworkSource(symbol))
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
        private static readonly HashSet<string> FrameworkSourceNames = new(System.StringComparer.Ordinal)
        {
            "Microsoft.AspNetCore.Http.ConnectionInfo.RemoteIpAddress",
            "Microsoft.AspNetCore.Http.IHeaderDictionary.UserAgent",
            "Microsoft.AspNetCore.Http.IHeaderDictionary.XForwardedFor",
            "System.Security.Principal.IIdentity.Name",
            "System.Security.Claims.ClaimsIdentity.Name",
            "System.Security.Principal.GenericIdentity.Name",
            "System.Security.Claims.Claim.Value",
            "System.Security.Claims.ClaimsPrincipalExtensions.FindFirstValue",
            "System.Security.Claims.PrincipalExtensions.FindFirstValue",
        };

        /// <summary>
        /// Whether a call's result quotes the user it was given: an <c>IdentityResult</c> (or a task of one) returned by a
        /// method of ASP.NET Core Identity's <c>UserManager&lt;TUser&gt;</c> that validates the user (every method that
        /// updates it: <c>CreateAsync</c>, <c>SetEmailAsync</c>, <c>AddPasswordAsync</c>, <c>RemovePasswordAsync</c>...),
        /// whose errors (<c>DuplicateUserName</c>, <c>DuplicateEmail</c>, <c>InvalidUserName</c>, <c>InvalidEmail</c> of
        /// <c>IdentityErrorDescriber</c>) quote the user's name or e-mail address. <c>DeleteAsync</c> does not validate and
        /// its errors quote nothing. Personal data mode only (not credentials, not the opt-in mode).
        /// </summary>
        public bool ResultQuotesUser(IMethodSymbol method)
        {
            if (Credentials || Probable || !known.FrameworkSources || method.Name == "DeleteAsync"
                || method.ContainingType is not { Name: "UserManager", TypeArguments.Length: 1 } manager
                || manager.ContainingNamespace?.ToDisplayString() != "Microsoft.AspNetCore.Identity")
            {
                return false;
            }

            ITypeSymbol result = method.ReturnType is INamedTypeSymbol { Name: "Task", TypeArguments.Length: 1 } task ? task.TypeArguments[0] : method.ReturnType;
            return result.Name == "IdentityResult";
        }

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
            if (indexer.Arguments.Length != 1 || indexer.Arguments[0].Value.ConstantValue is not { HasValue: true, Value: string key })
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


        /// <summary>
        /// The category a source fact carries, for rules that treat categories apart (special categories, GDPR Art. 9;
        /// credentials, Art. 32): for this model's credentials, <c>Credential</c>; otherwise the name of the
        /// <c>PersonalDataCategory</c> given to GdprAnalyzers' <c>[PersonalData(...)]</c> on <paramref name="origin"/> (a
        /// member, parameter or type), or on its type or element type where it is not marked itself; null where none is
        /// given (<c>[PersonalData]</c> without a category, Identity's and Compliance's markers, framework sources).
        /// </summary>
        /// <param name="origin">A finding's <see cref="PersonalDataFinding.Origin"/>; null gives null.</param>
        public string? CategoryOf(ISymbol? origin)
        {
            if (Credentials)
            {
                return "Credential";
            }

            if (origin is null || known.PersonalDataAttribute is null)
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
        private string? CategoryArgument(ImmutableArray<AttributeData> attributes)
        {
            foreach (AttributeData attribute in attributes)
            {
                if (SymbolRelations.IsConstructedFrom(attribute.AttributeClass, known.PersonalDataAttribute)
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

        /// <summary>The member names of <see cref="FrameworkSourceNames"/>: a cheap test before the type's name is built.</summary>
        private static readonly HashSet<string> FrameworkSourceMemberNames = MemberNames(FrameworkSourceNames);

        private static HashSet<string> MemberNames(HashSet<string> qualifiedNames)
        {
            var names = new HashSet<string>(System.StringComparer.Ordinal);
            foreach (string qualified in qualifiedNames)
            {
                names.Add(qualified.Substring(qualified.LastIndexOf('.') + 1));
            }

            return names;
        }

        private static bool IsFrameworkSource(ISymbol symbol)
        {
            if (symbol is not (IPropertySymbol or IMethodSymbol) || !FrameworkSourceMemberNames.Contains(symbol.Name)
                || symbol.ContainingType is not { } type || symbol.Locations.Length > 0 && symbol.Locations[0].IsInSource)
            {
                return false;
            }

            return FrameworkSourceNames.Contains(type.ToDisplayString() + "." + symbol.Name);
        }

        private bool IsCredential(ISymbol symbol)
        {
            ITypeSymbol? type = symbol switch
            {
                IPropertySymbol property => property.Type,
                IFieldSymbol field => field.Type,
                IParameterSymbol parameter => parameter.Type,
                ILocalSymbol local => local.Type,
                IMethodSymbol method => method.ReturnType,
                _ => null,
            };

            if (type is null)
            {
                return false;
            }

            // A secret is held as text or bytes (a header or query value's StringValues too, or in a token object); a flag,
            // count or date about it is not the secret.
            bool holdsSecret = type.SpecialType == SpecialType.System_String
                || type is IArrayTypeSymbol { ElementType.SpecialType: SpecialType.System_Char or SpecialType.System_Byte }
                || type.SpecialType == SpecialType.System_Object
                || (type is INamedTypeSymbol { Name: "StringValues", TypeKind: TypeKind.Struct } values && values.ContainingNamespace?.ToDisplayString() == "Microsoft.Extensions.Primitives")
                || (type.TypeKind == TypeKind.Class && (type.Name.EndsWith("Token", System.StringComparison.Ordinal) || type.Name.EndsWith("Credential", System.StringComparison.Ordinal) || type.Name == "SecureString"));
            return holdsSecret && credentialNames.GetOrAdd(symbol.Name, CredentialNames.IsCredential);
        }

        /// <summary>Whether values of <paramref name="type"/> are personal data: the type (or a base type) is marked,
        /// or it is a nullable, array or sequence of such a type (element types followed at most
        /// <see cref="MaxElementNesting"/> deep, and not past a type already seen).</summary>
        public bool IsPersonalDataType(ITypeSymbol? type)
        {
            if (type is null || type.SpecialType != SpecialType.None || type.TypeKind == TypeKind.Enum)
            {
                return false;
            }

            if (Credentials || Probable)
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
                if (known.User.IsPersonalData(current) is bool declared)
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

        /// <summary>How many element types deep <see cref="IsPersonalDataType"/> looks (<c>List&lt;Customer[]&gt;</c> is two).</summary>
        private const int MaxElementNesting = 8;

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
                        ITypeSymbol? memberType = member switch
                        {
                            IPropertySymbol { IsStatic: false, IsIndexer: false, GetMethod: not null } property => property.Type,
                            IFieldSymbol { IsStatic: false, AssociatedSymbol: null, DeclaredAccessibility: Accessibility.Public } field => field.Type,
                            _ => null,
                        };

                        if (memberType is null || (honourLogExclusions && IsHiddenFromLogs(member)))
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
        public bool ReturnsPersonalData(IMethodSymbol method)
        {
            if (method.ReturnsVoid || Probable)
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
            if (Credentials)
            {
                return IsCredential(method); // GDPR006: the method's name (GetConnectionString), not attributes.
            }

            if (known.FrameworkSources && IsFrameworkSource(method))
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

        private static ITypeSymbol? ElementType(ITypeSymbol type)
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
}
