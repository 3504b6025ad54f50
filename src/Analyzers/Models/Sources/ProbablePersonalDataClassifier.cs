using System.Collections.Concurrent;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace GdprAnalyzers
{
    /// <summary>
    /// GDPR005's idea of probable personal data, as questions about one declaration: whether a property, field or
    /// parameter's name and type say personal data (<see cref="PersonalDataNames"/> for names; types by kind and by name),
    /// and the exclusions that make a declaration not a finding (marked already, in a marked type, an override or
    /// implementation of a source member, a value fixed in the code). Asked by GDPR005 to report declarations and by the
    /// opt-in flow rules' sources (<see cref="ProbablePersonalDataSources"/>). Thread-safe; per compilation.
    /// </summary>
    internal sealed class ProbablePersonalDataClassifier
    {
        private readonly PersonalDataModel model;
        private readonly KnownSymbols known;
        private readonly INamedTypeSymbol? noClassification;
        private readonly ConcurrentDictionary<INamedTypeSymbol, ContainerKind> containers = new(SymbolEqualityComparer.Default);
        private readonly ConcurrentDictionary<ITypeSymbol, ProbableCategory> namedTypes = new(SymbolEqualityComparer.Default);

        /// <param name="known">The compilation's well-known types and the user's models file.</param>
        /// <param name="model">What is marked personal data already (those declarations are not probable ones).</param>
        public ProbablePersonalDataClassifier(KnownSymbols known, PersonalDataModel model)
        {
            this.model = model;
            this.known = known;
            noClassification = known.NoDataClassificationAttribute;
        }

        /// <summary>Whether a property, field or parameter declared in source is probable personal data, by the same name
        /// and type rules and the same exclusions as GDPR005, with explicit annotations, a type marked as a whole,
        /// <c>[NoDataClassification]</c> and the models file winning. Lambda and local function parameters are not
        /// sources: GDPR005 leaves them out, their values come from members and parameters that are.</summary>
        public bool IsProbablePersonalData(ISymbol symbol) => ProbableCategoryOf(symbol) != null;

        /// <summary>The category a property, field or parameter declared in source probably holds, with the exclusions of
        /// <see cref="IsProbablePersonalData"/> (an annotation of any category wins); null where it is not probable
        /// personal data. GDPR107's sources are those in <see cref="ProbableCategory.SpecialCategory"/>.</summary>
        public ProbableCategory? ProbableCategoryOf(ISymbol symbol)
        {
            if (symbol.IsImplicitlyDeclared || !SymbolRelations.IsInSource(symbol) || known.User.IsPersonalData(symbol) is not null)
            {
                return null;
            }

            (ITypeSymbol? type, INamedTypeSymbol? containing) = symbol switch
            {
                IPropertySymbol { IsIndexer: false } property => (property.Type, property.ContainingType),
                IFieldSymbol { IsConst: false, AssociatedSymbol: null, ContainingType.TypeKind: not TypeKind.Enum } field => (field.Type, field.ContainingType),
                IParameterSymbol { ContainingSymbol: IMethodSymbol { MethodKind: MethodKind.Ordinary or MethodKind.Constructor or MethodKind.ExplicitInterfaceImplementation } method } parameter
                    when parameter.Name.Length > 0 && parameter.Name != "_" => (parameter.Type, method.ContainingType),
                _ => (null, null),
            };

            return type != null && Classify(symbol.Name, type, containing) is { } category && !IsMarkedOrInMarkedType(symbol, containing)
                && !HoldsNoPersonsValue(symbol, System.Threading.CancellationToken.None)
                ? category
                : null;
        }

        /// <summary>
        /// Whether a property or field's own declaration says it holds no data subject's value: its value is fixed in
        /// the code (a <c>static readonly</c> field or a static get-only auto-property initialised with a string
        /// constant, a property whose getter returns one: a constant in all but name, as <c>const</c> members are), or
        /// it is initialised with a string that names the member itself (a claim type, a header or a JSON property
        /// name: <c>ClaimsOptions.Email = "email"</c>, <c>PreferredUserName = "preferred_username"</c>; see
        /// <see cref="PersonalDataNames.NamesKey"/>). Read from the syntax of the declaration only.
        /// </summary>
        internal static bool HoldsNoPersonsValue(ISymbol symbol, System.Threading.CancellationToken cancellationToken)
        {
            if (symbol is not (IPropertySymbol or IFieldSymbol) || symbol.DeclaringSyntaxReferences.Length != 1)
            {
                return false;
            }

            ExpressionSyntax? initializer = null;
            bool fixedInCode = false;
            switch (symbol.DeclaringSyntaxReferences[0].GetSyntax(cancellationToken))
            {
                case VariableDeclaratorSyntax variable:
                    initializer = variable.Initializer?.Value;
                    fixedInCode = symbol is IFieldSymbol { IsStatic: true, IsReadOnly: true };
                    break;
                case PropertyDeclarationSyntax { ExpressionBody: { } body }:
                    initializer = body.Expression;
                    fixedInCode = true;
                    break;
                case PropertyDeclarationSyntax { Initializer: { } propertyInitializer }:
                    initializer = propertyInitializer.Value;
                    fixedInCode = symbol is IPropertySymbol { IsStatic: true, SetMethod: null };
                    break;
                case PropertyDeclarationSyntax property:
                    initializer = ConstantGetter(property);
                    fixedInCode = true;
                    break;
            }

            if (initializer is not LiteralExpressionSyntax literal || !literal.IsKind(SyntaxKind.StringLiteralExpression))
            {
                return false;
            }

            return fixedInCode || PersonalDataNames.NamesKey(symbol.Name, literal.Token.ValueText);
        }

        /// <summary>The expression a property's only accessor, a getter, returns (<c>get =&gt; "phone";</c> or
        /// <c>get { return "phone"; }</c>), or null.</summary>
        private static ExpressionSyntax? ConstantGetter(PropertyDeclarationSyntax property)
        {
            if (property.AccessorList is not { Accessors: { Count: 1 } accessors } || !accessors[0].IsKind(SyntaxKind.GetAccessorDeclaration))
            {
                return null;
            }

            AccessorDeclarationSyntax getter = accessors[0];
            if (getter.ExpressionBody is { } body)
            {
                return body.Expression;
            }

            return getter.Body is { Statements: { Count: 1 } statements } && statements[0] is ReturnStatementSyntax { Expression: { } returned } ? returned : null;
        }

        /// <summary>The category a declaration's name and type suggest, or null. Names first: the cheapest filter.</summary>
        internal ProbableCategory? Classify(string name, ITypeSymbol type, INamedTypeSymbol? containing)
        {
            if (!TryGetKind(type, out ValueKind kind, out ProbableCategory byType))
            {
                return null;
            }

            ContainerKind container = containing is null ? default : Container(containing);
            if (container.IsOrganisation && !PersonalDataNames.MentionsPerson(name))
            {
                return null; // A company's e-mail or address is not personal data (Recital 14); its contact person's is.
            }

            NameClassification byName = PersonalDataNames.Classify(name, kind, container.Context);
            if (byType != ProbableCategory.None)
            {
                // The type says personal data (IPAddress, EmailAddress); a technical name still wins (ListenAddress,
                // DnsServer, FromAddress).
                return byName.Verdict == NameVerdict.Excluded || PersonalDataNames.IsTechnicalName(name) ? null : byType;
            }

            return byName.IsPersonal ? byName.Category : null;
        }

        /// <summary>What kind of value <paramref name="type"/> holds, and the category its own name says (for
        /// <c>IPAddress</c>, <c>MailAddress</c>, value objects); false when it can not hold personal data by name.</summary>
        private bool TryGetKind(ITypeSymbol type, out ValueKind kind, out ProbableCategory byType)
        {
            kind = ValueKind.Text;
            byType = ProbableCategory.None;

            if (type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable)
            {
                type = nullable.TypeArguments[0];
            }

            if (type is IArrayTypeSymbol array)
            {
                if (array.ElementType.SpecialType == SpecialType.System_Byte)
                {
                    kind = ValueKind.Bytes;
                    return true;
                }

                if (array.ElementType.SpecialType == SpecialType.System_Char)
                {
                    return true;
                }

                type = array.ElementType;
            }
            else if (type is INamedTypeSymbol { IsGenericType: true, TypeArguments.Length: 1 } generic
                && type.SpecialType == SpecialType.None && IsSequence(generic))
            {
                type = generic.TypeArguments[0];
            }

            if (type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } element)
            {
                type = element.TypeArguments[0];
            }

            switch (type.SpecialType)
            {
                case SpecialType.System_String:
                case SpecialType.System_Object:
                    return true;
                case SpecialType.System_Boolean:
                    kind = ValueKind.Boolean;
                    return true;
                case SpecialType.System_Int16:
                case SpecialType.System_Int32:
                case SpecialType.System_Int64:
                case SpecialType.System_UInt16:
                case SpecialType.System_UInt32:
                case SpecialType.System_UInt64:
                case SpecialType.System_Decimal:
                case SpecialType.System_Double:
                case SpecialType.System_Single:
                    kind = ValueKind.Number;
                    return true;
                case SpecialType.System_DateTime:
                    kind = ValueKind.Date;
                    return true;
                case SpecialType.None:
                    break;
                default:
                    return false; // char, byte, IntPtr, ...
            }

            switch (type.TypeKind)
            {
                case TypeKind.Enum:
                    kind = ValueKind.Enum;
                    return true;
                case TypeKind.Dynamic:
                    return true;
                case TypeKind.Class:
                case TypeKind.Struct:
                case TypeKind.Interface:
                    break;
                default:
                    return false; // type parameters, delegates, pointers, errors
            }

            ITypeSymbol definition = type.OriginalDefinition;
            if (SymbolRelations.IsExactly(definition, known.Guid))
            {
                kind = ValueKind.Number;
                return true;
            }

            if (SymbolRelations.IsExactly(definition, known.DateOnly) || SymbolRelations.IsExactly(definition, known.DateTimeOffset))
            {
                kind = ValueKind.Date;
                return true;
            }

            if (SymbolRelations.IsExactly(definition, known.IPAddress) || SymbolRelations.IsExactly(definition, known.IPEndPoint) || SymbolRelations.IsExactly(definition, known.PhysicalAddress))
            {
                byType = ProbableCategory.OnlineIdentifier;
                return true;
            }

            if (SymbolRelations.IsExactly(definition, known.MailAddress) || SymbolRelations.IsExactly(definition, known.MailAddressCollection))
            {
                byType = ProbableCategory.Contact;
                return true;
            }

            // Any other type: only when its own name says personal data (EmailAddress, PhoneNumber, Iban).
            byType = namedTypes.GetOrAdd(definition, static t => PersonalDataNames.Classify(t.Name, ValueKind.Text, NameContext.TypeName).Category);
            return byType != ProbableCategory.None;
        }

        private static bool IsSequence(INamedTypeSymbol type)
        {
            if (type.OriginalDefinition.SpecialType == SpecialType.System_Collections_Generic_IEnumerable_T)
            {
                return true;
            }

            foreach (INamedTypeSymbol @interface in type.AllInterfaces)
            {
                if (@interface.OriginalDefinition.SpecialType == SpecialType.System_Collections_Generic_IEnumerable_T)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>What the declaring type is: an organisation (its own name says so), a person (it or a base type
        /// is named after one: <c>Customer</c>, <c>PatientDto</c>, <c>ApplicationUser</c>, a class derived from
        /// <c>Person</c>), a payment.</summary>
        private ContainerKind Container(INamedTypeSymbol type)
        {
            if (containers.TryGetValue(type, out ContainerKind cached))
            {
                return cached;
            }

            NameContext context = NameContext.None;
            bool organisation = PersonalDataNames.IsOrganisationTypeName(type.Name);
            if (!organisation)
            {
                for (INamedTypeSymbol? current = type; current != null && current.SpecialType == SpecialType.None; current = current.BaseType)
                {
                    if (PersonalDataNames.IsPersonTypeName(current.Name))
                    {
                        context |= NameContext.Person;
                        break;
                    }
                }

                if (PersonalDataNames.IsPaymentTypeName(type.Name))
                {
                    context |= NameContext.Payment;
                }

                if (PersonalDataNames.IsAddressTypeName(type.Name))
                {
                    context |= NameContext.Address;
                }

                (NameContext siblings, bool serverConnection) = FromSiblings(type);
                context |= siblings;

                // A server connection's settings or account (a host with a port or transport security: an
                // EmailAccount, a MailboxSettings): its address, display name and user name are the organisation's
                // mailbox or the application's login, whatever the type is called.
                organisation = serverConnection;
            }

            if (!organisation && PersonalDataNames.IsPaymentAddressTypeName(type.Name))
            {
                // A payment address (a Lightning or Bitcoin address of a store's wallet): its Address and Username are
                // the payee's handle on a payment network, not a postal address or a data subject's login.
                organisation = true;
                context = NameContext.None;
            }

            var result = new ContainerKind(context, organisation);
            containers[type] = result;
            return result;
        }

        /// <summary>Whether an annotation already decides: the declaration is personal data for the other rules, or
        /// its type is marked as a whole, or it says "not personal data" with <c>[NoDataClassification]</c> or a
        /// <c>not-personal-data</c> line of the models file.</summary>
        internal bool IsMarkedOrInMarkedType(ISymbol symbol, INamedTypeSymbol? containing)
        {
            if (known.User.IsPersonalData(symbol) is not null || model.IsPersonalDataSymbol(symbol) || (containing != null && model.IsPersonalDataType(containing)))
            {
                return true;
            }

            if (noClassification is null)
            {
                return false;
            }

            foreach (AttributeData attribute in symbol.GetAttributes())
            {
                for (INamedTypeSymbol? type = attribute.AttributeClass; type != null; type = type.BaseType)
                {
                    if (SymbolEqualityComparer.Default.Equals(type, noClassification))
                    {
                        return true;
                    }
                }
            }

            return false;
        }

        /// <summary>A positional record's property is declared by its parameter: the parameter is reported instead.</summary>
        internal static bool IsPositionalRecordProperty(IPropertySymbol property, System.Threading.CancellationToken cancellationToken)
        {
            if (property.ContainingType is not { IsRecord: true } || property.DeclaringSyntaxReferences.Length != 1)
            {
                return false;
            }

            SyntaxNode syntax = property.DeclaringSyntaxReferences[0].GetSyntax(cancellationToken);
            return syntax is Microsoft.CodeAnalysis.CSharp.Syntax.ParameterSyntax;
        }

        /// <summary>The property a positional record's primary constructor parameter declares, or null.</summary>
        internal static IPropertySymbol? PositionalProperty(IMethodSymbol method, IParameterSymbol parameter)
        {
            if (method.MethodKind != MethodKind.Constructor || method.ContainingType is not { IsRecord: true } record)
            {
                return null;
            }

            foreach (ISymbol member in record.GetMembers(parameter.Name))
            {
                if (member is IPropertySymbol property && property.Locations.Length == 1 && property.Locations[0] == parameter.Locations[0])
                {
                    return property;
                }
            }

            return null;
        }

        /// <summary>Whether <paramref name="symbol"/> overrides or implements a member declared in source.</summary>
        internal static bool ImplementsOrOverridesSourceMember(ISymbol symbol)
        {
            ISymbol? overridden = symbol switch
            {
                IPropertySymbol property => property.OverriddenProperty,
                IMethodSymbol method => method.OverriddenMethod,
                _ => null,
            };
            if (overridden != null && SymbolRelations.IsInSource(overridden))
            {
                return true;
            }

            if (symbol is IPropertySymbol { ExplicitInterfaceImplementations: { IsEmpty: false } explicitProperties })
            {
                foreach (IPropertySymbol implemented in explicitProperties)
                {
                    if (SymbolRelations.IsInSource(implemented))
                    {
                        return true;
                    }
                }
            }

            if (symbol is IMethodSymbol { ExplicitInterfaceImplementations: { IsEmpty: false } explicitMethods })
            {
                foreach (IMethodSymbol implemented in explicitMethods)
                {
                    if (SymbolRelations.IsInSource(implemented))
                    {
                        return true;
                    }
                }
            }

            INamedTypeSymbol? type = symbol.ContainingType;
            if (type is null || symbol.IsStatic || type.TypeKind == TypeKind.Interface)
            {
                return false;
            }

            foreach (INamedTypeSymbol @interface in type.AllInterfaces)
            {
                if (!SymbolRelations.IsInSource(@interface))
                {
                    continue;
                }

                foreach (ISymbol member in @interface.GetMembers(symbol.Name))
                {
                    if (SymbolEqualityComparer.Default.Equals(type.FindImplementationForInterfaceMember(member), symbol))
                    {
                        return true;
                    }
                }
            }

            return false;
        }


        /// <summary>What the type's own members say: a member named as a person's first or last name makes a person
        /// record (its <c>Nombre</c> is a person's), a card number makes card data (its <c>SecurityNumber</c> is the
        /// card's), two of street, postcode and city make an address (its <c>Nummer</c> is the house number), and a
        /// server to connect to with a port or transport security makes a server connection's settings (its
        /// <c>Email</c> and <c>Username</c> are the organisation's mailbox).</summary>
        private static (NameContext Context, bool ServerConnection) FromSiblings(INamedTypeSymbol type)
        {
            NameContext context = NameContext.None;
            int addressParts = 0;
            bool serverHost = false;
            bool serverSecurity = false;
            foreach (ISymbol member in type.GetMembers())
            {
                if (member.IsImplicitlyDeclared || (member.Kind != SymbolKind.Property && member.Kind != SymbolKind.Field))
                {
                    continue;
                }

                switch (PersonalDataNames.SiblingHintOf(member.Name))
                {
                    case SiblingHint.PersonName:
                        context |= NameContext.Person;
                        break;
                    case SiblingHint.CardNumber:
                        context |= NameContext.Payment;
                        break;
                    case SiblingHint.AddressPart:
                        addressParts++;
                        break;
                    case SiblingHint.ServerHost:
                        serverHost = true;
                        break;
                    case SiblingHint.ServerSecurity:
                        serverSecurity = true;
                        break;
                }
            }

            return (addressParts >= 2 ? context | NameContext.Address : context, serverHost && serverSecurity);
        }

        private readonly struct ContainerKind
        {
            public ContainerKind(NameContext context, bool isOrganisation)
            {
                Context = context;
                IsOrganisation = isOrganisation;
            }

            public NameContext Context { get; }

            public bool IsOrganisation { get; }
        }
    }
}
