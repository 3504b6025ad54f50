// benchmark: leak GDPR015
// The data may be used for billing and for fraud checks; a method that profiles for advertising reads it.
using GdprAnalyzers.Annotations;

public sealed class Invoice
{
    [PersonalData, ProcessingPurpose("Bill the customer"), ProcessingPurpose("Detect payment fraud")]
    public string BillingAddress { get; set; } = "";
}

public sealed class Segments
{
    [ProcessingPurpose("Profile customers for advertising")]
    public int Score(Invoice invoice) => invoice.BillingAddress.Length; // expected
}
