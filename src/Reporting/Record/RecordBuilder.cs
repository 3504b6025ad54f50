using System;
using System.Collections.Generic;
using System.Linq;
using GdprAnalyzers.Facts;
using Microsoft.CodeAnalysis;

namespace GdprAnalyzers.Reporting.Record
{
    /// <summary>One project's part of a record: its name and what the analysis found in it.</summary>
    /// <param name="Project">The project's name.</param>
    /// <param name="Outcome">The analysis of its compilation (facts and inventory).</param>
    public sealed record RecordInput(string Project, AnalysisOutcome Outcome);

    /// <summary>
    /// Builds a <see cref="ProcessingRecord"/> from the analyzers' facts (<see cref="ProcessingFact"/>) and the inventory of
    /// declared personal data (<see cref="PersonalDataItem"/>) of each project: data, never a second analysis. Flows with
    /// the same item, kind, destination and declarations are one flow with several locations, so that moving code changes
    /// nothing but locations.
    /// </summary>
    public static class RecordBuilder
    {
        /// <summary>The record of <paramref name="projects"/>, locations relative to <paramref name="rootFolder"/>.</summary>
        public static ProcessingRecord Build(IReadOnlyList<RecordInput> projects, string rootFolder, string source, string generatedBy)
        {
            // Items: keyed by name, or Project:Name where two projects declare the same name.
            var declared = projects.SelectMany(project => project.Outcome.Items.Select(item => (project.Project, Item: item))).ToList();
            var ambiguous = declared.GroupBy(entry => entry.Item.Name, StringComparer.Ordinal).Where(group => group.Select(entry => entry.Project).Distinct(StringComparer.Ordinal).Count() > 1).Select(group => group.Key).ToHashSet(StringComparer.Ordinal);
            var ids = new Dictionary<(string Project, string Name), string>();
            foreach ((string project, PersonalDataItem item) in declared)
            {
                ids[(project, item.Name)] = ambiguous.Contains(item.Name) ? project + ":" + item.Name : item.Name;
            }

            List<RecordFlow> flows = projects
                .SelectMany(project => project.Outcome.Facts.Select(fact => (project.Project, Fact: fact)))
                .Select(entry => Flow(entry.Fact, ItemId(entry.Project, entry.Fact.Item, ids), rootFolder))
                .GroupBy(FlowKey, StringComparer.Ordinal)
                .Select(group => Merge(group.ToList()))
                .OrderBy(flow => flow.Item ?? "~" + flow.Data, StringComparer.Ordinal)
                .ThenBy(flow => flow.Kind, StringComparer.Ordinal)
                .ThenBy(flow => flow.Destination, StringComparer.Ordinal)
                .ToList();

            var items = new List<RecordItem>();
            foreach (IGrouping<string, (string Project, PersonalDataItem Item)> group in declared.GroupBy(entry => ids[(entry.Project, entry.Item.Name)], StringComparer.Ordinal))
            {
                (string project, PersonalDataItem item) = group.First();
                List<RecordFlow> stored = flows.Where(flow => flow.Item == group.Key && flow.Kind == FlowKinds.Storage).ToList();
                int dot = item.Name.IndexOf('.');
                items.Add(new RecordItem
                {
                    Id = group.Key,
                    Name = item.Name,
                    Type = dot < 0 ? item.Name : item.Name.Substring(0, dot),
                    Member = dot < 0 ? null : item.Name.Substring(dot + 1),
                    Project = project,
                    Category = item.Category,
                    SpecialCategory = item.Category == "SpecialCategory",
                    Purposes = Distinct(stored.Select(flow => flow.Purpose).Prepend(item.Purpose)),
                    LawfulBases = Distinct(stored.Select(flow => flow.LawfulBasis).Prepend(item.LawfulBasis)),
                    Retention = stored.Select(flow => flow.Retention).OfType<RecordRetention>().Distinct().OrderBy(retention => retention.Period, StringComparer.Ordinal).ThenBy(retention => retention.Criteria, StringComparer.Ordinal).ToList(),
                    Location = LocationOf(item.Location, rootFolder),
                });
            }

            return new ProcessingRecord
            {
                GeneratedBy = generatedBy,
                Source = source,
                Projects = projects.Select(project => project.Project).Distinct(StringComparer.Ordinal).OrderBy(name => name, StringComparer.Ordinal).ToList(),
                Items = items,
                Flows = flows,
                Recipients = Recipients(flows),
                RequestHandlers = RequestHandlersOf(projects, ids, rootFolder),
                Undeclared = UndeclaredOf(items, flows),
            };
        }

