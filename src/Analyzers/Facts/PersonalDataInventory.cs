using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace GdprAnalyzers.Facts
{
    /// <summary>One item of personal data the code declares: a type marked as a whole, or a property or field that is
    /// personal data (see <c>docs/flow-engine.md</c> for what counts), with the declarations that apply to it on the
    /// member or its type. Immutable.</summary>
    public sealed class PersonalDataItem
    {
        /// <summary>Makes an item; see the properties for each value.</summary>
        public PersonalDataItem(string name, string? category, string? purpose, string? lawfulBasis, Location location)
        {
            Name = name;
            Category = category;
            Purpose = purpose;
            LawfulBasis = lawfulBasis;
            Location = location;
        }

        /// <summary>The item as the diagnostics name it: <c>Customer.Email</c>, or a type's name.</summary>
        public string Name { get; }

        /// <summary>The name of the <c>PersonalDataCategory</c> given on the item, its type or element type
        /// (<c>Contact</c>, <c>SpecialCategory</c>...), or null where none is given.</summary>
        public string? Category { get; }

        /// <summary>The processing purpose stated on the member or, failing that, its type (Art. 5(1)(b)); null when none
        /// is (a placeholder counts as none). A store's or method's own declaration is in its <see cref="ProcessingFact"/>.</summary>
        public string? Purpose { get; }

        /// <summary>The lawful basis stated on the member or its type, by its <c>LawfulBasis</c> name (Art. 6(1)); null
        /// when none is.</summary>
        public string? LawfulBasis { get; }

        /// <summary>The declaration's place in source.</summary>
        public Location Location { get; }

        /// <inheritdoc/>
        public override string ToString() => Name + (Category is null ? string.Empty : " (" + Category + ")");
    }

    /// <summary>
    /// The personal data a compilation declares, for a host that is not an analyzer (the record of processing). It asks
    /// the same source model as GDPR001 to GDPR004 (annotations, the user's models file, the <c>gdpr.*</c> options), so it lists what the rules follow, not a second opinion.
    /// </summary>
    public static class PersonalDataInventory
    {
        /// <summary>How many types one inventory looks at; past it the list is cut and <see cref="Collect"/> says so.</summary>
        public const int MaxTypes = 100_000;

        /// <summary>
        /// The personal data items declared in <paramref name="compilation"/>'s source: types marked as a whole, then
        /// instance properties and fields that are personal data, and the personal data properties a type inherits from a
        /// library type (<c>IdentityUser.Email</c> for an <c>IdentityUser</c> subclass, at the subclass), in source order (by
        /// file path and position), each name once. Implicitly declared members are left out.
        /// </summary>
        /// <param name="compilation">The compilation to read.</param>
        /// <param name="options">The analyzer options a build would give (the <c>gdpr.*</c> options, the models file).</param>
        /// <param name="truncated">True when the compilation has more than <see cref="MaxTypes"/> types and the rest were
        /// not looked at.</param>
        /// <param name="cancellationToken">Stops the walk.</param>
        /// <exception cref="OperationCanceledException">The walk was cancelled.</exception>
        public static ImmutableArray<PersonalDataItem> Collect(Compilation compilation, AnalyzerOptions options, out bool truncated, CancellationToken cancellationToken = default)
        {
            var shared = SharedCompilationState.Get(compilation, options, cancellationToken);
            PersonalDataModel model = shared.Model;
            var declarations = new DeclarationModel(shared.Known);
            var items = new List<PersonalDataItem>();
            int typesLeft = MaxTypes;
            truncated = false;

            // Namespaces and nested types, with an explicit stack: a compilation's symbol tree is finite and acyclic, and
            // the type budget bounds the walk on any input.
            var pending = new Stack<INamespaceOrTypeSymbol>();
            pending.Push(compilation.Assembly.GlobalNamespace);
            while (pending.Count > 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
                INamespaceOrTypeSymbol current = pending.Pop();
                foreach (ISymbol member in current.GetMembers())
                {
                    if (member is INamespaceOrTypeSymbol container)
                    {
                        pending.Push(container);
                    }
                }

                if (current is not INamedTypeSymbol type || !SymbolRelations.IsInSource(type) || type.IsImplicitlyDeclared)
                {
                    continue;
                }

                if (--typesLeft < 0)
                {
                    truncated = true;
                    break;
                }

                if (model.IsPersonalDataType(type))
                {
                    items.Add(Item(ItemName(type)!, type, new ISymbol?[] { type }, model, declarations, type.Locations[0]));
                }

                foreach (ISymbol member in type.GetMembers())
                {
                    if (member is (IPropertySymbol or IFieldSymbol) && !member.IsStatic && !member.IsImplicitlyDeclared
                        && member is not IFieldSymbol { AssociatedSymbol: not null } && SymbolRelations.IsInSource(member)
                        && model.IsPersonalDataSymbol(member))
                    {
                        items.Add(Item(ItemName(member)!, member, new ISymbol?[] { member, type }, model, declarations, member.Locations[0]));
                    }
                }

                AddInherited(items, type, model, declarations);
            }

            items.Sort((x, y) =>
            {
                int byPath = string.CompareOrdinal(x.Location.SourceTree?.FilePath, y.Location.SourceTree?.FilePath);
                return byPath != 0 ? byPath : x.Location.SourceSpan.Start.CompareTo(y.Location.SourceSpan.Start);
            });

            // An inherited member two subclasses of a library type share (IdentityUser.Email) is one item, at the first.
            var names = new HashSet<string>(StringComparer.Ordinal);
            return items.Where(item => names.Add(item.Name)).ToImmutableArray();
        }

        /// <summary>The item name of a declaration that makes a value personal data: <c>Type.Member</c> for an instance
        /// property or field, the type's name for a type; null for anything else (a parameter, a method).</summary>
        internal static string? ItemName(ISymbol? origin) => origin switch
        {
            INamedTypeSymbol type => type.Name,
            IPropertySymbol or IFieldSymbol when origin.ContainingType is { } type && !origin.IsStatic => type.Name + "." + origin.Name,
            _ => null,
        };

        /// <summary>
        /// The personal data members <paramref name="type"/> inherits from types of other assemblies when its base type is
        /// one (an <c>IdentityUser</c> subclass: Identity marks <c>Email</c>, <c>PhoneNumber</c>...; a subclass of that
        /// subclass inherits them from source), under the declaring type's name (<c>IdentityUser.Email</c>, as GDPR002 names
        /// it), at the subclass's declaration, with the purpose and basis stated on the subclass. At most 16 base types.
        /// </summary>
        private static void AddInherited(List<PersonalDataItem> items, INamedTypeSymbol type, PersonalDataModel model, DeclarationModel declarations)
        {
            if (type.BaseType is not { } baseType || SymbolRelations.IsInSource(baseType))
            {
                return;
            }

            int levels = 0;
            for (INamedTypeSymbol? current = baseType; current != null && current.SpecialType != SpecialType.System_Object && levels++ < 16; current = current.BaseType)
            {
                foreach (ISymbol member in current.GetMembers())
                {
                    if (member is IPropertySymbol { IsStatic: false } && model.IsPersonalDataSymbol(member) && ItemName(member) is { } name)
                    {
                        items.Add(Item(name, member, new ISymbol?[] { member, type }, model, declarations, type.Locations[0]));
                    }
                }
            }
        }

        private static PersonalDataItem Item(string name, ISymbol symbol, ISymbol?[] places, PersonalDataModel model, DeclarationModel declarations, Location location) =>
            new(name, model.CategoryOf(symbol), declarations.StatedPurpose(places), declarations.StatedLawfulBasis(places), location);

    }
}
