// benchmark: safe GDPR002
// The method declares purpose and basis.
using System.IO;
using GdprAnalyzers.Annotations;

public sealed class Export
{
    [ProcessingPurpose("Hand the customer a copy of their data (Art. 15)")]
    [LawfulBasis(LawfulBasis.LegalObligation)]
    public void Write(string path, Customer customer)
    {
        File.WriteAllText(path, customer.Email);
    }
}
