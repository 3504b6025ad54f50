// benchmark: safe GDPR015
// A fraud check reads the address, which is declared for fraud checks too; a method with no declared purpose restricts nothing.
using GdprAnalyzers.Annotations;

public sealed class Invoice
{
    [PersonalData, ProcessingPurpose("Bill the customer"), ProcessingPurpose("Detect payment fraud")]
    public string BillingAddress { get; set; } = "";
}

public sealed class FraudChecks
{
    [ProcessingPurpose("Detect payment fraud")]
    public int Score(Invoice invoice) => invoice.BillingAddress.Length;

    public int Length(Invoice invoice) => invoice.BillingAddress.Length;
}