        /// <summary>A fact as a flow of one location.</summary>
        private static RecordFlow Flow(ProcessingFact fact, string? item, string rootFolder)
        {
            string kind = KindName(fact.Kind);
            return new RecordFlow
            {
                Item = item,
                Data = item is null ? fact.Data : null,
                Category = item is null ? fact.Category : null,
                Kind = kind,
                Destination = fact.Destination,
                Purpose = fact.Purpose,
                LawfulBasis = fact.LawfulBasis,
                Retention = fact.RetentionPeriod is null ? null : new RecordRetention { Period = fact.RetentionPeriod, Criteria = fact.RetentionCriteria },
                HumanReview = fact.Kind == ProcessingKind.AutomatedDecision ? fact.HumanReview : null,
                Recipient = kind == FlowKinds.Transfer ? RecipientOf(fact) : null,
                Findings = fact.RuleIds.OrderBy(id => id, StringComparer.Ordinal).ToList(),
                Locations = LocationOf(fact.Location, rootFolder) is { } location ? new List<RecordLocation> { location } : new List<RecordLocation>(),
            };
        }

        /// <summary>The record's name of a kind of processing: <c>storage</c>, <c>log</c>, <c>automatedDecision</c>, and for
        /// kinds added later their name in camel case (<c>Transfer</c>: <c>transfer</c>).</summary>
        private static string KindName(ProcessingKind kind)
        {
            string name = kind.ToString();
            return char.ToLowerInvariant(name[0]) + name.Substring(1);
        }

        /// <summary>
        /// The recipient of a transfer fact, as the code declares it (GDPR011: <c>[Recipient]</c> or the models file): its
        /// name, role, country and transfer mechanism (<c>None</c> and an unstated country stay as declared: the record
        /// shows what the code says). A transfer to no declared recipient is named by its destination, the rest not
        /// declared.
        /// </summary>
        private static RecordRecipient RecipientOf(ProcessingFact fact) => fact.Recipient is { } recipient
            ? new RecordRecipient { Name = recipient.Name, Role = recipient.Role, Country = recipient.Country, TransferMechanism = recipient.Reason is null ? recipient.Mechanism : recipient.Mechanism + " (" + recipient.Reason + ")" }
            : new RecordRecipient { Name = fact.Destination };

        /// <summary>
        /// The handlers of data subjects' requests the analysis read (GDPR016's facts), each with the items it covers and
        /// misses, and the items kept after erasure with their reasons. A member the handler names (<c>Type.Member</c>) is
        /// its item, else the item of its type when the type is marked as a whole (an owned <c>PostalAddress</c>), else
        /// itself (Identity's claim values, which the code does not declare).
        /// </summary>
        private static RequestHandlers RequestHandlersOf(IReadOnlyList<RecordInput> projects, Dictionary<(string Project, string Name), string> ids, string rootFolder)
        {
            var erasure = new List<RequestHandler>();
            var access = new List<RequestHandler>();
            var retained = new Dictionary<string, RetainedItem>(StringComparer.Ordinal);
            foreach (RecordInput project in projects)
            {
                foreach (RequestHandlerFact fact in project.Outcome.RequestHandlers)
                {
                    var handler = new RequestHandler
                    {
                        Handler = fact.Handler,
                        Items = Distinct(fact.Covered.Select(name => Resolve(project.Project, name))),
                        Missed = Distinct(fact.Missed.Select(name => Resolve(project.Project, name))),
                        Location = LocationOf(fact.Location, rootFolder),
                    };
                    (fact.Request == DataSubjectRequestKind.Erasure ? erasure : access).Add(handler);
                    foreach (RetainedItemFact item in fact.Retained)
                    {
                        string id = Resolve(project.Project, item.Item);
                        retained.TryAdd(id, new RetainedItem { Item = id, Reason = item.Reason, Location = LocationOf(item.Location, rootFolder) });
                    }
                }
            }

            return new RequestHandlers
            {
                Status = erasure.Count + access.Count == 0 ? RequestHandlers.NotDeclared : RequestHandlers.Declared,
                Erasure = Sorted(erasure),
                Access = Sorted(access),
                RetainedAfterErasure = retained.Values.OrderBy(item => item.Item, StringComparer.Ordinal).ToList(),
            };

            string Resolve(string project, string name)
            {
                int dot = name.IndexOf('.');
                return ItemId(project, name, ids) ?? (dot > 0 ? ItemId(project, name.Substring(0, dot), ids) : null) ?? name;
            }

            static List<RequestHandler> Sorted(List<RequestHandler> handlers) =>
                handlers.GroupBy(handler => handler.Handler, StringComparer.Ordinal).Select(group => group.First()).OrderBy(handler => handler.Handler, StringComparer.Ordinal).ToList();
        }

