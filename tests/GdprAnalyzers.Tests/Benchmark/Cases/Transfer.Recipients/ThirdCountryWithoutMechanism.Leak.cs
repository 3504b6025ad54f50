// benchmark: leak GDPR011
// The recipient is declared in a third country without an adequacy decision, and no transfer mechanism is stated.
using GdprAnalyzers.Annotations;

[Recipient("Partner Analytics", Role = RecipientRole.Controller, Country = "IN")] // expected
public sealed class PartnerExport
{
}
