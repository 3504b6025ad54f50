using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace GdprAnalyzers
{
    /// <summary>
    /// A recipient of personal data as the code declares it (GDPR Art. 4(9), 13(1)(e), 30(1)(d)-(e)): by
    /// <c>[Recipient]</c> or by a <c>recipient</c> line of the models file. Immutable.
    /// </summary>
    internal sealed class DeclaredRecipient
    {
        public DeclaredRecipient(string name, string role, string? country, string mechanism, string? reason, Location location)
        {
            Name = name;
            Role = role;
            Country = country;
            Mechanism = mechanism;
            Reason = reason;
            Location = location;
        }

        /// <summary>Who receives the data, as written.</summary>
        public string Name { get; }

        /// <summary>The <c>RecipientRole</c> member's name (<c>Processor</c>), <c>Unspecified</c> when not stated.</summary>
        public string Role { get; }

        /// <summary>The ISO 3166-1 alpha-2 code as written, or null when not stated.</summary>
        public string? Country { get; }

        /// <summary>The <c>TransferMechanism</c> member's name (<c>StandardContractualClauses</c>), <c>None</c> when not
        /// stated.</summary>
        public string Mechanism { get; }

        /// <summary>The reason for a derogation, or null.</summary>
        public string? Reason { get; }

        /// <summary>The attribute, or the models file's line.</summary>
        public Location Location { get; }

        /// <summary>Whether the name is a real name rather than empty or a placeholder (TODO, TBD, ...).</summary>
        public bool IsNamed => DeclarationModel.IsStatedPurpose(Name);

        /// <summary>What is wrong with the transfer this declaration describes (GDPR Art. 44-49), as the end of a
        /// sentence that starts with the recipient's name; null when nothing is. A recipient without a country is not
        /// reported: the record of processing lists its country as undeclared.</summary>
        public string? TransferProblem()
        {
            if (Mechanism == "Derogation" && !DeclarationModel.IsStatedPurpose(Reason))
            {
                return "rests on a derogation (Art. 49) without a stated Reason";
            }

            if (Country is null || Country.Trim().Length == 0)
            {
                return null;
            }

            switch (TransferCountries.Of(Country))
            {
                case TransferCountries.Standing.Malformed:
                    return TransferCountries.NonIsoCode(Country) is { } meant
                        ? $"names the country '{Country}', which is not an ISO 3166-1 alpha-2 code (write {meant})"
                        : $"names the country '{Country}', which is not an ISO 3166-1 alpha-2 code such as 'IE' or 'US'";
                case TransferCountries.Standing.ThirdCountry when Mechanism == "None":
                    return $"is in '{Country.Trim().ToUpperInvariant()}', outside the EEA without an adequacy decision, and no transfer mechanism is declared";
                case TransferCountries.Standing.ThirdCountry when Mechanism == "AdequacyDecision":
                    return $"declares an adequacy decision for '{Country.Trim().ToUpperInvariant()}', which has none (as of {TransferCountries.AsOf})";
                case TransferCountries.Standing.PartlyAdequate when Mechanism == "None":
                    return $"is in '{Country.Trim().ToUpperInvariant()}', whose adequacy decision covers only certified organisations, and no transfer mechanism is declared";
                default:
                    return null;
            }
        }
    }

    /// <summary>
    /// Finds the recipient declared for a transfer of personal data (GDPR011): <c>[Recipient]</c> on the field, property
    /// or parameter that holds the client, on the sending method, on its type (or an enclosing one), or on the client's
    /// own type (a typed client written in the project); then a <c>recipient</c> line of the models file for the method
    /// called, the client's type or one of its base types and interfaces, or the name of an <c>HttpClient</c> created by
    /// <c>IHttpClientFactory.CreateClient("name")</c>. The nearest place that declares one decides. Thread-safe.
    /// </summary>
    internal sealed class RecipientModel
    {
        private readonly INamedTypeSymbol? attributeType;
        private readonly UserModels user;

        public RecipientModel(KnownSymbols known)
        {
            attributeType = known.RecipientAttribute;
            user = known.User;
        }

        /// <summary>The recipient declared for a transfer made by a call of <paramref name="method"/> on
        /// <paramref name="client"/> (the receiver, or the first argument of an extension method; null for a static
        /// call) from <paramref name="sender"/> (the method or accessor whose code sends); null when none is declared.
        /// <paramref name="places"/> receives the places where an attribute would count and can be written, nearest
        /// first.</summary>
        public DeclaredRecipient? Find(IMethodSymbol method, IOperation? client, ISymbol sender, List<ISymbol> places)
        {
            ISymbol? holder = Holder(client);
            if (holder != null)
            {
                places.Add(holder);
            }

            places.Add(sender);
            for (INamedTypeSymbol? type = sender.ContainingType; type != null; type = type.ContainingType)
            {
                places.Add(type);
            }

            ITypeSymbol? clientType = client is null ? null : SymbolRelations.WithoutConversions(client).Type;
            if (clientType is INamedTypeSymbol named && SymbolRelations.IsInSource(named) && !places.Contains(named))
            {
                places.Add(named);
            }

            foreach (ISymbol place in places)
            {
                if (FromAttribute(place) is { } declared)
                {
                    return declared;
                }
            }

            return FromModels(method, clientType, client);
        }

        /// <summary>The recipient that <c>[Recipient]</c> on <paramref name="symbol"/> declares (on a type, also on its base
        /// types), or null.</summary>
        public DeclaredRecipient? FromAttribute(ISymbol symbol)
        {
            if (attributeType is null)
            {
                return null;
            }

            for (ISymbol? current = symbol; current != null; current = (current as INamedTypeSymbol)?.BaseType)
            {
                foreach (AttributeData attribute in current.GetAttributes())
                {
                    if (SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, attributeType))
                    {
                        return Read(attribute);
                    }
                }
            }

            return null;
        }

        /// <summary>Reads one <c>[Recipient]</c>; its location is the attribute's syntax (or the symbol's when the
        /// attribute comes from metadata).</summary>
        public static DeclaredRecipient Read(AttributeData attribute)
        {
            string name = attribute.ConstructorArguments.Length == 1 && attribute.ConstructorArguments[0].Value is string text ? text : string.Empty;
            string role = "Unspecified";
            string mechanism = "None";
            string? country = null;
            string? reason = null;
            foreach (KeyValuePair<string, TypedConstant> argument in attribute.NamedArguments)
            {
                switch (argument.Key)
                {
                    case "Role":
                        role = EnumName(argument.Value) ?? role;
                        break;
                    case "Mechanism":
                        mechanism = EnumName(argument.Value) ?? mechanism;
                        break;
                    case "Country":
                        country = argument.Value.Value as string;
                        break;
                    case "Reason":
                        reason = argument.Value.Value as string;
                        break;
                }
            }

            Location location = attribute.ApplicationSyntaxReference is { } reference
                ? Location.Create(reference.SyntaxTree, reference.Span)
                : Location.None;
            return new DeclaredRecipient(name, role, country, mechanism, reason, location);
        }

        /// <summary>The symbol whose attribute declares the client's recipient: the field, property or parameter
        /// <paramref name="client"/> reads, when declared in source; null otherwise (a local, a call's result).</summary>
        private static ISymbol? Holder(IOperation? client)
        {
            ISymbol? symbol = client is null ? null : SymbolRelations.WithoutConversions(client) switch
            {
                IFieldReferenceOperation field => field.Field,
                IPropertyReferenceOperation property => property.Property,
                IParameterReferenceOperation parameter => parameter.Parameter,
                _ => null,
            };

            return symbol != null && SymbolRelations.IsInSource(symbol) ? symbol : null;
        }

        private DeclaredRecipient? FromModels(IMethodSymbol method, ITypeSymbol? clientType, IOperation? client)
        {
            if (user.IsEmpty)
            {
                return null;
            }

            if (user.RecipientOf(method.OriginalDefinition) is { } forMethod)
            {
                return forMethod;
            }

            if (client != null && NamedClient(client) is { } clientName && user.RecipientOfNamedClient(clientName) is { } forName)
            {
                return forName;
            }

            if (clientType is null)
            {
                return null;
            }

            int bound = 0;
            for (ITypeSymbol? type = clientType; type != null && bound < 16; type = type.BaseType, bound++)
            {
                if (user.RecipientOf(type.OriginalDefinition) is { } forType)
                {
                    return forType;
                }
            }

            foreach (INamedTypeSymbol contract in clientType.AllInterfaces)
            {
                if (user.RecipientOf(contract.OriginalDefinition) is { } forInterface)
                {
                    return forInterface;
                }
            }

            return null;
        }

        /// <summary>The name given to <c>IHttpClientFactory.CreateClient("name")</c> when <paramref name="client"/> is that
        /// call, or a local declared with it as its initial value (<c>var client = factory.CreateClient("name");</c>, read
        /// from the declaration's syntax); null otherwise.</summary>
        private static string? NamedClient(IOperation client)
        {
            IOperation value = SymbolRelations.WithoutConversions(client);
            if (value is IInvocationOperation { TargetMethod.Name: "CreateClient" } creation
                && creation.TargetMethod.ContainingType?.Name is "IHttpClientFactory" or "HttpClientFactoryExtensions")
            {
                foreach (IArgumentOperation argument in creation.Arguments)
                {
                    if (argument.Value.ConstantValue.Value is string name)
                    {
                        return name;
                    }
                }

                return null;
            }

            if (value is not ILocalReferenceOperation local)
            {
                return null;
            }

            foreach (SyntaxReference reference in local.Local.DeclaringSyntaxReferences)
            {
                if (reference.GetSyntax() is Microsoft.CodeAnalysis.CSharp.Syntax.VariableDeclaratorSyntax
                    {
                        Initializer.Value: Microsoft.CodeAnalysis.CSharp.Syntax.InvocationExpressionSyntax
                        {
                            Expression: Microsoft.CodeAnalysis.CSharp.Syntax.MemberAccessExpressionSyntax { Name.Identifier.ValueText: "CreateClient" },
                            ArgumentList.Arguments: { Count: 1 } arguments,
                        },
                    }
                    && arguments[0].Expression is Microsoft.CodeAnalysis.CSharp.Syntax.LiteralExpressionSyntax literal
                    && literal.Token.Value is string name)
                {
                    return name;
                }
            }

            return null;
        }

        private static string? EnumName(TypedConstant value)
        {
            if (value.Type is not INamedTypeSymbol enumType || value.Value is null)
            {
                return null;
            }

            foreach (ISymbol member in enumType.GetMembers())
            {
                if (member is IFieldSymbol { HasConstantValue: true } field && Equals(field.ConstantValue, value.Value))
                {
                    return field.Name;
                }
            }

            return value.Value.ToString();
        }
    }
}
