// benchmark: safe GDPR011
// The same recipient, with standard contractual clauses.
using GdprAnalyzers.Annotations;

[Recipient("Partner Analytics", Role = RecipientRole.Controller, Country = "IN", Mechanism = TransferMechanism.StandardContractualClauses)]
public sealed class PartnerExport
{
}