        /// <summary>The recipients of the transfer flows, with the items sent to each.</summary>
        private static List<RecordRecipient> Recipients(List<RecordFlow> flows) =>
            flows.Where(flow => flow.Recipient != null)
                .GroupBy(flow => (flow.Recipient!.Name, flow.Recipient.Role, flow.Recipient.Country, flow.Recipient.TransferMechanism))
                .Select(group => new RecordRecipient
                {
                    Name = group.Key.Name,
                    Role = group.Key.Role,
                    Country = group.Key.Country,
                    TransferMechanism = group.Key.TransferMechanism,
                    Items = Distinct(group.Select(flow => flow.Item ?? flow.Data)),
                })
                .OrderBy(recipient => recipient.Name, StringComparer.Ordinal)
                .ToList();

        /// <summary>Stored flows that lack a declaration, and items stored nowhere that state no purpose or basis.</summary>
        private static List<Undeclared> UndeclaredOf(List<RecordItem> items, List<RecordFlow> flows)
        {
            var result = new List<Undeclared>();
            foreach (RecordFlow flow in flows.Where(flow => flow.Kind == FlowKinds.Storage))
            {
                var missing = new List<string>();
                if (flow.Purpose is null)
                {
                    missing.Add("purpose");
                }

                if (flow.LawfulBasis is null)
                {
                    missing.Add("lawfulBasis");
                }

                if (flow.Retention is null)
                {
                    missing.Add("retention");
                }

                if (missing.Count > 0)
                {
                    result.Add(new Undeclared { Item = flow.Item ?? flow.Data ?? "", Destination = flow.Destination, Missing = missing, Locations = flow.Locations });
                }
            }

            foreach (RecordItem item in items.Where(item => !flows.Any(flow => flow.Item == item.Id && flow.Kind == FlowKinds.Storage)))
            {
                var missing = new List<string>();
                if (item.Purposes.Count == 0)
                {
                    missing.Add("purpose");
                }

                if (item.LawfulBases.Count == 0)
                {
                    missing.Add("lawfulBasis");
                }

                if (missing.Count > 0)
                {
                    result.Add(new Undeclared { Item = item.Id, Destination = "", Missing = missing, Locations = item.Location is null ? new() : new() { item.Location } });
                }
            }

            return result;
        }

        private static string? ItemId(string project, string? name, Dictionary<(string Project, string Name), string> ids)
        {
            if (name is null)
            {
                return null;
            }

            if (ids.TryGetValue((project, name), out string? id))
            {
                return id;
            }

            // Declared in another project (a project reference): the one item of that name, if only one project declares it;
            // else no declared item (probable personal data that Discovery mode follows, which nothing declares).
            List<string> others = ids.Where(pair => pair.Key.Name == name).Select(pair => pair.Value).Distinct(StringComparer.Ordinal).ToList();
            return others.Count == 1 ? others[0] : null;
        }

        /// <summary>What makes two flows the same flow: everything but the locations.</summary>
        private static string FlowKey(RecordFlow flow) => string.Join(
            "\u001f",
            flow.Item,
            flow.Data,
            flow.Category,
            flow.Kind,
            flow.Destination,
            flow.Purpose,
            flow.LawfulBasis,
            flow.Retention?.Period,
            flow.Retention?.Criteria,
            flow.HumanReview?.ToString(),
            flow.Recipient?.Name,
            flow.Recipient?.Role,
            flow.Recipient?.Country,
            flow.Recipient?.TransferMechanism,
            string.Join(",", flow.Findings));

        private static RecordFlow Merge(List<RecordFlow> same)
        {
            RecordFlow first = same[0];
            return new RecordFlow
            {
                Item = first.Item,
                Data = first.Data,
                Category = first.Category,
                Kind = first.Kind,
                Destination = first.Destination,
                Purpose = first.Purpose,
                LawfulBasis = first.LawfulBasis,
                Retention = first.Retention,
                HumanReview = first.HumanReview,
                Recipient = first.Recipient,
                Findings = first.Findings,
                Locations = same.SelectMany(flow => flow.Locations).Distinct().OrderBy(location => location.Path, StringComparer.Ordinal).ThenBy(location => location.Line).ToList(),
            };
        }

        private static RecordLocation? LocationOf(Location location, string rootFolder)
        {
            if (!location.IsInSource)
            {
                return null;
            }

            FileLinePositionSpan span = location.GetLineSpan();
            return new RecordLocation { Path = Finding.RelativePath(rootFolder, span.Path), Line = span.StartLinePosition.Line + 1 };
        }

        private static List<string> Distinct(IEnumerable<string?> values) =>
            values.OfType<string>().Where(value => value.Length > 0).Distinct(StringComparer.Ordinal).OrderBy(value => value, StringComparer.Ordinal).ToList();
    }
}
